// Dates as a reader says them ("Wednesday, 4 June 2025"), and the machine forms beside them.
// Record dates are calendar days with no time zone, so they are read and shown in UTC.
import { DateTime } from 'luxon';

/**
 * Each form remembers what it said: an archive has far fewer distinct days than articles, and
 * luxon's formatting costs about 20 µs a call (0.7 s of every build at 10,000 articles).
 */
function remembered(format: (iso: string) => string): (iso: string) => string {
  const said = new Map<string, string>();
  return (iso) => {
    let text = said.get(iso);
    if (text === undefined) said.set(iso, (text = format(iso)));
    return text;
  };
}

function day(iso: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return parsed;
}

/** "2025-06-04" -> "Wednesday, 4 June 2025". */
export const readerDate = remembered((iso) => day(iso).setLocale('en-GB').toFormat('cccc, d LLLL yyyy'));

/** "2025-06-04" -> "4 June 2025", for citations. */
export const longDate = remembered((iso) => day(iso).setLocale('en-GB').toFormat('d LLLL yyyy'));

/** "2025-06-04" -> "4 Jun 2025", for dense lists. */
export const shortDate = remembered((iso) => day(iso).setLocale('en-GB').toFormat('d LLL yyyy'));

/** "2025-06" -> "June 2025". */
export const monthName = remembered((yearMonth) => day(`${yearMonth}-01`).setLocale('en-GB').toFormat('LLLL yyyy'));

/** "2025-06-04" -> a Date at UTC midnight, for the feed plugin's dateToRfc3339. */
export function dayToDate(iso: string): Date {
  return day(iso).toJSDate();
}
