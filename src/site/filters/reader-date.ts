// Dates as a reader says them ("Wednesday, 4 June 2025"), and the machine forms beside them.
// Record dates are calendar days with no time zone, so they are read and shown in UTC.
import { DateTime, Info } from 'luxon';

// The names, as luxon's 'cccc' and 'LLLL' (standalone) give them, taken once: formatting with
// toFormat costs 40-75 µs a call (0.4 s of every build at 10,000 articles, 2,400 distinct days),
// and the same words put together take a few. tests/reader-date.test.ts holds them to toFormat.
const LOCALE = { locale: 'en-GB' };
const WEEKDAYS = Info.weekdays('long', LOCALE);
const MONTHS = Info.months('long', LOCALE);
const SHORT_MONTHS = Info.months('short', LOCALE);
const year = (d: Day) => String(d.year).padStart(4, '0');

/** A calendar day in UTC; weekday 1 is Monday, 7 Sunday, as luxon numbers them. */
interface Day { year: number; month: number; day: number; weekday: number }

/** Each form remembers what it said: an archive has far fewer distinct days than articles. */
function remembered(format: (iso: string) => string): (iso: string) => string {
  const said = new Map<string, string>();
  return (iso) => {
    let text = said.get(iso);
    if (text === undefined) said.set(iso, (text = format(iso)));
    return text;
  };
}

const PLAIN_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// A plain day, as every record date is, is read here: luxon's fromISO costs about 30 µs a call,
// 0.25 s of a build at 10,000 articles (2,700 days, three forms). Anything else (a received
// instant) is luxon's to read.
function day(iso: string): Day {
  const plain = PLAIN_DAY.exec(iso);
  if (plain) {
    const [y, m, d] = [Number(plain[1]), Number(plain[2]), Number(plain[3])];
    const date = new Date(0);
    date.setUTCFullYear(y, m - 1, d);
    // A day the month does not have rolls over into the next; that is no date.
    if (date.getUTCMonth() === m - 1 && date.getUTCDate() === d) return { year: y, month: m, day: d, weekday: date.getUTCDay() || 7 };
  } else {
    const parsed = DateTime.fromISO(iso, { zone: 'utc' });
    if (parsed.isValid) return { year: parsed.year, month: parsed.month, day: parsed.day, weekday: parsed.weekday };
  }
  throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
}

/** "2025-06-04" -> "Wednesday, 4 June 2025". */
export const readerDate = remembered((iso) => {
  const d = day(iso);
  return `${WEEKDAYS[d.weekday - 1]}, ${d.day} ${MONTHS[d.month - 1]} ${year(d)}`;
});

/** "2025-06-04" -> "4 June 2025", for citations. */
export const longDate = remembered((iso) => {
  const d = day(iso);
  return `${d.day} ${MONTHS[d.month - 1]} ${year(d)}`;
});

/** "2025-06-04" -> "4 Jun 2025", for dense lists. */
export const shortDate = remembered((iso) => {
  const d = day(iso);
  return `${d.day} ${SHORT_MONTHS[d.month - 1]} ${year(d)}`;
});

/** "2025-06" -> "June 2025". */
export const monthName = remembered((yearMonth) => {
  const d = day(`${yearMonth}-01`);
  return `${MONTHS[d.month - 1]} ${year(d)}`;
});

/** "2025-06-04" -> a Date at UTC midnight, for the feed plugin's dateToRfc3339. */
export function dayToDate(iso: string): Date {
  const parsed = DateTime.fromISO(iso, { zone: 'utc' });
  if (!parsed.isValid) throw new Error(`not a YYYY-MM-DD date: ${JSON.stringify(iso)}`);
  return parsed.toJSDate();
}

/** "2025-04", "2025-06" -> "April–June 2025": months of one year. */
export function monthRange(first: string, last: string): string {
  const [from, to] = [day(`${first}-01`), day(`${last}-01`)];
  return `${MONTHS[from.month - 1]}–${MONTHS[to.month - 1]} ${year(to)}`;
}

/** "2025-06-01", "2025-06-15" -> "1–15 June 2025": days of one month. */
export function dayRange(first: string, last: string): string {
  const [from, to] = [day(first), day(last)];
  return `${from.day}–${to.day} ${MONTHS[to.month - 1]} ${year(to)}`;
}
