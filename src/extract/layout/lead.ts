// Split the metadata prefixes that outlets put before the first sentence: a date stamp
// ("date 2023-06-15", "Published: June 15, 2023 14:30") and a wire dateline
// ("DUSHANBE, 03.03.2023 (NIAT Khovar) –", "LONDON (Reuters) -", "MOSCOW, June 3 /TASS/.").
// Everything is recognised by shape at the very start of the paragraph, never by outlet name,
// and every pattern is anchored (sticky) with bounded repetition so cost does not grow with the paragraph.
import type { Dateline, Lead } from '../types.ts';
import { normalizeSpace } from '../text/summary.ts';
import { MONTH_NAMES, alternation } from '../../vocabulary/calendar.ts';
import { scanCountryTerms } from '../place/countries.ts';

/** "Doha" or "Tehran": a place the country tables know, so "Doha:" can open a dateline ("Note:" cannot). */
function isKnownPlace(place: string): boolean {
  const hits = scanCountryTerms(place);
  return hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === place.length && hits[0]!.entry.kind === 'city';
}

// Abbreviations may carry a dot ("Dec. 12"); full names never take the sentence's full stop.
const MONTH =
  `(?:(?:${alternation([...MONTH_NAMES.en, ...MONTH_NAMES.ruGenitive, ...MONTH_NAMES.ru, ...MONTH_NAMES.ruShort, 'сент'])})(?![\\p{L}\\p{M}])` +
  `|(?:${alternation(['Sept', ...MONTH_NAMES.enShort.filter((m) => m !== 'May')])})(?![\\p{L}\\p{M}])\\.?)`;
const WEEKDAY = '(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?(?![\\p{L}\\p{M}])\\.?';
const YEAR = '(?:,?\\s+\\d{4}(?!\\d)(?:\\s*(?:г\\.|года))?)';
const ORDINAL = '(?:st|nd|rd|th)?';
const NUMERIC_DATE = '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}(?!\\d)|\\d{1,2}[./-]\\d{1,2}[./-](?:\\d{4}|\\d{2})(?!\\d)';
const TIME =
  '\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[ap]\\.?m\\.?)?' +
  '(?:\\.\\d+)?(?:\\s?(?:GMT|UTC|MSK|CET|CEST|EET|BST|EST|EDT|PST|PDT|Z)(?![\\p{L}]))?(?:\\s?[+-]\\d{1,2}(?::?\\d{2})?)?';

/** A date that may lack its year (datelines and labelled stamps give "June 15"). */
const DATE_ANY =
  `(?:${WEEKDAY},?\\s+)?(?:${NUMERIC_DATE}|${MONTH}\\s+\\d{1,2}${ORDINAL}(?!\\d)${YEAR}?|\\d{1,2}${ORDINAL}\\s+${MONTH}${YEAR}?)`;
/** An unlabelled stamp must carry a year, else "June 15 marked..." would be taken for metadata. */
const DATE_FULL =
  `(?:${WEEKDAY},?\\s+)?(?:${NUMERIC_DATE}|${MONTH}\\s+\\d{1,2}${ORDINAL}${YEAR}|\\d{1,2}${ORDINAL}\\s+${MONTH}${YEAR})`;
const LABEL =
  '(?:date|dated|published(?:\\s+on)?|posted(?:\\s+on)?|(?:last\\s+)?updated(?:\\s+on)?|last\\s+modified|modified|created' +
  '|publication\\s+date|release\\s+date|issued|time|опубликовано|дата(?:\\s+публикации)?|обновлено|время)(?![\\p{L}\\p{M}])';
const STAMP_TAIL = '(?=[\\s|,;.\\-–—]|$)[.,]?';
const STAMP_SEP = /\s*(?:[|,;•·/]|[-–—]{1,2}(?=\s))?\s*/y;

const LABELLED_STAMP = new RegExp(
  `${LABEL}\\s*[:\\-–]?\\s*(?:(?:${TIME})\\s*[,|]?\\s*)?(?:${DATE_ANY}(?:T|\\s*(?:,|\\||at|в|-|–)?\\s*)${TIME}|${DATE_ANY}|${TIME})${STAMP_TAIL}`,
  'iuy',
);
const BARE_STAMP = new RegExp(
  `(?:(?:${TIME})\\s*[,|]?\\s*)?${DATE_FULL}(?:(?:T|\\s*(?:,|\\||at|-|–)\\s*|\\s+)${TIME})?${STAMP_TAIL}|${TIME}\\s*$`,
  'iuy',
);

// A word may end in a dot only as a short abbreviation ("ST. PETERSBURG"), so "ASTANA. KAZINFORM" is two parts.
const CAPS_WORD = "(?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}{1,3}\\.|\\p{Lu}[\\p{Lu}\\p{M}'’-]*)(?![\\p{L}\\p{M}])";
const CAPS_PLACE = new RegExp(`${CAPS_WORD}(?:\\s+${CAPS_WORD}){0,3}`, 'uy');
const CAPITALISED_PLACE = /\p{Lu}[\p{Ll}\p{M}'’-]+(?:[\s-]\p{Lu}[\p{Ll}\p{M}'’-]+){0,2}(?![\p{L}\p{M}])/uy;
const REGION = /,\s*(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s\p{Lu}[\p{L}\p{M}'’.-]*){0,2})(?![\p{L}\p{M}])/uy;
// "Бишкек. 3 марта." writes a full stop where English writes a comma.
const DATELINE_DATE = new RegExp(`[,.]?\\s*(${DATE_ANY})`, 'iuy');
/** A credit after the date and a full stop, before the dash: "Бишкек. 3 марта. АКИпресс –". */
const DOTTED_CREDIT = /\.\s(\p{Lu}[\p{L}\d.&'’-]*(?:\s\p{Lu}[\p{L}\d.&'’-]*){0,2})(?=\s(?:--|—|–|-)\s)/uy;
/** A credit right after the dash: "ТАШКЕНТ, 16 ноя — Sputnik. The talks ...". */
const CREDIT_AFTER_DASH = /(\p{Lu}[\p{L}\d&'’-]*(?:\s\p{Lu}[\p{L}\d&'’-]*)?)\.\s+(?=[\p{Lu}"“«])/uy;
const CREDIT = /\.?\s*(?:\(([^()\n]{1,60})\)|\/([^/\n]{1,40})\/)/uy;
/** "ASTANA. KAZINFORM – ": an all-caps agency name after a full stop, before a dash. */
const CAPS_CREDIT = /\.\s(\p{Lu}[\p{Lu}\d.&'’-]*(?:\s\p{Lu}[\p{Lu}\d.&'’-]*){0,3})(?=\s(?:--|—|–|-)\s)/uy;
const SEPARATOR = /(\s*)(--|—|–|-|:|\.)(?=\s|$)/uy;

/** Words that open ordinary sentences: "Meanwhile –" is no dateline. */
const NOT_PLACES = new Set(
  ('the a an this that these those it he she we they in on at of for but and or so yet however meanwhile moreover ' +
    'furthermore also today yesterday tomorrow now then earlier later finally again indeed instead still thus yes no ' +
    'well monday tuesday wednesday thursday friday saturday sunday').split(' '),
);
/** Story labels: "BREAKING NEWS:" or "LIVE UPDATES –" is no dateline, whatever follows the first word. */
const STORY_LABELS = new Set(
  ('note update updated breaking exclusive watch video photo photos live analysis opinion editorial interview ' +
    'comment correction urgent flash developing').split(' '),
);

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** Consecutive stamps ("Published: ... | Updated: ...") are kept together as one raw string. */
function parseStamps(s: string, pos: number): { stamp: string | null; end: number } {
  let stampEnd = -1;
  let end = pos;
  for (let i = 0; i < 3; i++) {
    const m = matchAt(LABELLED_STAMP, s, end) ?? matchAt(BARE_STAMP, s, end);
    if (!m || m[0].trim() === '') break;
    stampEnd = end + m[0].length;
    end = stampEnd + (matchAt(STAMP_SEP, s, stampEnd)?.[0].length ?? 0);
  }
  if (stampEnd < 0) return { stamp: null, end: pos };
  return { stamp: s.slice(pos, stampEnd).trim().replace(/[.,]$/, ''), end };
}

function parseDateline(s: string, pos: number): { dateline: Dateline; end: number } | null {
  let caps = true;
  let m = matchAt(CAPS_PLACE, s, pos);
  if (!m || (m[0].match(/\p{L}/gu)?.length ?? 0) < 3) {
    caps = false;
    m = matchAt(CAPITALISED_PLACE, s, pos);
  }
  if (!m || NOT_PLACES.has(m[0].toLowerCase()) || STORY_LABELS.has(m[0].split(' ')[0].toLowerCase())) return null;
  let place = m[0];
  let end = pos + m[0].length;
  let region: string | null = null;
  let dateText: string | null = null;
  let credit: string | null = null;

  // The date is tried before the region so "TEHRAN, Dec. 12" never reads "Dec." as a region.
  const d1 = matchAt(DATELINE_DATE, s, end);
  if (d1) { dateText = d1[1]; end += d1[0].length; } else {
    const r = matchAt(REGION, s, end);
    if (r) {
      region = r[1];
      end += r[0].length;
      const d2 = matchAt(DATELINE_DATE, s, end);
      if (d2) { dateText = d2[1]; end += d2[0].length; }
    }
  }
  const c = matchAt(CREDIT, s, end);
  // Credits are names ("Reuters", "NIAT Khovar"); "(the state gas firm)" is an aside, not a credit.
  // A site's domain counts too: "(kun.uz)".
  if (c && (/^\s*[\p{Lu}\d]/u.test(c[1] ?? c[2]) || /^\s*[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6}\s*$/u.test(c[1] ?? c[2]))) { credit = (c[1] ?? c[2]).trim(); end += c[0].length; }
  const cc = caps && !credit && !dateText ? matchAt(CAPS_CREDIT, s, end) : null;
  if (cc) { credit = cc[1]; end += cc[0].length; }
  const dc = !credit && dateText ? matchAt(DOTTED_CREDIT, s, end) : null;
  if (dc) { credit = dc[1]; end += dc[0].length; }

  const sep = matchAt(SEPARATOR, s, end);
  let mark: string | null = null;
  if (sep) {
    mark = sep[2];
    const spaced = sep[1] !== '' || s[end - 1] === ')' || s[end - 1] === '/';
    // A bare hyphen only separates when spaced ("LONDON (Reuters) -"); glued it is a compound word.
    const ok = mark === '-' ? spaced
      : mark === ':' ? (caps || isKnownPlace(place)) && !dateText && !credit && sep[1] === ''
      : mark === '.' ? (dateText !== null || credit !== null) && sep[1] === ''
      : true;
    if (ok) end += sep[0].length; else mark = null;
  }
  const dash = mark !== null && mark !== '.' && mark !== ':';
  if (dash && !credit && dateText) {
    const after = matchAt(CREDIT_AFTER_DASH, s, end + (matchAt(/\s*/y, s, end)?.[0].length ?? 0));
    if (after) { credit = after[1]; end = (CREDIT_AFTER_DASH.lastIndex); }
  }
  const rest = s.slice(end).trimStart();
  let valid: boolean;
  if (caps) {
    valid = mark !== null ? (dash || mark === ':' || dateText !== null || credit !== null)
      : credit !== null && (rest === '' || /^[\p{Lu}\d"“«'‘]/u.test(rest));
  } else {
    // Capitalised words start many sentences, so demand a separator plus a date, credit or region
    // (a single place word may stand alone before a dash: "Tehran – ...").
    const marked = dateText !== null || credit !== null;
    valid = (dash && (marked || region !== null || !/\s/.test(place)))
      || (mark === ':' && isKnownPlace(place))
      || (mark === '.' && marked)
      || (mark === null && credit !== null && /^[\p{Lu}"“«]/u.test(rest));
  }
  if (!valid) return null;
  if (region) place = `${place}, ${region}`;
  return { dateline: { place, dateText, credit }, end };
}

/** Prefixes are short; matching only this much of the paragraph bounds the cost of every pattern. */
const HEAD = 400;

export function parseLead(paragraph: string): Lead {
  const s = normalizeSpace(paragraph);
  const head = s.length > HEAD ? s.slice(0, HEAD) : s;
  const { stamp, end: afterStamp } = parseStamps(head, 0);
  const dl = parseDateline(head, afterStamp);
  const end = dl ? dl.end : afterStamp;
  return { stamp, dateline: dl?.dateline ?? null, text: s.slice(end).trim() };
}

const LABEL_AT_START = new RegExp(`^${LABEL}`, 'iu');

/** "Last updated: Tuesday, 4 March, 2025": a line that says it gives the publication date. */
export function isLabelledStamp(line: string): boolean {
  return LABEL_AT_START.test(line) && parseLead(line).stamp !== null;
}
