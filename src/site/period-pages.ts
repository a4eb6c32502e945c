// A long list of articles (a country's, a topic's, a year's ...) is cut into pages that are spans
// of the calendar. The list's own page shows its newest articles and every span with its number
// of articles; each span has its page at <list>/<span>/. The spans depend only on the list: it is
// cut by decade, then ever finer (halves of the decade, pairs of years, years, halves, quarters,
// months, halves of months, days) until each span fits on a page, and a day is never cut. So an
// article added to the archive changes the list's own page and the page of its span, not every
// page after it as pages numbered from the newest would, and a span's URL keeps its articles until
// it outgrows a page. Articles without a date come last, in pages numbered in the list's order
// (an insertion among them shifts the pages after it: they have no calendar to be cut along).
import { DateTime } from 'luxon';
import { dayRange, longDate, monthName, monthRange } from './filters/reader-date.ts';

export interface Period {
  /** "2020s", "2020-2024", "2021", "2021-h1", "2021-q2", "2021-06", "2021-06-a", "2021-06-04", "undated", "undated-2". */
  key: string;
  /** As a reader says it: "2020–2024", "April–June 2021", "1–15 June 2021", "Undated, page 2". */
  label: string;
  url: string;
  count: number;
}

export interface ListPage<T> {
  url: string;
  /** The list's own page. */
  baseUrl: string;
  /** The span this page holds; null on the list's own page. */
  period: Period | null;
  /** Articles this page speaks of: the whole list on its own page, the span's on a span's page. */
  count: number;
  items: T[];
  /** On the list's own page, when the list is longer than a page: every span, newest first. */
  periods: Period[];
  /** The spans either side, on a span's page; on the list's own page, older is where its articles go on. */
  newer: PeriodLink | null;
  older: PeriodLink | null;
}

/** A span as its neighbours link to it: without its count, which they do not show and which
 *  would make them change with it. */
export type PeriodLink = Pick<Period, 'key' | 'label' | 'url'>;

const linkTo = (period: Period | undefined): PeriodLink | null => (period ? { key: period.key, label: period.label, url: period.url } : null);

interface Level {
  key: (date: string) => string;
  label: (key: string) => string;
}

const years = (key: string) => key.replace('-', '–');
const pad = (n: number) => String(n).padStart(2, '0');
/** "2021", 4, 6 -> "April–June 2021". */
const months = (year: string, first: number, last: number) => monthRange(`${year}-${pad(first)}`, `${year}-${pad(last)}`);
const daysIn = (month: string) => DateTime.utc(Number(month.slice(0, 4)), Number(month.slice(5, 7))).daysInMonth!;
// Pairs of years in a half-decade: 0-1, 2-3, 4; 5-6, 7-8, 9 (a lone year is keyed as the year).
const PAIR_FIRST = [0, 0, 2, 2, 4, 5, 5, 7, 7, 9];
const PAIR_LAST = [1, 1, 3, 3, 4, 6, 6, 8, 8, 9];

/** Coarsest first; each span lies inside one span of the level before, so a cut never moves. */
const LEVELS: Level[] = [
  { key: (d) => `${d.slice(0, 3)}0s`, label: (key) => key },
  { key: (d) => (Number(d[3]) < 5 ? `${d.slice(0, 3)}0-${d.slice(0, 3)}4` : `${d.slice(0, 3)}5-${d.slice(0, 3)}9`), label: years },
  {
    key: (d) => {
      const [decade, y] = [d.slice(0, 3), Number(d[3])];
      return PAIR_FIRST[y] === PAIR_LAST[y] ? d.slice(0, 4) : `${decade}${PAIR_FIRST[y]}-${decade}${PAIR_LAST[y]}`;
    },
    label: years,
  },
  { key: (d) => d.slice(0, 4), label: years },
  {
    key: (d) => `${d.slice(0, 4)}-h${Number(d.slice(5, 7)) <= 6 ? 1 : 2}`,
    label: (key) => (key.endsWith('1') ? months(key.slice(0, 4), 1, 6) : months(key.slice(0, 4), 7, 12)),
  },
  {
    key: (d) => `${d.slice(0, 4)}-q${Math.ceil(Number(d.slice(5, 7)) / 3)}`,
    label: (key) => months(key.slice(0, 4), Number(key.slice(6)) * 3 - 2, Number(key.slice(6)) * 3),
  },
  { key: (d) => d.slice(0, 7), label: monthName },
  {
    key: (d) => `${d.slice(0, 7)}-${Number(d.slice(8, 10)) <= 15 ? 'a' : 'b'}`,
    label: (key) => {
      const month = key.slice(0, 7);
      return key.endsWith('a') ? dayRange(`${month}-01`, `${month}-15`) : dayRange(`${month}-16`, `${month}-${daysIn(month)}`);
    },
  },
  { key: (d) => d.slice(0, 10), label: longDate },
];

/**
 * The pages of a list in reading order (newest first, undated last), the list's own page first.
 * A list that fits on one page is that page alone. `extra` is copied onto every page.
 */
export function periodPages<T extends { date: string | null }, E extends object>(baseUrl: string, items: T[], size: number, extra: E): (ListPage<T> & E)[] {
  const page = (url: string, period: Period | null, pageItems: T[], count: number): ListPage<T> & E =>
    ({ ...extra, url, baseUrl, period, count, items: pageItems, periods: [], newer: null, older: null });
  if (items.length <= size) return [page(baseUrl, null, items, items.length)];

  const firstUndated = items.findIndex((item) => item.date === null);
  const dated = firstUndated === -1 ? items : items.slice(0, firstUndated);
  const undated = firstUndated === -1 ? [] : items.slice(firstUndated);
  const spans: { period: Period; items: T[] }[] = [];
  const settle = (run: T[], level: number, key: string): void => {
    if (run.length <= size || level === LEVELS.length) {
      spans.push({ period: { key, label: LEVELS[level - 1]!.label(key), url: `${baseUrl}${key}/`, count: run.length }, items: run });
    } else split(run, level);
  };
  // Runs of one key at this level; the list is in date order, so each span is one run.
  const split = (run: T[], level: number): void => {
    const keyOf = LEVELS[level]!.key;
    let start = 0;
    let current = keyOf(run[0]!.date!);
    for (let i = 1; i <= run.length; i++) {
      const next = i < run.length ? keyOf(run[i]!.date!) : null;
      if (next === current) continue;
      settle(run.slice(start, i), level + 1, current);
      [start, current] = [i, next!];
    }
  };
  if (dated.length) split(dated, 0);
  for (let start = 0, n = 1; start < undated.length; start += size, n++) {
    // A list of undated articles only (the archive's own) is in numbered pages.
    const key = !dated.length ? `page-${n}` : n === 1 ? 'undated' : `undated-${n}`;
    const label = !dated.length ? `Page ${n}` : n === 1 ? 'Undated' : `Undated, page ${n}`;
    spans.push({ period: { key, label, url: `${baseUrl}${key}/`, count: Math.min(size, undated.length - start) }, items: undated.slice(start, start + size) });
  }

  const periods = spans.map((span) => span.period);
  const own = page(baseUrl, null, items.slice(0, size), items.length);
  own.periods = periods;
  // Where the list goes on after its own page: the span of its first article not shown there.
  let seen = 0;
  own.older = linkTo(periods.find((period) => (seen += period.count) > size));
  return [own, ...spans.map((span, i) => ({ ...page(span.period.url, span.period, span.items, span.period.count), newer: linkTo(periods[i - 1]), older: linkTo(periods[i + 1]) }))];
}
