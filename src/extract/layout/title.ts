// A title for every article: the pasted headline when there is one, else a headline-like
// rewrite of the lead's first sentence (who did what), trimmed of the parts news style puts
// around the news: reporting clauses, opening time/place adverbials, role appositions.
import { normalizeSpace, sentenceEnds, trimDangling } from '../text/summary.ts';
import { TITLES } from '../names/name-vocabulary.ts';

export const TITLE_MAX = 110;

/** ", Trend reports." / ", the Ministry ... reported." / ", according to ..." / ", сообщает ТАСС." */
const REPORTING_TAIL = new RegExp(
  ',\\s+(?:according to [^,]{1,100}|(?:[^,]{1,100}\\s)?(?:reports|reported|said|says|informs|informed|writes|wrote|' +
    'announced|stated|notes|noted|told [^,]{1,40})|(?:сообщает|сообщают|сообщили|передает|передаёт|пишет|информирует)' +
    '(?:\\s[^,]{1,100})?)$',
  'iu',
);
const REPORTING_HEAD = /^(?:according to [^,]{1,100}|(?:как )?сообщает [^,]{1,60}|по (?:данным|сообщению) [^,]{1,80}),\s+/iu;

/** "On Wednesday, ", "June 4, ", "In the capital of Tajikistan, ", "Today, ": set-up before the news. */
const OPENING_ADVERBIAL = new RegExp(
  '^(?:(?:on|in|at|during|earlier|later|today|yesterday|this|last|after|following|amid|since|within|' +
    'сегодня|вчера|в|во|на)(?![\\p{L}])(?:\\s+[^,\\s]+){0,7}' +
    '|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}(?:,\\s*\\d{4})?),\\s+' +
    // What follows must be the main clause, not a coordinated one ("At least 20 died, and ...").
    '(?!(?:and|or|but|while|which|who|as|when|whereas|although|though|because|и|а|но)\\s)',
  'iu',
);

const WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const LINK = `(?:${WORD}|of|and|the|for|on|in|de)`;
/** "<Role of Country>, <Name>, <verb>" -> "<Name> <verb>"; the role must be several words, the name 2-4. */
const ROLE_APPOSITION = new RegExp(
  `^${WORD}(?:\\s+${LINK}){1,14},\\s+(${WORD}(?:\\s+${WORD}){1,3}),\\s+(?!(?:and|or|but|as|while)\\s)(?=\\p{Ll})`,
  'u',
);

/** ", who was in Bishkek on a state visit, " : an aside between the subject and its verb. */
const ASIDE = /,\s+(?:who|which|whose|где|который|которая|которые|кто)(?![\p{L}])[^,]{1,120},\s+(?=\p{Ll})/u;

function firstSentence(text: string): string {
  const end = sentenceEnds(text, 600)[0];
  return end === undefined ? text : text.slice(0, end);
}

function stripWrapping(sentence: string): string {
  let s = sentence.replace(/[.!…]+["”»’']?$/u, '').trim();
  s = s.replace(REPORTING_TAIL, '');
  s = s.replace(REPORTING_HEAD, '');
  for (let i = 0; i < 3; i++) {
    const m = OPENING_ADVERBIAL.exec(s);
    // Only strip while a real clause remains ("In 2025, growth slowed" keeps "growth slowed").
    if (!m || s.length - m[0].length < 30) break;
    s = s.slice(m[0].length);
  }
  return s.replace(ROLE_APPOSITION, '$1 ').replace(ASIDE, ' ');
}

const isCapitalised = (w: string | undefined): boolean => w !== undefined && /^["“«(]?\p{Lu}/u.test(w);
const isConnector = (w: string | undefined): boolean => w !== undefined && /^(?:of|and|the|for|de)$/.test(w);
/** A title may run this much past the limit to finish a name instead of cutting it. */
const SLACK = 15;

/** Cut mid-clause, never inside a proper-name chain such as "Minister of Industry and New | Technologies". */
function cutWords(text: string, max: number): string {
  const words = text.split(' ');
  let n = 0;
  let length = -1;
  while (n < words.length && length + 1 + words[n].length <= max - 1) length += 1 + words[n++].length;
  if (n === 0) return `${text.slice(0, max - 1)}…`;
  const inChain = (i: number): boolean => isCapitalised(words[i]) || (isConnector(words[i]) && isCapitalised(words[i + 1]));
  if (inChain(n) && inChain(n - 1)) {
    let end = n;
    while (end < words.length && inChain(end)) end++;
    const whole = words.slice(0, end).join(' ');
    if (whole.length <= max + SLACK) return end === words.length ? whole : `${trimDangling(whole)}…`;
    // Too long to finish: end before the chain's last "of"/"and", so "Minister of Industry and New"
    // becomes "Minister of Industry"; a chain without one is split between two capitalised words.
    for (let i = n - 1; i > 0 && inChain(i) && words[i] !== 'the'; i--) {
      if (isConnector(words[i])) { n = i; break; }
    }
  }
  return `${trimDangling(words.slice(0, n).join(' '))}…`;
}

function fit(text: string, max: number): string {
  if (text.length <= max) return text;
  // A clause boundary reads as a complete headline, so prefer it and add no ellipsis.
  const comma = text.lastIndexOf(', ', max);
  if (comma >= max / 2) return trimDangling(text.slice(0, comma));
  return cutWords(text, max);
}

/**
 * "Minister of Industry and New Technologies of Tajikistan Sherali Kabir" -> "Sherali Kabir": in a
 * headline the name carries the office. Only a long "<title> of <body>" phrase goes; a short
 * title ("President Emomali Rahmon", "Prime Minister Mikhail Mishustin") is how headlines name people.
 */
function dropLongRoles(sentence: string, people: readonly string[]): string {
  let words = sentence.split(' ');
  const bare = (w: string): string => w.replace(/[,;:.]+$/u, '');
  for (const person of people) {
    const name = person.split(' ');
    for (let i = 1; i + name.length <= words.length; i++) {
      if (!name.every((part, k) => bare(words[i + k]) === part)) continue;
      let start = -1;
      for (let j = i - 1; j >= 0 && (isCapitalised(words[j]) || isConnector(words[j])); j--) {
        if (TITLES.has(words[j].toLowerCase())) start = j;
      }
      if (start >= 0 && words.slice(start, i).includes('of')) {
        words = [...words.slice(0, start), ...words.slice(i)];
        i = start;
      }
    }
  }
  return words.join(' ');
}

/**
 * The headline, or one derived from the lead. `people` (from the name extractor) lets a derived
 * headline name people without their full titles.
 */
export function deriveTitle(headline: string | null, leadText: string, people: readonly string[] = []): string {
  const given = headline === null ? '' : normalizeSpace(headline);
  if (given) return given;
  const lead = normalizeSpace(leadText.length > 4000 ? leadText.slice(0, 4000) : leadText);
  if (!lead) return '';
  const title = fit(dropLongRoles(stripWrapping(firstSentence(lead)), people), TITLE_MAX);
  return title.charAt(0).toUpperCase() + title.slice(1);
}
