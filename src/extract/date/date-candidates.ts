// Finds every day-precise date written in a piece of text, as written, without choosing among them.
// Choosing (priority, year inference, warnings) is date.ts's job; this file only reads.
// Each locale's own module: the package's main one loads all sixteen of its languages, and took
// twice as long to load as the five used here (0.6 s against 0.3 s, in every thread that extracts).
import type { Chrono, ParsedResult } from 'chrono-node';
import * as en from 'chrono-node/en';
import * as ru from 'chrono-node/ru';
import * as de from 'chrono-node/de';
import * as fr from 'chrono-node/fr';
import * as es from 'chrono-node/es';
import { regionalDates } from './month-names.ts';
import { isRealDay, MONTH_NAMES, alternation } from '../../vocabulary/calendar.ts';

/** One date as the text writes it. */
export interface DateCandidate {
  /** The words as written, trimmed, e.g. "Wednesday, June 4" or "03.03.2023". */
  raw: string;
  /** null when the text gives no full year for this date. */
  year: number | null;
  /** A year written with two digits ("03.03.23" gives 23): its century is not stated. */
  yearSuffix: number | null;
  month: number;
  day: number;
  /** ISO weekday (1 = Monday … 7 = Sunday) when the text names one, else null. */
  weekday: number | null;
  /** False for dates no calendar has, e.g. 31.02.2024; a yearless date is real if it exists in a leap year. */
  real: boolean;
  /** A numeric date read month-first because day-first was impossible (09/28/2021); the day that ruled it out. */
  monthFirstBecause: number | null;
  /** Offset in the searched text, to keep the text's own order. */
  index: number;
}


// chrono's strict English parser (no "today"/"yesterday": relative words have no anchor here), with
// two parts removed. The filter that silently drops impossible dates ("February 31, 2024"): we must
// see those to report them, and judge validity ourselves; its other checks (weekday-only,
// bare numbers) are moot since only results with a certain month and day are kept. And the
// numeric d/m/y parser, which reads month-first: numeric dates are read below, day-first.
// Russian month names ("3 июня") are read too, by chrono's Russian parser treated the same way,
// but only when the text has Cyrillic letters, so English texts pay nothing for it.
function adapt(base: Chrono): Chrono {
  const parser = base.clone();
  parser.refiners = parser.refiners.filter((r) => r.constructor.name !== 'UnlikelyFormatFilter');
  parser.parsers = parser.parsers.filter((p) => p.constructor.name !== 'SlashDateFormatParser');
  return parser;
}
const english = adapt(en.strict);
const russian = adapt(ru.strict);
// chrono's German, French and Spanish parsers, each run only on a text that names one of its
// months in a form English does not use, so English texts pay nothing for them.
const OTHERS: { parser: Chrono; gate: RegExp }[] = [
  { parser: adapt(de.strict), gate: monthGate(MONTH_NAMES.de.filter((m) => !(MONTH_NAMES.en as readonly string[]).includes(m))) },
  { parser: adapt(fr.strict), gate: monthGate(MONTH_NAMES.fr) },
  { parser: adapt(es.strict), gate: monthGate(MONTH_NAMES.es) },
];

function monthGate(names: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${alternation(names)})(?![\\p{L}])`, 'u');
}

// d.m.yyyy, d/m/yyyy, d-m-yyyy (or a two-digit year) with one separator throughout; not glued to
// other digits or dots, so version numbers and IP-like strings do not match. chrono reads these
// month-first, which is wrong for the outlets this tool serves, so numeric dates are read here.
const NUMERIC = /(?<![\d.\/-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;

function numericDates(text: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(NUMERIC)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const short = m[4].length === 2;
    const year = short ? null : Number(m[4]);
    const yearSuffix = short ? Number(m[4]) : null;
    let day: number;
    let month: number;
    let monthFirstBecause: number | null = null;
    if (a >= 1 && a <= 31 && b >= 1 && b <= 12) {
      [day, month] = [a, b]; // day-first, the regional convention
    } else if (a >= 1 && a <= 12 && b >= 13 && b <= 31) {
      [day, month, monthFirstBecause] = [b, a, b]; // b cannot be a month, so the writer meant month-first
    } else {
      continue; // neither reading names a month and a day: not a date
    }
    // A short year is real if the day exists in either century it may stand for.
    const real = year !== null
      ? isRealDay(year, month, day)
      : isRealDay(1900 + yearSuffix!, month, day) || isRealDay(2000 + yearSuffix!, month, day);
    out.push({ raw: m[0], year, yearSuffix, month, day, weekday: null, real, monthFirstBecause, index: m.index });
  }
  return out;
}

// chrono needs a reference instant; a fixed one, so nothing reads the clock and the same text
// always gives the same dates. The year chrono guesses from it is discarded: only years it is
// certain of are kept.
const REFERENCE = new Date('2000-01-01T12:00:00Z');

function writtenDates(text: string): DateCandidate[] {
  const instant = REFERENCE;
  const out: DateCandidate[] = [];
  // Only day-precise results count: times, months and weekdays alone are dropped first, so they
  // cannot mask a Russian date that overlaps an English non-date (e.g. a bare "2023").
  const dayPrecise = (p: Chrono) => p.parse(text, { instant, timezone: 0 }, { forwardDate: false })
    .filter((r) => r.start.isCertain('month') && r.start.isCertain('day'));
  const results = dayPrecise(english);
  const taken = (r: ParsedResult) =>
    results.some((e) => r.index < e.index + e.text.length && e.index < r.index + r.text.length);
  if (/\p{Script=Cyrillic}/u.test(text)) results.push(...dayPrecise(russian).filter((r) => !taken(r)));
  for (const { parser, gate } of OTHERS) if (gate.test(text)) results.push(...dayPrecise(parser).filter((r) => !taken(r)));
  for (const r of results) {
    const s = r.start;
    // Only what the words themselves say counts: a relative expression ("yesterday", "last
    // Tuesday") is certain only relative to the reference instant, which is no date of the text's.
    if (!/\d/.test(r.text)) continue;
    const month = s.get('month')!;
    const day = s.get('day')!;
    const year = s.isCertain('year') && r.text.includes(String(s.get('year'))) ? s.get('year') : null;
    // chrono counts weekdays from Sunday = 0; luxon (ISO) from Monday = 1 to Sunday = 7.
    const weekday = s.isCertain('weekday') ? (s.get('weekday')! + 6) % 7 + 1 : null;
    const real = isRealDay(year ?? 2000, month, day); // 2000 is a leap year, so a yearless Feb 29 is real
    // "On Wednesday, June 4" reads better quoted as "Wednesday, June 4"; keep the index on the words kept.
    const skip = /^\s*(?:(?:on|в|во)\s+)?/iu.exec(r.text)![0].length;
    const raw = r.text.slice(skip).trimEnd();
    const index = r.index + skip;
    out.push({ raw, year, yearSuffix: null, month, day, weekday, real, monthFirstBecause: null, index });
  }
  return out;
}

/** Every day-precise date in `text`, in the order written; numeric forms read day-first. */
export function findDates(text: string): DateCandidate[] {
  const numeric = numericDates(text);
  const overlapsNumeric = (c: DateCandidate) =>
    numeric.some((n) => c.index < n.index + n.raw.length && n.index < c.index + c.raw.length);
  const written = writtenDates(text).filter((c) => !overlapsNumeric(c));
  const overlapsFound = (c: DateCandidate) =>
    [...numeric, ...written].some((n) => c.index < n.index + n.raw.length && n.index < c.index + c.raw.length);
  const regional = regionalDates(text, isRealDay).filter((c) => !overlapsFound(c));
  return [...numeric, ...written, ...regional].sort((x, y) => x.index - y.index);
}

// A year is four digits from 1900 to 2100 standing alone: not part of a longer number, an amount
// ("$2,025", "1.2025") or a code. One pass of one regex, so cost stays linear in the text's size.
const YEAR = /(?<![\d.,$€£])(19\d\d|20\d\d|2100)(?![\d]|[.,]\d)/g;

/** The distinct years the text mentions, ascending (the whole text: one linear regex pass). */
export function mentionedYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) years.add(Number(m[1]));
  return [...years].sort((a, b) => a - b);
}

/** The first `limit` characters of `text`, cut at a space so no date is split in half. */
export function window(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return text.slice(0, cut > 0 ? cut : limit);
}
