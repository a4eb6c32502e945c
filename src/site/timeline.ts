// The archive by time: /archive/ lists years and months, /archive/<year>/ lists a year's articles
// under month headings (split into pages like any list), and /archive/undated/ holds the rest.
import { chunk } from './chunks.ts';
import { monthName } from './filters/reader-date.ts';
import type { ArticleRef } from './articles.ts';
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
  for (const [year, items] of byYear) {
    const url = `/archive/${year}/`;
    const pages = chunk(url, items, pageSize, { title: year, eyebrow: 'Year', feedUrl: null, groups: [] as ListingGroup[], chart: null, companions: [], partners: [], years: [] });
    const months = new Map<string, MonthSummary>();
    for (const page of pages) {
      page.groups = groupByMonth(page.items);
      // A month's link goes to the page where its articles begin.
      for (const group of page.groups) {
        const month = group.id!.slice(2);
        if (!months.has(month)) months.set(month, { key: month, name: group.heading!, count: 0, url: `${page.url}#${group.id}` });
      }
    }
    for (const item of items) months.get(item.date!.slice(0, 7))!.count++;
    years.push({ year, url, count: items.length, months: [...months.values()] });
    listings.push(...pages);
  }
  listings.push(...chunk(UNDATED_URL, undated, pageSize, {
    title: 'Undated articles', eyebrow: 'Archive', feedUrl: null,
    groups: [] as ListingGroup[], chart: null, companions: [], partners: [], years: [],
  }));
  return { years, undated: { url: UNDATED_URL, count: undated.length }, listings };
}

/** Where each year of a list begins: its first page's URL and the year's heading on it. */
export interface YearJump { name: string; url: string; count: number }

/**
 * A country's, topic's ... pages, grouped under year headings ("Undated" last), and the jump
 * links to each year, for the list's first page.
 */
export function groupPagesByYear(pages: { url: string; items: ArticleRef[]; groups: ListingGroup[] }[]): YearJump[] {
  const jumps = new Map<string, YearJump>();
  for (const page of pages) {
    page.groups = [];
    for (const item of page.items) {
      const year = item.date?.slice(0, 4) ?? 'Undated';
      const id = `y-${year.toLowerCase()}`;
      if (page.groups.at(-1)?.id !== id) page.groups.push({ heading: year, id, items: [] });
      page.groups.at(-1)!.items.push(item);
      let jump = jumps.get(year);
      if (!jump) jumps.set(year, (jump = { name: year, url: `${page.url}#${id}`, count: 0 }));
      jump.count++;
    }
  }
  return [...jumps.values()];
}

function groupByMonth(items: ArticleRef[]): ListingGroup[] {
  const groups: ListingGroup[] = [];
  for (const item of items) {
    const month = item.date!.slice(0, 7);
    const id = `m-${month}`;
    if (groups.at(-1)?.id !== id) groups.push({ heading: monthName(month), id, items: [] });
    groups.at(-1)!.items.push(item);
  }
  return groups;
}
