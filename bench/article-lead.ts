// The opening of a synthetic article: its publication date and the ways wire copy states it —
// stamps, datelines with or without year, weekday dates, or nothing at all.
import type { Rng } from './prng.ts';

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
// AP style, as Mehr and others write it: short months get no abbreviation.
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export interface ArticleDate { year: number; month: number; day: number; weekday: number }

/** A day between 2018-01-01 and 2025-06-30: always in the past, so no future-date warnings. */
export function randomDate(rng: Rng): ArticleDate {
  const start = Date.UTC(2018, 0, 1);
  const end = Date.UTC(2025, 5, 30);
  const d = new Date(start + Math.floor(rng.next() * ((end - start) / 86400000)) * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

const pad = (n: number) => String(n).padStart(2, '0');

export type LeadStyle = 'niat' | 'stamp' | 'ap' | 'dash' | 'weekday' | 'inline' | 'plain';
const STYLES: LeadStyle[] = ['niat', 'niat', 'stamp', 'stamp', 'ap', 'ap', 'dash', 'weekday', 'weekday', 'inline', 'plain'];

export interface LeadContext {
  date: ArticleDate;
  /** City of the dateline, e.g. "Dushanbe". */
  city: string;
  country: string;
  agency: string;
  /** The first sentence of the article, without its final full stop. */
  sentence: string;
}

/** The first paragraph with its date written in one of the styles of the sample archive. */
export function writeLead(rng: Rng, { date, city, country, agency, sentence }: LeadContext): string {
  const { year, month, day, weekday } = date;
  const lower = sentence[0].toLowerCase() + sentence.slice(1);
  switch (rng.pick(STYLES)) {
    case 'niat':
      return `${city.toUpperCase()}, ${pad(day)}.${pad(month)}.${year} (${agency}) – ${sentence}.`;
    case 'stamp':
      // The stamp sits glued to the dateline, with a stray leading space, as scraped pages have it.
      return ` date ${year}-${pad(month)}-${pad(day)} ${city.toUpperCase()}, ${country}, ${MONTHS[month - 1]} ${day}. ${sentence}, ${agency} reports.`;
    case 'ap':
      return `${city.toUpperCase()}, ${AP_MONTHS[month - 1]} ${day} (${agency}) – ${sentence}.`;
    case 'dash':
      return `${city.toUpperCase()} – ${sentence}.`;
    case 'weekday':
      return `On ${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}, in ${city}, ${lower}, ${agency} reports.`;
    case 'inline':
      return `${sentence} during a visit to ${city} on ${MONTHS[month - 1]} ${day}, ${year}, the ministry reported.`;
    default:
      return `${sentence}.`;
  }
}
