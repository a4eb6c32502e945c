// Raw pasted article -> headline + body blocks, with site chrome removed.
// Every rule is about the shape or vocabulary of a line (share bars, comment counters,
// editor initials, "Read also" links, lists of other headlines after the story), never about
// one outlet, because users paste from sites we have never seen. One pass over the lines,
// so cost is linear in the size of the paste.
import { isLabelledStamp, parseLead } from './lead.ts';
import { normalizeSpace } from '../text/summary.ts';
import type { Block, CleanArticle } from '../types.ts';
import { classifyLine, findRegion, type RegionLine } from './content-region.ts';
import { WEEKDAY_WORDS, alternation } from '../../vocabulary/calendar.ts';
import { DOMAIN } from '../text/domain.ts';

type Line = RegionLine;

// Zero-width joiners (U+200C, U+200D) are not invisible junk: Persian words and emoji need them.
const INVISIBLE = /[\u200B\u2060\uFEFF]/g;
const NOT_LETTER = '(?![\\p{L}\\p{M}])';

/** A bare cross-link label; the linked headlines may follow on their own lines. */
const RELATED_LABEL = new RegExp(
  '^(?:read (?:also|more)|see also|also read|related(?: news| articles?| stories| posts| coverage| content| topics)?' +
    '|recommended(?: for you)?|you (?:may|might) also (?:like|be interested in)|more (?:news|stories)(?: on (?:this|the) topic)?' +
    '|more on (?:this|the) (?:topic|subject|story)|latest (?:news|stories)|top stories|most (?:read|popular|viewed)' +
    '|читайте (?:также|ещё|еще)|читать также|смотрите также|по теме|другие новости|последние новости)' +
    `${NOT_LETTER}\\s*[:»>|–—-]?\\s*$`,
  'iu',
);
/** A cross-link with its headline on the same line ("Read also: ..."). */
const RELATED_LINE = new RegExp(
  `^(?:read (?:also|more)|see also|also read|читайте (?:также|ещё|еще)|читать также|смотрите также` +
    `|(?:à )?lire aussi|voir aussi|lee también|leer también|lea también|lesen sie auch|mehr zum thema|ilgili haberler?|ayrıca okuyun` +
    `|shuningdek o['‘ʻ]qing|тағы оқыңыз)${NOT_LETTER}` +
    `|^(?:related(?: news| articles?| stories)?|recommended|по теме)\\s*[:»>|–—]`,
  'iu',
);

const MENU_WORD = '(?:share(?: this(?: article| story| post)?)?|tweet|print|email|e-mail|copy link|facebook|twitter|telegram|whatsapp|linkedin|vk|ok|pinterest|reddit|x|поделиться)';
const SOCIAL_VERB = /^(?:please\s+|don['’]t forget to\s+|be sure to\s+|also\s+)?(?:follow|subscribe|join|like|share|stay|keep|get|sign up|download|find us|connect with|подписывайтесь|подпишитесь|присоединяйтесь|следите)(?=\s)/iu;
const SOCIAL_PLACE = /instagram|twitter|facebook|telegram|youtube|tiktok|whatsapp|linkedin|vkontakte|viber|\bvk\b|x\.com|newsletter|social (?:media|networks?)|our (?:channel|page|app|website)|\brss\b|google news|телеграм|канал|соцсет/iu;

const CONTRIBUTOR = /contributed(?:\s+to\s+(?:this|the)\s+(?:report|story|article)|\s+reporting)\.?\)?$/u;

/** A call to follow, subscribe or comment anywhere in a short line ("Get the news: subscribe to X.kz"). */
const SOCIAL_CALL = /(?:^|[\s,:;])(?:subscribe|follow us|join us|comment|подпиш\p{L}*|подписыва\p{L}*|присоединя\p{L}*|комментиру\p{L}*|делись|abone ol\p{L}*|takip edin|obuna bo\p{L}*)(?![\p{L}])/iu;

/** Whole-line chrome: comment widgets, share bars, page metadata, credits, copyright, separators. */
const CHROME: RegExp[] = [
  /^(?:comments?|комментарии)\s*(?:[:(]\s*\d+\s*\)?)?$/iu,
  /^\d+\s+(?:comments?|replies|комментари\p{L}*)$/iu,
  /^(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\b/iu,
  /^(?:no comments(?: yet)?|comments are closed|be the first to comment|show comments|load comments|view comments|cancel reply)\.?$/iu,
  new RegExp(`^${MENU_WORD}(?:\\s*[|,•·/]?\\s*${MENU_WORD})*$`, 'iu'),
  /^\d+\s*min(?:ute)?s?\s+read$/iu,
  /^(?:views?|просмотр\p{L}*)\s*:?\s*\d[\d\s,.]*$/iu,
  /^\d[\d\s,.]*\s*(?:views?|просмотр\p{L}*)$/iu,
  /^(?:tags?|keywords|topics|categories|category|теги|метки|рубрика)\s*:/iu,
  /^(?:photos?|image|pictures?|video|illustration|cover photo|photo credit|credits?|фото|видео)\s*(?::|by\s|©|\/)/iu,
  /^(?:photos?|фото)$/iu,
  /^(?:©|\(c\)\s|copyright\b|all rights reserved)/iu,
  /^(?:advertisement|advertising|sponsored(?: content)?|реклама)$/iu,
  /^(?:source|sources|источник)\s*:\s*\S/iu,
  /^\(?(?:reporting|writing|editing|additional reporting|compiled)\s+by\s/iu,

  /^(?:back to top|load more|show more|subscribe|sign up|log in|login|register|loading\.*|thanks? (?:you )?for reading\.?)$/iu,
  // Log-in prompts in any of the languages met: "Войти через:", "Sign in with:".
  /^(?:log ?in|sign ?in|войти|вход|giriş yap|kirish|кіру)(?:\s+(?:with|using|via|с помощью|через))?\s*:?$/iu,
  // A metadata strip: "Wire | Bishkek | Updated: 04-03-2025 09:15 | Created: ...".
  /^[^|]{0,60}\|[^|]{0,60}\|.*(?:\d{1,2}:\d{2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})/u,
  // Editor or translator initials closing a story: "EF/MA", "(ES)", "/AK/".
  /^\(?\p{Lu}{1,4}(?:\s?\/\s?\p{Lu}{1,4})+\)?$/u,
  /^(?:\(\p{Lu}{1,4}\)|\/\p{Lu}{1,4}\/|[-–—]\s?\p{Lu}{2,4}|\p{Lu}{2,3})$/u,
  // Section separators such as "***", "* * *", "———".
  /^[*•·\-–—_=~#.\s]+$/u,
];
const BYLINE = /^[Bb]y\s+\p{Lu}[\p{L}'’.-]*(?:,?\s+(?:\p{Lu}[\p{L}'’.-]*|and|&)){0,6}$/u;
const TRAILING_INITIALS = /(?<=[.!?"”»])\s+(\(\p{Lu}{1,4}(?:\/\p{Lu}{1,4})*\)|\p{Lu}{1,4}(?:\/\p{Lu}{1,4})+)$/u;

function isChrome(text: string): boolean {
  if (text.length > 300) return false; // chrome is short; long lines are prose
  if (RELATED_LABEL.test(text) || RELATED_LINE.test(text)) return true;
  if (SOCIAL_VERB.test(text) && SOCIAL_PLACE.test(text)) return true;
  if (text.length <= 160 && SOCIAL_CALL.test(text) && (SOCIAL_PLACE.test(text) || DOMAIN.test(text))) return true;
  if (text.length <= 80 && BYLINE.test(text)) return true;
  if (/all rights reserved\.?$/iu.test(text)) return true;
  // "Anna Sultanova in Tallinn, Estonia, contributed to this report.": a contributor, not the story.
  if (text.includes('contributed') && CONTRIBUTOR.test(text)) return true;
  return CHROME.some((re) => re.test(text));
}

/** A paragraph that is only a date stamp or dateline ("15.06.2023 14:30", "DUSHANBE (Khovar) –"). */
function isMetadataOnly(text: string): boolean {
  if (text.length > 200) return false;
  const lead = parseLead(text);
  return lead.text === '' && (lead.stamp !== null || lead.dateline !== null);
}

const TERMINAL = /(?:[.!?…:;,]|[.!?,]["”»’'])$/u;
const ABBREVIATION_END = /(?:^|\s)(?:\p{Lu}\.){2,}$/u; // "… talks with U.S." still reads as a title

/** Short, starts like a title, no closing sentence punctuation ("?" is allowed in titles). */
function isTitleShaped(text: string, maxLength: number, maxWords: number): boolean {
  if (text.length < 3 || text.length > maxLength) return false;
  // A capital, a digit, or a letter of a script without case (Persian, Arabic, Chinese).
  if (!/^["“«‘'(]?[\p{Lu}\p{Lo}\d]/u.test(text)) return false;
  if (/^(?:[-–—*•·]|\d+[.)]\s)/u.test(text)) return false; // list items are content
  if (TERMINAL.test(text) && !/\?["”»]?$/u.test(text) && !ABBREVIATION_END.test(text)) return false;
  return text.split(' ').length <= maxWords;
}

const isHeadlineShaped = (t: string): boolean => isTitleShaped(t, 200, 30);
const isSubheadingShaped = (t: string): boolean => isTitleShaped(t, 120, 16);
const isListedHeadline = (t: string): boolean =>
  t.length >= 12 && t.includes(' ') && isTitleShaped(t, 200, 30) && !/!$/u.test(t);

function readLines(text: string): Line[] {
  const out: Line[] = [];
  let gap = 0;
  for (const raw of text.split('\n')) {
    const t = raw === '' ? '' : normalizeSpace(raw.replace(INVISIBLE, ''));
    if (t === '') { gap++; continue; }
    const chrome = isChrome(t);
    out.push({ text: t, gap, drop: chrome, meta: isMetadataOnly(t), ...(chrome && { why: 'site chrome (a menu, share, credit or widget line)' }) });
    gap = 0;
  }
  return out;
}

/**
 * Text saved from e-mail or plain-text wires is hard-wrapped at ~70-80 columns, with blank lines
 * between paragraphs and most lines inside a paragraph ending mid-sentence.
 */
function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 4 || lines.some((l) => l.text.length > 100)) return false;
  const inner = lines.filter((l, i) => lines[i + 1]?.gap === 0);
  const open = inner.filter((l) => !/[.!?…:;"”»]$/u.test(l.text)).length;
  return inner.length >= 2 && open >= inner.length * 0.6 && lines.some((l, i) => i > 0 && l.gap > 0);
}

function unwrap(lines: Line[]): Line[] {
  const wrapped = isHardWrapped(lines);
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && l.gap === 0 && (wrapped || continuesSentence(prev.text, l.text))) {
      prev.text = /\p{Ll}-$/u.test(prev.text) && /^\p{Ll}/u.test(l.text)
        ? prev.text.slice(0, -1) + l.text
        : `${prev.text} ${l.text}`;
    } else {
      out.push({ ...l });
    }
  }
  return out;
}

/** A line broken mid-sentence: it ends on a comma or a function word, or the next starts in lower case. */
function continuesSentence(prev: string, next: string): boolean {
  if (/[.!?…:;"”»]$/u.test(prev)) return false;
  if (/[,\-]$/.test(prev) || /^\p{Ll}/u.test(next)) return true;
  return /\s(?:and|or|of|the|a|an|to|in|with|for|on|at|by|from|that|which|и|в|на|с|по|для)$/iu.test(prev);
}

/** Other stories listed after the article: several title-shaped lines closing the file. */
function dropTrailingHeadlines(lines: Line[], firstBody: number): void {
  let start = lines.length;
  for (let i = lines.length - 1; i > firstBody; i--) {
    if (lines[i].drop) continue;
    if (!isListedHeadline(lines[i].text)) break;
    start = i;
  }
  const run = lines.slice(start).filter((l) => !l.drop);
  if (run.length < 3) return;
  let before = start - 1;
  while (before >= 0 && lines[before].drop && !RELATED_LABEL.test(lines[before].text)) before--;
  const prev = lines[before];
  if (!prev) return;
  // "The documents signed:" introduces a list that belongs to the story.
  if (/:$/.test(prev.text)) return;
  const separated = lines[start].gap >= 2 || RELATED_LABEL.test(prev.text);
  if (run.length >= 4 || separated) for (const l of lines.slice(start)) drop(l, 'a list of other headlines after the story');
}

/** The next line not yet dropped, looking a few lines ahead only (keeps the pass linear). */
function nextKept(lines: Line[], from: number): Line | undefined {
  for (let k = from; k < lines.length && k < from + 10; k++) if (!lines[k].drop) return lines[k];
  return undefined;
}

/** Headlines of the links under a bare "Read also" label, once the story has begun. */
function dropLinkedHeadlines(lines: Line[]): void {
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].drop) { seenContent = true; continue; }
    if (!seenContent || !RELATED_LABEL.test(lines[i].text)) continue;
    let dropped = 0;
    for (let j = i + 1; j < lines.length && j <= i + 10; j++) {
      if (lines[j].drop) continue;
      if (!isHeadlineShaped(lines[j].text) || lines[j].meta) break;
      // After the first link, a title line over a paragraph is the story's own sub-heading.
      const next = nextKept(lines, j + 1);
      if (dropped > 0 && next && !isHeadlineShaped(next.text)) break;
      drop(lines[j], 'a linked headline under a "Read also" label');
      dropped++;
    }
  }
}

/** Marks a line dropped, keeping the first reason given (the explain output shows it). */
function drop(line: Line, why: string): void {
  if (!line.drop) line.why = why;
  line.drop = true;
}

/** A headline is never a stamp or a wire dateline ("DUSHANBE, 03.03.2023 (Khovar) – ..."). */
function isDatelineLike(text: string): boolean {
  const lead = parseLead(text);
  return lead.stamp !== null || (lead.dateline !== null && (lead.dateline.dateText !== null || lead.dateline.credit !== null));
}

/** Site furniture that can look like a title: breadcrumbs, "a | b | c" strips, captions, file names. */
const NOT_A_HEADLINE = [
  /(?:\s[|/>»›]\s.*){2}/u, // "Home / World / Asia", "By X | Outlet | Updated"
  /^\S+$/u, // one word: a menu item, a section, an image file name
  /[[(](?:photos?|foto|фото|image|file|pic(?:ture)?|credit)(?![\p{L}\p{M}])[^\])]*[\])]$/iu, // a caption's credit
  /[.!?]\s+[[(][^\])]*[\])]$/u, // a sentence with a credit after it: a caption
  /^(?:by|von|par|por|автор|муаллиф)\s/iu, // a byline
  /\b\d{1,2}:\d{2}\b/u, // a time: a date line or a widget
  /^(?:home|main|news|latest|главная|новости)(?![\p{L}\p{M}])/iu,
  /©|\(c\)/iu, // a byline with a copyright sign
  /[.!?]\s+[/|]\s/u, // a caption with its credit: "Engineers at the substation. / Daily Wire"
  /_|\d{6,}/u, // an image file name or a code
  /\s\(\p{Lu}\p{Ll}+\)$/u, // a credit line ending in its place: "National Press Office (Bishkek)"
  /^\d{1,2}\.?\s+(?:de\s+)?\p{L}+,/u, // a dateline opening with its date: "4 de marzo, Bishkek."

  /^\d+\s+\p{L}+\s+(?:ago|назад)(?![\p{L}])|comments? off\b/iu, // a blog's meta line
  new RegExp(`^(?:${alternation([...WEEKDAY_WORDS.en, ...WEEKDAY_WORDS.ru])})(?![\\p{L}]).*\\d`, 'iu'), // a date line
];

/** Lines looked at above the article for its headline. */
const HEADLINE_WINDOW = 12;
// English weekdays by their first three letters, so "Thu, 4 March" counts too.
const HEADER_WEEKDAY = new RegExp(`^(?:${alternation([...WEEKDAY_WORDS.en.map((d) => d.slice(0, 3)), ...WEEKDAY_WORDS.ru, ...WEEKDAY_WORDS.de, ...WEEKDAY_WORDS.fr, ...WEEKDAY_WORDS.es])})`, 'iu');
/** Lines looked at above the story for a publication date when there is no headline. */
const DATE_WINDOW = 4;

/**
 * The headline: the title-shaped line nearest above the article's region. A line in capitals
 * gives way to a nearer-the-top line in normal case (it is usually a deck or a section strip).
 */
function findHeadline(lines: Line[], regionStart: number): number {
  let capitals = -1;
  for (let i = regionStart - 1, seen = 0; i >= 0 && seen < HEADLINE_WINDOW; i--) {
    const l = lines[i];
    if (l.meta) continue;
    seen++;
    // Two words make a headline only as the file's first line right above the story ("Water
    // talks"); elsewhere they are menus, section and site names ("Other news", "Daily Wire").
    const words = l.text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
    if (l.drop || !isHeadlineShaped(l.text) || words < (seen === 1 && i === 0 ? 2 : 3)) continue;
    if (NOT_A_HEADLINE.some((re) => re.test(l.text)) || isDatelineLike(l.text)) continue;
    if (l.text === l.text.toUpperCase() && /\p{Lu}/u.test(l.text)) {
      if (capitals < 0) capitals = i;
      continue;
    }
    return i;
  }
  return capitals;
}

/** The first copy of a headline printed twice: the publication line may sit between the copies. */
function firstCopyOf(lines: Line[], regionStart: number, headline: string): number {
  return lines.findIndex((l, i) => i >= regionStart - HEADLINE_WINDOW && l.text === headline);
}

/**
 * Lines where the page may print its publication date, nearest the headline first: those between
 * the headline (its first copy) and the story, a labelled line above it ("Last updated: ...") or a
 * short date line right above it ("4 March 2025 NEWS", unless it opens with a weekday: that is how
 * site headers print today), a metadata strip just inside the story, and a wire stamp just below it.
 * `top` is the first line after the headline, `headlineAt` its first copy (-1 for none).
 */
function publicationLines(lines: Line[], [first, last]: [number, number], top: number, headlineAt: number): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, first - HEADLINE_WINDOW); i < top; i++) {
    const text = lines[i].text;
    const rightAbove = headlineAt > 0 && i === headlineAt - 1 && text.length <= 60 && !HEADER_WEEKDAY.test(text);
    if (isLabelledStamp(text) || rightAbove) out.push(text);
  }
  for (let i = top; i < first; i++) if (!lines[i].meta && lines[i].text.length <= 200) out.push(lines[i].text);
  for (let i = first; i <= last && i < first + DATE_WINDOW; i++) {
    if (lines[i].drop && lines[i].text.length <= 200 && lines[i].text.includes('|')) out.push(lines[i].text);
  }
  for (let i = last + 1; i < lines.length && i <= last + DATE_WINDOW; i++) {
    if (lines[i].meta || lines[i].text.length <= 60) out.push(lines[i].text);
  }
  return out;
}

/** What became of one line of the paste, for `npm run ingest -- --explain`. */
export interface LineDecision { text: string; decision: string }

export function cleanArticle(text: string, trace?: LineDecision[]): CleanArticle {
  const lines = readLines(text);
  dropLinkedHeadlines(lines);

  let headline: string | null = null;
  let firstBody = -1;
  let dateLines: string[] = [];
  // A title-shaped line ("Will the dam be finished?") is a headline candidate, not a sentence.
  const region = findRegion(lines, lines.map((l) => {
    const t = l.text.replace(TRAILING_INITIALS, '');
    if (l.drop || isHeadlineShaped(t)) return 'other';
    // "The documents signed:" opens a list that belongs to the story.
    if (/:$/u.test(t) && t.split(' ').length >= 3 && !SOCIAL_PLACE.test(t)) return 'sentence';
    return classifyLine(t);
  }));
  if (region) {
    // "The documents signed:" at the end of the story introduces a list that belongs to it.
    if (/:$/u.test(lines[region[1]].text)) {
      while (region[1] + 1 < lines.length && !lines[region[1] + 1].drop && lines[region[1] + 1].gap < 2) region[1]++;
    }
    firstBody = findHeadline(lines, region[0]);
    if (firstBody >= 0) headline = lines[firstBody].text;
    const headlineAt = firstBody >= 0 ? firstCopyOf(lines, region[0], headline!) : -1;
    const top = headlineAt >= 0 ? headlineAt + 1 : Math.max(0, region[0] - DATE_WINDOW);
    dateLines = publicationLines(lines, region, top, headlineAt);
    // Outside the region only the headline and the stamps and datelines between it and the
    // story stay (those the lead reads).
    for (let i = 0; i < lines.length; i++) {
      if (i < region[0] && i !== firstBody && (!lines[i].meta || i < top)) drop(lines[i], 'above the story');
      if (i > region[1]) drop(lines[i], 'below the story');
    }
    // The headline repeated at the top of the story.
    for (let i = region[0]; i <= region[1] && headline; i++) if (lines[i].text === headline) drop(lines[i], 'the headline repeated');
  } else {
    const firstKept = lines.find((l) => !l.drop && !l.meta);
    if (firstKept && isHeadlineShaped(firstKept.text) && lines.some((l) => l !== firstKept && !l.drop && !l.meta) && !isDatelineLike(firstKept.text)) {
      headline = firstKept.text;
      firstBody = lines.indexOf(firstKept);
    }
  }
  dropTrailingHeadlines(lines, firstBody + 1);

  const removed: string[] = [];
  const body: Line[] = [];
  const leadingMeta: string[] = [];
  let seenParagraph = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (i === firstBody) continue;
    if (l.drop) { removed.push(l.text); continue; }
    if (l.meta) {
      // Stamps above the story belong to its lead, where parseLead reads them; stamps lower down are chrome.
      if (seenParagraph) removed.push(l.text); else leadingMeta.push(l.text);
      continue;
    }
    seenParagraph = true;
    body.push(l);
  }

  if (trace) {
    let story = false;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      story ||= !l.drop && !l.meta && i !== firstBody;
      const decision = i === firstBody ? 'headline'
        : l.drop ? `dropped: ${l.why ?? 'site chrome'}`
        : l.meta ? (story ? 'dropped: a stamp below the story' : 'stamp or dateline, read for the date')
        : 'body';
      trace.push({ text: l.text, decision });
    }
  }
  const paragraphs = unwrap(body);
  const blocks: Block[] = paragraphs.map((l, i) => {
    const next = paragraphs[i + 1];
    const heading = next !== undefined && isSubheadingShaped(l.text) && !isSubheadingShaped(next.text);
    return { kind: heading ? 'heading' : 'paragraph', text: l.text };
  });

  const firstPara = blocks.find((b) => b.kind === 'paragraph');
  if (leadingMeta.length) {
    if (firstPara) firstPara.text = `${leadingMeta.join(' ')} ${firstPara.text}`;
    else removed.push(...leadingMeta);
  }
  const last = blocks[blocks.length - 1];
  const initials = last && TRAILING_INITIALS.exec(last.text);
  if (initials) {
    last.text = last.text.slice(0, initials.index);
    removed.push(initials[1]);
  }
  return { headline, blocks, removed, dateLines };
}
