// Dates as a reader says them ("Wednesday, 4 June 2025"), and the machine forms beside them.
// Record dates are calendar days with no time zone, so they are read and shown in UTC.
import { DateTime } from 'luxon';

function day(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return parsed;
}

/** "2025-06-04" -> "Wednesday, 4 June 2025". */
export function readerDate(iso: string): string {
  return day(iso).setLocale('en-GB').toFormat('cccc, d LLLL yyyy');
}

/** "2025-06-04" -> "4 June 2025", for citations. */
export function longDate(iso: string): string {
  return day(iso).setLocale('en-GB').toFormat('d LLLL yyyy');
}

/** "2025-06-04" -> "4 Jun 2025", for dense lists. */
export function shortDate(iso: string): string {
  return day(iso).setLocale('en-GB').toFormat('d LLL yyyy');
}

/** "2025-06" -> "June 2025". */
export function monthName(yearMonth: string): string {
  return day(`${yearMonth}-01`).setLocale('en-GB').toFormat('LLLL yyyy');
}

/** "2025-06-04" -> a Date at UTC midnight, for the feed plugin's dateToRfc3339. */
export function dayToDate(iso: string): Date {
  return day(iso).toJSDate();
}
