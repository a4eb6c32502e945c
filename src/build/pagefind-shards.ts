// How the search index is split. Pagefind holds a whole index in memory while it builds it
// (~0.3 MB a page: 3 GiB at 10,000 articles), so a large archive is indexed in shards of about
// PAGES_PER_SHARD pages, each a complete Pagefind bundle. The search page loads the first and
// merges the others into it (Pagefind's mergeIndex: one WebAssembly runtime, one worker).
//
// Shards are cut along years, newest first, and a year is never split: a search sorted by date
// is then correct per year (Pagefind sorts within an index), so the search page lists newest
// first by asking for one year at a time (site/assets/search-index.js). A year's pages always
// land in the same shard, so an article added to one year leaves the other shards unchanged.

/** At ~0.3 MB a page while indexing, a shard peaks near 0.75 GiB. A larger year is one shard. */
export const PAGES_PER_SHARD = 2500;

/** The sort key pages are ordered by within a shard; the article layout's data-pagefind-sort="date:…". */
export const SHARD_SORT_KEY = 'date';
/** The filter that names a page's year; the article layout's data-pagefind-filter="year". */
export const SHARD_FILTER = 'year';

/** Written beside the first shard as pagefind/shards.json; the search page reads it. */
export interface ShardManifest {
  /** The sort key the shards are ordered by, and in which direction. */
  sort: { key: string; order: 'desc' };
  /** The filter whose values (years) each shard holds whole. */
  filter: string;
  /** Each shard's folder, relative to the manifest, and its years, newest first. */
  shards: { folder: string; years: string[] }[];
}

export interface IndexablePage {
  /** Path of the HTML file relative to the site folder, with forward slashes. */
  path: string;
  /** The page's value for SHARD_SORT_KEY; pages without one sort last. */
  sortValue: string | undefined;
  /** The page's value for SHARD_FILTER ("2024", "Undated"); pages without one go last. */
  year: string | undefined;
}

export interface ShardPlan { years: string[]; pages: string[] }

/**
 * Pages grouped by year, newest year first (years that are not four digits, such as "Undated",
 * last), packed into shards of at most `size` pages without splitting a year. Within a shard,
 * pages are newest first with ties in path order, so the plan is the same on every build. No
 * pages is one empty shard: the search page still loads an index, and simply finds nothing.
 */
export function planShards(pages: IndexablePage[], size = PAGES_PER_SHARD): ShardPlan[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shard size must be a positive whole number, not ${size}`);
  const byYear = new Map<string, IndexablePage[]>();
  for (const page of pages) {
    const year = page.year ?? '';
    byYear.set(year, [...(byYear.get(year) ?? []), page]);
  }
  const years = [...byYear.keys()].sort(compareYears);
  const shards: ShardPlan[] = [];
  let current: ShardPlan | undefined;
  for (const year of years) {
    const group = byYear.get(year)!;
    if (!current || current.pages.length + group.length > size) {
      current = { years: [], pages: [] };
      shards.push(current);
    }
    current.years.push(year);
    // Pagefind compares sort values as strings unless every value is a number; dates written
    // YYYY-MM-DD compare correctly as strings, and a missing value is below every date.
    group.sort((a, b) => compare(b.sortValue ?? '', a.sortValue ?? '') || compare(a.path, b.path));
    current.pages.push(...group.map((page) => page.path));
  }
  return shards.length ? shards : [{ years: [], pages: [] }];
}

/** Newest year first; anything that is not a year ("Undated", none) after every year. */
function compareYears(a: string, b: string): number {
  const isYear = (y: string) => /^\d{4}$/.test(y);
  return Number(isYear(b)) - Number(isYear(a)) || compare(b, a);
}

/** The first shard is Pagefind's usual bundle folder itself; the others sit inside it. */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shard-${index}/`;
}

export function shardManifest(plan: ShardPlan[]): ShardManifest {
  return {
    sort: { key: SHARD_SORT_KEY, order: 'desc' },
    filter: SHARD_FILTER,
    shards: plan.map((shard, i) => ({ folder: shardFolder(i) || './', years: shard.years })),
  };
}

const SORT_ATTRIBUTE = new RegExp(`data-pagefind-sort="${SHARD_SORT_KEY}:([^"]*)"`);
const FILTER_ELEMENT = new RegExp(`data-pagefind-filter="${SHARD_FILTER}">([^<]*)<`);

/** The page's value for SHARD_SORT_KEY, read from its data-pagefind-sort attribute. */
export function sortValueOf(html: string): string | undefined {
  const match = SORT_ATTRIBUTE.exec(html);
  return match ? decodeEntities(match[1]) : undefined;
}

/** The page's year, read from its data-pagefind-filter="year" element. */
export function yearOf(html: string): string | undefined {
  const match = FILTER_ELEMENT.exec(html);
  return match ? decodeEntities(match[1].trim()) : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
