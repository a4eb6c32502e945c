// The calendar the record schema and the extractors share: which days exist, ISO dates, weekdays.
// Vocabulary, not extraction: the schema reads it without importing any extractor.
import { DateTime } from 'luxon';

// Whether a day exists, by arithmetic on the proleptic Gregorian calendar (luxon's rule): it is
// asked for every candidate, every year the text mentions and every record, and building a luxon
// DateTime each time cost more than the rest of the date rules (tests/date.test.ts compares the two).
const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
  return day >= 1 && day <= days;
}

/** True for a YYYY-MM-DD string naming a day that exists (2024-02-29 yes, 2023-02-29 no). */
export function isRealDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso)
    && isRealDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** ISO weekday of a real date (few calls: luxon's answer, which differs from arithmetic on 0000-02-29). */
export function weekdayOf(year: number, month: number, day: number): number {
  return DateTime.fromObject({ year, month, day }, { zone: 'utc' }).weekday;
}

export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
