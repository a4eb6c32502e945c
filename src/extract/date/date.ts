// Decides an article's date from what its text says, and says how, so readers can judge it.
// Never guesses: a year the text does not fix stays unknown; the clock is never read.
import type { Lead, Problem } from '../types.ts';
import { findDates, mentionedYears, window, type DateCandidate } from './date-candidates.ts';
import { toIso, weekdayOf, isRealDay, MONTH_NAMES, WEEKDAY_NAMES } from '../../vocabulary/calendar.ts';

export interface DateInput {
  lead: Lead;
  /** Headline and cleaned body, boilerplate removed. */
  text: string;
}
export interface DateResult { date: string | null; dateBasis: string; problems: Problem[] }

/** Only this much of the lead and of the text is parsed for dates, so huge inputs stay cheap. */
const WINDOW = 4000;
const HINT = 'add date: YYYY-MM-DD front matter';

/** Where a candidate was written, from most to least telling about the publication date. */
type Where = 'stamp' | 'dateline' | 'lead' | 'body';
interface Sourced extends DateCandidate { where: Where }

const MONTHS = ['', ...MONTH_NAMES.en];

export function extractDate({ lead, text }: DateInput): DateResult {
  const from = (s: string | null | undefined, where: Where): Sourced[] =>
    s ? findDates(window(s, WINDOW)).map((c) => ({ ...c, where })) : [];
  // Priority order: the publication stamp and dateline, then the lead sentence, then the rest.
  const sources: Array<[string | null | undefined, Where]> = [
    [lead.stamp, 'stamp'], [lead.dateline?.dateText, 'dateline'], [lead.text, 'lead'], [text, 'body'],
  ];
  const all: Sourced[] = [];
  for (const [source, where] of sources) {
    // Parsing (chrono is most of this function's cost) stops once a real date with its year is
    // found: later sources could only add candidates after it. A yearless date may still get its
    // year from a fuller mention further on, and a stamp is always compared with the dateline.
    const decided = all.find((c) => c.real);
    if (decided && decided.year !== null && where !== 'dateline') break;
    all.push(...from(source, where));
  }
  const problems: Problem[] = [];
  const firstReal = all.findIndex((c) => c.real);
  // Impossible dates that would otherwise have been chosen are reported, never rolled over.
  const unreal = (firstReal < 0 ? all : all.slice(0, firstReal)).filter((c) => !c.real);
  for (const raw of new Set(unreal.map((c) => c.raw))) {
    problems.push({ field: 'date', message: `"${raw}" is not a real date`, hint: HINT, severity: 'warning' });
  }
  if (firstReal < 0) {
    const dateBasis = unreal.length
      ? `no usable date: "${unreal[0].raw}" is not a real date`
      : 'no date in the text';
    return { date: null, dateBasis, problems };
  }
  const chosen = all[firstReal];
  const { date, dateBasis } = chosen.year !== null
    ? { date: toIso(chosen.year, chosen.month, chosen.day), dateBasis: quote(chosen, lead) }
    : inferYear(chosen, all, () => mentionedYears(`${lead.text}\n${text}`), lead);
  const dateline = chosen.where === 'stamp' ? compareDateline(chosen, all, lead) : { note: '', problems: [] };
  problems.push(...dateline.problems);
  if (date) problems.push(...checkWeekday(chosen, date));
  return { date, dateBasis: dateBasis + dateline.note, problems };
}

/** How a candidate is cited to readers: the whole stamp, the dateline's date, or the words in the text. */
function quote(c: Sourced, lead: Lead): string {
  const note = c.monthFirstBecause === null ? '' : `, read month-first since ${c.monthFirstBecause} cannot be a month`;
  switch (c.where) {
    case 'stamp': return `stamp "${lead.stamp?.trim()}"${note}`;
    case 'dateline': return `dateline "${c.raw}"${note}`;
    case 'lead': return `"${c.raw}" in the text${note}`;
    case 'body': return `"${c.raw}", the first date in the text${note}`;
  }
}

/** A month and day without a year get one only from the text itself, or stay unknown. */
function inferYear(
  c: Sourced, all: Sourced[], scanYears: () => number[], lead: Lead,
): { date: string | null; dateBasis: string } {
  const monthDay = `${MONTHS[c.month]} ${c.day}`;
  const cited = quote(c, lead);
  // A bare "January 25" is clearer than "January 25" in the text, year not stated.
  const bare = c.where === 'dateline' ? cited : `"${c.raw}"`;
  const inFull = c.yearSuffix === null ? '' : ' in full';
  const unknown = (why: string) => ({ date: null, dateBasis: `${bare}, year not stated${inFull}${why}` });
  const unclear = (why: string) => ({ date: null, dateBasis: `${bare}, year unclear: ${why}` });

  // A two-digit year ("03.03.23") only allows years ending in those digits.
  const suffix = c.yearSuffix;
  const fitsSuffix = (y: number) => suffix === null || y % 100 === suffix;

  // The same month and day written in full elsewhere (e.g. a stamp beside a "June 15" dateline).
  const fuller = all.filter((o) =>
    o.real && o.year !== null && fitsSuffix(o.year) && o.month === c.month && o.day === c.day);
  const lentYears = [...new Set(fuller.map((o) => o.year!))];
  if (lentYears.length === 1) {
    return { date: toIso(lentYears[0], c.month, c.day), dateBasis: `${cited}; year from ${quote(fuller[0], lead)}` };
  }
  if (lentYears.length > 1) return unclear(`the text gives ${monthDay} in ${list(lentYears)}`);

  // Only now is the whole text scanned for years: dated articles never pay for it.
  const years = scanYears();
  // A two-digit year is fixed when the text mentions exactly one year ending in those digits.
  if (suffix !== null) {
    const digits = String(suffix).padStart(2, '0');
    const full = years.filter((y) => fitsSuffix(y) && isRealDay(y, c.month, c.day));
    if (full.length === 1) {
      return { date: toIso(full[0], c.month, c.day), dateBasis: `${cited}; ${full[0]} is the only year the text mentions ending in ${digits}` };
    }
    if (full.length) return unclear(`the text mentions ${list(full)}`);
    // A page's own publication stamp ("04.03.25") is of the web's era: 20yy. Elsewhere in the
    // text a two-digit year may be historical, so it stays unknown there.
    if (c.where === 'stamp' && isRealDay(2000 + suffix, c.month, c.day)) {
      return { date: toIso(2000 + suffix, c.month, c.day), dateBasis: `${cited}, read as ${2000 + suffix}` };
    }
    return unknown('');
  }

  // The weekday rule: a named weekday fixes the year when exactly one year the text mentions fits it.
  if (c.weekday === null) return unknown('');
  const weekday = WEEKDAY_NAMES[c.weekday];
  const fits = years.filter((y) => isRealDay(y, c.month, c.day) && weekdayOf(y, c.month, c.day) === c.weekday);
  if (fits.length === 1) {
    return {
      date: toIso(fits[0], c.month, c.day),
      dateBasis: `${cited}; ${fits[0]} is the only year it mentions in which ${monthDay} is a ${weekday}`,
    };
  }
  if (fits.length > 1) {
    return unclear(`the text mentions ${list(fits)}, and ${monthDay} is a ${weekday} in each`);
  }
  if (years.length) return unknown(`; ${monthDay} is not a ${weekday} in any year the text mentions (${list(years)})`);
  return unknown('');
}

/** A dateline beside the stamp either confirms it (said in the basis) or names another day (warned; stamp kept). */
function compareDateline(stamp: Sourced, all: Sourced[], lead: Lead): { note: string; problems: Problem[] } {
  const dl = all.find((c) => c.where === 'dateline' && c.real);
  if (!dl) return { note: '', problems: [] };
  if (sameDay(stamp, dl)) return { note: `; the dateline "${dl.raw}" agrees`, problems: [] };
  return {
    note: '',
    problems: [{
      field: 'date',
      message: `stamp "${lead.stamp?.trim()}" and dateline "${dl.raw}" disagree; the stamp was used`,
      hint: HINT,
      severity: 'warning',
    }],
  };
}

function sameDay(a: DateCandidate, b: DateCandidate): boolean {
  return a.month === b.month && a.day === b.day && (a.year === null || b.year === null || a.year === b.year);
}

/** "Wednesday, June 4, 2024" when June 4, 2024 was a Tuesday: the date stands, the slip is reported. */
function checkWeekday(c: Sourced, iso: string): Problem[] {
  if (c.weekday === null) return [];
  const actual = weekdayOf(Number(iso.slice(0, 4)), c.month, c.day);
  if (actual === c.weekday) return [];
  return [{
    field: 'date',
    message: `"${c.raw}" says ${WEEKDAY_NAMES[c.weekday]}, but ${iso} is a ${WEEKDAY_NAMES[actual]}`,
    hint: HINT,
    severity: 'warning',
  }];
}

/** 2014 and 2025; 2008, 2014 and 2025. */
function list(xs: number[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}
