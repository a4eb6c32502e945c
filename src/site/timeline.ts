// The archive by time: /archive/ lists years and months, /archive/<year>/ lists a year's articles
// under month headings (a long year in pages of its halves, quarters, months: period-pages.ts),
// and /archive/undated/ holds the rest.
import { monthName } from './filters/reader-date.ts';
import { periodPages } from './period-pages.ts';
import { yearOf, type ArticleRef } from './articles.ts';
import type { Listing } from './archive.ts';

export interface ListingGroup { heading: string | null; id: string | null; items: ArticleRef[] }

export interface MonthSummary { key: string; name: string; count: number; url: string }
export interface YearSummary { year: string; url: string; count: number; months: MonthSummary[] }

export interface Timeline {
  years: YearSummary[];
  undated: { url: string; count: number };
  listings: Listing[];
}

const UNDATED_URL = '/archive/undated/';

/** `refs` in reading order: newest first, undated last. */
export function buildTimeline(refs: ArticleRef[], pageSize: number): Timeline {
  const byYear = new Map<string, ArticleRef[]>();
  const undated: ArticleRef[] = [];
  for (const ref of refs) {
    if (!ref.date) undated.push(ref);
    else {
      const year = ref.date.slice(0, 4);
      if (!byYear.has(year)) byYear.set(year, []);
      byYear.get(year)!.push(ref);
    }
  }

  const years: YearSummary[] = [];
  const listings: Listing[] = [];
  const extra = { eyebrow: 'Year', feedUrl: null, groups: [] as ListingGroup[], chart: null, companions: [], partners: [] };
  for (const [year, items] of byYear) {
    const url = `/archive/${year}/`;
    const pages = periodPages(url, items, pageSize, { ...extra, title: year, heading: year });
    for (const page of pages) {
      page.groups = groupByMonth(page.items);
      // A span of a year names its year: "April–June 2021".
      if (page.period) page.heading = page.period.label;
    }
    // A month's link goes to the page of the span where its articles begin; its own page when
    // the year is one page.
    const months = new Map<string, MonthSummary>();
    for (const page of pages.length > 1 ? pages.slice(1) : pages) {
      for (const group of page.groups) {
        const month = group.id!.slice(2);
        if (!months.has(month)) months.set(month, { key: month, name: group.heading!, count: 0, url: `${page.url}#${group.id}` });
      }
    }
    for (const item of items) months.get(item.date!.slice(0, 7))!.count++;
    years.push({ year, url, count: items.length, months: [...months.values()] });
    listings.push(...pages);
  }
  const undatedPages = periodPages(UNDATED_URL, undated, pageSize, { ...extra, title: 'Undated articles', heading: 'Undated articles', eyebrow: 'Archive' });
  for (const page of undatedPages) if (page.period) page.heading = `Undated articles: ${page.period.label}`;
  listings.push(...undatedPages);
  return { years, undated: { url: UNDATED_URL, count: undated.length }, listings };
}

/**
 * Headings for a page of a country's, topic's ... list: its months when all its articles are of
 * one year, else its years ("Undated" last).
 */
export function groupByPeriod(items: ArticleRef[]): ListingGroup[] {
  const year = items[0]?.date?.slice(0, 4);
  if (year && items.every((item) => item.date?.startsWith(year))) return groupByMonth(items);
  return groupRuns(items, (item) => `y-${yearOf(item.date).toLowerCase()}`, (item) => yearOf(item.date));
}

function groupByMonth(items: ArticleRef[]): ListingGroup[] {
  return groupRuns(items, (item) => `m-${item.date!.slice(0, 7)}`, (item) => monthName(item.date!.slice(0, 7)));
}

/** Items in reading order under a heading each, a new group wherever the group's id changes. */
function groupRuns(items: ArticleRef[], idOf: (item: ArticleRef) => string, headingOf: (item: ArticleRef) => string): ListingGroup[] {
  const groups: ListingGroup[] = [];
  for (const item of items) {
    const id = idOf(item);
    if (groups.at(-1)?.id !== id) groups.push({ heading: headingOf(item), id, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}
