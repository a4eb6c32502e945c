// Which outlet or agency published the article, from the credit shapes news copy uses.
import type { Dateline } from '../types.ts';
import { canonicalSource } from './source-aliases.ts';
import { scanCountryTerms } from '../place/countries.ts';
import { DOMAIN } from '../text/domain.ts';

// A credited name: capitalised tokens ("RIA Novosti", "Kun.uz", "24.kg", NIAT "Khovar"),
// joined by spaces or the small words of institution names ("Ministry of Foreign Affairs").
const TOKEN = String.raw`["«“]?[\p{Lu}\d][\p{L}\p{M}\d]*(?:[.&'’-][\p{L}\p{M}\d]+)*["»”]?`;
const NAME = String.raw`${TOKEN}(?: (?:(?:of|the|and|for|de|&) )*${TOKEN}){0,6}`;

const OUTLET_WORD = /\b(?:News|Agency|Times|Press|Post|TV|Radio|Daily|Media|Gazette|Herald|Journal|Tribune|Telegraph|Wire|Novosti|Info|Broadcasting|Channel|Network|Observer|Review|Express|Today)\b|\.(?:com|net|org|info|uz|kz|kg|tj|az|ru|ir|am|ge|tm|cn|af)\b/;
const GOVERNMENT = /\b(?:Ministry|Ministries|Committee|Government|Embassy|Consulate|Administration|Department|Office|Parliament|Council|Presidency|Mission|Prosecutor|Court|Bank of)\b/;

type Need = 'any' | 'outlet' | 'past';
/** `needs`: strings a match must contain; a text with none of them skips the regex (most texts lack most credits). */
interface Shape { re: RegExp; rank: number; need: Need; needs?: string[] }

/**
 * Credit shapes, strongest first (lower rank wins; ties go to the earlier credit):
 *  0 "Earlier, X reported": the outlet's pointer to its own earlier story
 *  1 lead credits "(Xinhua) –", "MOSCOW, June 5. /TASS/.", "ASTANA. KAZINFORM –",
 *    ", Trend reports.", ", reports Kazinform."
 *  2 footers "Follow Daryo's official ...", "Subscribe to X on ...", "Source: X", "© 2024 X"
 *     "Sources told X that": X is the outlet doing the reporting
 *  3 "according to X" when X looks like an outlet (not a person: "according to Putin")
 * Past tense "X reported." is what people and ministries do, so it needs a known or
 * outlet-shaped name (rank 1) or a government body (see below).
 */
const SHAPES: Shape[] = [
  { re: new RegExp(String.raw`^[^\n]{0,100}?\((${NAME})\)\s*[–—:-]`, 'gmu'), rank: 1, need: 'any', needs: ['('] },
  { re: new RegExp(String.raw`^[^\n]{0,100}?(?:^|\s)/(${NAME})/(?=[\s.,]|$)`, 'gmu'), rank: 1, need: 'any', needs: ['/'] },
  { re: new RegExp(String.raw`^[^\n\p{Ll}]{0,60}?\p{Lu}{3,}[.,] (${NAME}) [–—-]`, 'gmu'), rank: 1, need: 'any' },
  { re: new RegExp(String.raw`(?:[,–—]|^) *(?:the )?(${NAME}) (?:reports|informs|writes)(?=\s*[.;]|\s*$| citing| quoting| that)`, 'gmu'), rank: 1, need: 'any', needs: [' reports', ' informs', ' writes'] },
  { re: new RegExp(String.raw`(?:[,–—]|^) *(?:the )?(${NAME}) (?:reported|informed)(?=\s*[.;]|\s*$| citing| quoting| that)`, 'gmu'), rank: 1, need: 'past', needs: [' reported', ' informed'] },
  { re: new RegExp(String.raw`, (?:reports|informs|writes) (${NAME})\s*[.;]`, 'gu'), rank: 1, need: 'any', needs: [', reports ', ', informs ', ', writes '] },
  { re: new RegExp(String.raw`\bcorrespondent of (${NAME})`, 'gu'), rank: 1, need: 'any', needs: ['correspondent of '] },
  // The same in the other languages met: "corresponsal especial de UzA", "correspondant de X", "корреспондент X".
  { re: new RegExp(String.raw`\b(?:corresponsal|correspondant|Korrespondent)(?:e|in)?(?:\s+\p{Ll}+)?\s+(?:de|der|von)\s+(${TOKEN})`, 'gu'), rank: 1, need: 'any', needs: ['orrespon'] },
  // Persian wire credits: "به گزارش خبرنگار خبرگزاری فارس" ("as the correspondent of the Fars agency reports").
  { re: /به گزارش\s+(?:خبرنگار\s+)?((?:خبرگزاری|روزنامه|پایگاه خبری)\s+\S+|\S+)/gu, rank: 1, need: 'any', needs: ['به گزارش'] },
  // A republished article names where it first appeared: "initialement paru sur Kabar.kg".
  { re: new RegExp(String.raw`(?:initialement paru (?:sur|dans)|originally (?:published|appeared) (?:in|on|by)|первоначально опубликован\p{L}* (?:на|в)|publicado originalmente en) (${NAME})`, 'gu'), rank: 2, need: 'any', needs: ['paru', 'originally', 'первоначально', 'originalmente'] },
  // "Ранее «Степной вестник» писал" / "Earlier, Kun.uz reported": an outlet pointing readers to its
  // own earlier story, so it names the page's outlet even when the lead relays another's report.
  { re: new RegExp(String.raw`(?:Ранее|Earlier),? «?(${NAME}|[^«»\n]{2,40}(?=»))»?,? (?:писал|писала|писали|сообщал|сообщала|сообщали|reported|wrote)(?!\p{L})`, 'gu'), rank: 0, need: 'any', needs: ['Ранее', 'Earlier'] },
  // "«Степной вестник» писал", "..., передает «Вести Севера»": an outlet in guillemets
  // that wrote or reports, in either word order (Russian puts the verb first in a lead credit).
  { re: new RegExp(String.raw`«([^«»\n]{2,40})»,? (?:писал|писала|писали|сообщал|сообщала|сообщали|сообщает|пишет|передает|передаёт)`, 'gu'), rank: 1, need: 'any', needs: ['«'] },
  { re: new RegExp(String.raw`(?:передает|передаёт|сообщает|пишет)(?: (?:корреспондент|агентство|издание|портал|сайт|телеканал|газета))? «([^«»\n]{2,40})»`, 'gu'), rank: 1, need: 'any', needs: ['«'] },
  // "Sources told X that ...": sources talk to the outlet reporting the story. Any other teller
  // ("officials told X") needs X to look like an outlet, since officials also tell ministers.
  { re: new RegExp(String.raw`\b(?:[Ss]ources|[Aa] source|[Ii]nsiders?) (?:close to [^,.\n]{2,40} )?told (?:the )?(${NAME})(?= that| on| in|,|\.)`, 'gu'), rank: 2, need: 'any', needs: [' told '] },
  { re: new RegExp(String.raw`\b(?:[Oo]fficials?|[Aa] spokes(?:man|woman|person)|[Aa] representative) (?:\p{L}+ )?told (?:the )?(${NAME})(?= that| on| in|,|\.)`, 'gu'), rank: 2, need: 'outlet', needs: [' told '] },
  { re: new RegExp(String.raw`\b(${NAME})(?:'s|’s)? correspondent`, 'gu'), rank: 1, need: 'outlet', needs: [' correspondent'] },
  { re: new RegExp(String.raw`\bFollow (${NAME}?)(?:'s|’s)? (?:official|on|pages|channel)`, 'gu'), rank: 2, need: 'any', needs: ['Follow '] },
  { re: new RegExp(String.raw`\bSubscribe to (${NAME}?)(?:'s|’s)? (?:on|official|channel|Telegram)`, 'gu'), rank: 2, need: 'any', needs: ['Subscribe to '] },
  { re: new RegExp(String.raw`^(?:Source|Credit): *(${NAME})\s*$`, 'gmu'), rank: 2, need: 'any', needs: ['Source:', 'Credit:'] },
  { re: new RegExp(String.raw`(?:©|\(c\)|Copyright) *(?:\d{4}(?:[–-]\d{4})? *)?(${NAME})`, 'gu'), rank: 2, need: 'any', needs: ['©', '(c)', 'Copyright'] },
  { re: new RegExp(String.raw`\baccording to (?:the )?(${NAME})`, 'gu'), rank: 3, need: 'outlet', needs: ['according to '] },
];

/**
 * A government body that "reported" something is where the information came from, and the
 * site's "Source" field is about provenance, so it is returned as written rather than null:
 * hiding a stated origin would lose a fact. It ranks below every outlet credit, so a footer
 * "Follow Daryo's ..." still wins over "the Ministry of Foreign Affairs reported".
 */
const GOVERNMENT_RANK = 4;

/** Quotes, a possessive and trailing punctuation are not part of the name. */
function asWritten(name: string): string {
  return name.replace(/["«»“”]/g, '').replace(/(?:'s|’s)$/, '').replace(/[\s.,;:]+$/, '').trim();
}

/** A bare country or city ("Tajikistan reports that ...") is a subject, not a credit. */
function isPlaceName(name: string): boolean {
  const hits = scanCountryTerms(name);
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === name.length;
}

function judgeWhole(written: string, need: Need, rank: number): { source: string; rank: number } | null {
  if (!/\p{L}{2}/u.test(written) || isPlaceName(written)) return null;
  const known = canonicalSource(written);
  if (known) return { source: known, rank };
  if (GOVERNMENT.test(written)) return need === 'outlet' ? null : { source: written, rank: GOVERNMENT_RANK };
  if (need !== 'any' && !OUTLET_WORD.test(written)) return null;
  return { source: written, rank };
}

/** Where the name must look like an outlet, "Reuters and AFP" is tried as "Reuters" too. */
function judge(name: string, need: Need, rank: number): { source: string; rank: number } | null {
  const words = asWritten(name).split(' ');
  const shortest = need === 'any' ? words.length : 1;
  for (let n = words.length; n >= shortest; n--) {
    const found = judgeWhole(asWritten(words.slice(0, n).join(' ')), need, rank);
    if (found) return found;
  }
  return null;
}

// The page's own outlet, printed in its chrome: a masthead line, a "By X | Outlet | Updated"
// strip, or the site's domain ("Vesti.kg", "Dalnie.kz") in a footer or prompt.
const OUTLET_WORD_ANY = new RegExp(`${OUTLET_WORD.source}|(?:^|\\s)(?:Вестник|Новости|Газета|Ведомости|Известия|Информ|Агентство|Медиа|Ньюс|Хабар|Akhbor|Haber|Habar|Xabar|Nachrichten|Nouvelles|Noticias)(?![\\p{L}])`, 'u');
const AGENCY_CAPS = /^\p{Lu}{2,6}$/u;
/** The name in "By X", before any date after it. */
const BYLINE_NAME = /^by\s+(.+?)(?:\s+(?:on\s+)?(?:\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}).*)?$/iu;
const MASTHEAD_LINES = 3;
/** Words of section and list names ("Latest News", "Top Stories"), never a masthead. */
const SECTION_WORD = /^(?:latest|top|more|other|breaking|world|local|all|related|recent|popular|main|home|последние|главные|другие|все)(?![\p{L}])/iu;
const CREDIT_LINE = /^(?:photos?|фото|foto|image|pictures?|video|видео|source|sources|источник|kaynak|credit|credits)(?![\p{L}])/iu;

/** Whether a name looks like an outlet rather than a person ("SteppeWire", "Daily Wire"). */
export function looksLikeOutlet(name: string): boolean {
  return canonicalSource(name) !== null || DOMAIN.test(name) || OUTLET_WORD_ANY.test(name) || /\p{Ll}\p{Lu}/u.test(name);
}

/** An outlet's name as a page prints it in its chrome, or null. */
function pageOutlet(chrome: readonly string[]): string | null {
  const outletShaped = (name: string): boolean =>
    name.length >= 2 && name.length <= 40 && name.split(' ').length <= 4 && /[\p{Lu}]/u.test(name) && !isPlaceName(name) &&
    (canonicalSource(name) !== null || DOMAIN.test(name) || (OUTLET_WORD_ANY.test(name) && name.split(' ').length > 1));
  for (const line of chrome) {
    // A logo's text ("Steppe Herald logo") names the site; so does a credit line ending in its city
    // ("National Press Office (Bishkek)") and a byline that names an outlet ("By HOA",
    // "By SteppeWire March 4, 2025").
    const logo = /^(.{2,40}?)\s+(?:logo|логотип)$/iu.exec(line.trim());
    if (logo && /^\p{Lu}/u.test(logo[1]!) && !SECTION_WORD.test(logo[1]!)) return canonicalSource(logo[1]!) ?? logo[1]!;
    const placed = /^(\p{Lu}[^()]{2,60}?)\s+\((\p{Lu}\p{Ll}+)\)$/u.exec(line.trim());
    if (placed && isPlaceName(placed[2]!) && placed[1]!.split(' ').length >= 2) return canonicalSource(placed[1]!) ?? placed[1]!;
    const by = BYLINE_NAME.exec(line.trim())?.[1];
    if (by && (AGENCY_CAPS.test(by) || outletShaped(by) || (by.split(' ').length <= 3 && /\p{Ll}\p{Lu}/u.test(by)))) return canonicalSource(by) ?? by;
  }
  // The masthead: one of the page's first lines, named like an outlet and not like a section.
  for (const line of chrome.slice(0, MASTHEAD_LINES)) {
    const name = line.trim();
    if (/^\p{L}/u.test(name) && !/[\d:]/u.test(name) && !SECTION_WORD.test(name) && outletShaped(name) && !/^\p{Ll}/u.test(name)) return canonicalSource(name) ?? name;
  }
  for (const line of chrome) {
    if (!line.includes('|')) continue;
    const parts = line.split('|').map((p) => p.trim()).filter(Boolean);
    const named = parts.find((p, i) => (outletShaped(p) || (i === 0 && AGENCY_CAPS.test(p))) && !/\d{1,2}:\d{2}|updated|created|published/iu.test(p) && !/^by\s/iu.test(p));
    if (named) return canonicalSource(named) ?? named;
  }
  // A domain in a credit names where a photo or a fact came from, not the page.
  for (const line of chrome) {
    const m = CREDIT_LINE.test(line.replace(/^\p{Ll}+\s+/u, '')) ? null : DOMAIN.exec(line);
    if (m) return canonicalSource(m[1]!) ?? m[1]!;
  }
  return null;
}

/**
 * text: the whole article as written, boilerplate included (credits often sit in footers);
 * chrome: the lines removed as site chrome, in page order, where the page names its outlet.
 */
export function extractSource(input: { dateline: Dateline | null; text: string; chrome?: readonly string[] }): string | null {
  const credit = input.dateline?.credit?.trim();
  if (credit) return canonicalSource(credit) ?? asWritten(credit);
  const outlet = pageOutlet(input.chrome ?? []);
  if (outlet) return outlet;
  let best: { source: string; rank: number; at: number } | null = null;
  for (const shape of SHAPES) {
    if (shape.needs && !shape.needs.some((needed) => input.text.includes(needed))) continue;
    for (const m of input.text.matchAll(shape.re)) {
      const found = judge(m[1]!, shape.need, shape.rank);
      if (found && (!best || found.rank < best.rank || (found.rank === best.rank && m.index < best.at))) {
        best = { ...found, at: m.index };
      }
    }
  }
  return best?.source ?? null;
}
