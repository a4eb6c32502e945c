// How the search index is split. Pagefind holds a whole index in memory while it builds it
// (~0.3 MB a page: 3 GiB at 10,000 articles) and cannot add a page to an index it has written,
// so the archive is indexed in shards of about PAGES_PER_SHARD pages, each a complete Pagefind
// bundle, and a build indexes again only the shards whose pages changed.
//
// Shards are spans of the calendar: the whole archive while it fits in one shard, else each
// decade, and a decade too large for one shard is cut into halves, pairs of years, years, a year
// into halves, a half into quarters, a quarter into months (a month is never split). The cuts
// depend only on the pages, never on earlier builds, so a rebuild gives the index a build from
// scratch gives; and an article added to any month changes only the shard of that span, unless
// it fills the span past the size, which then is cut once. Undated pages come last, in any
// order, halved by a hash of their path until each part fits.
//
// Pagefind sorts within one index only, so the search page lists newest first a shard at a
// time, merging an older shard into its one runtime only when it reaches it
// (site/assets/search-index.js).
import { createHash } from 'node:crypto';
import type { ShardEntry } from './pagefind-shard.ts';

/** At ~0.3 MB a page while indexing, a shard peaks near 0.3 GiB. A larger month is one shard. */
export const PAGES_PER_SHARD = 1000;

/** The sort key pages are ordered by within a shard; a document's data-pagefind-sort="date:…". */
export const SHARD_SORT_KEY = 'date';
/** The filter that names a page's month ("2024-06", "Undated"); a document's hidden one. */
export const SHARD_FILTER = 'month';

/** Written beside the shards as pagefind/shards.json; the search page reads it. */
export interface ShardManifest {
  /** The sort key the shards are ordered by, and in which direction. */
  sort: { key: string; order: 'desc' };
  /** The filter whose values (months) each shard holds whole. */
  filter: string;
  /** The one language the index is built in (the site's). */
  language: string;
  /**
   * Newest first: each shard's folder (relative to the manifest), months (newest first), digest,
   * and what the search page gives Pagefind and fetches ahead (ShardEntry, pagefind-shard.ts).
   */
  shards: ({ folder: string; months: string[]; digest: string } & ShardEntry)[];
  /** Which shards hold which words (shard-words.ts), where there is more than one shard: the
   *  index's folder, the filter naming each page's shard, the digest of what it was made of, and
   *  its entry's tag. */
  words?: { folder: string; filter: string; digest: string; tag: string };
}

export interface IndexablePage {
  /** Path of the HTML file relative to the site folder, with forward slashes. */
  path: string;
  /** The page's value for SHARD_SORT_KEY; pages without one sort last. */
  sortValue: string | undefined;
  /** The page's value for SHARD_FILTER; a page without a YYYY-MM month is undated. */
  month: string | undefined;
  /** Digest of everything the index reads of the page: equal digests, equal documents. */
  digest: string;
}

/** A page as the index stage takes it: where it is, how it sorts, and the HTML Pagefind reads. */
export interface IndexDocument extends IndexablePage {
  /** Made only when the page's shard is indexed: most builds index one shard or none. */
  html(): string;
}

export interface ShardPlan<P extends IndexablePage = IndexablePage> { folder: string; months: string[]; pages: P[]; digest: string }

/**
 * Word positions per index chunk: Pagefind's default is 20,000. A search fetches one chunk per
 * word from every shard it asks; at 10,000 articles the smaller chunks cut the bytes of a first
 * search by a fifth (npm run bench -- --search).
 */
export const INDEX_CHUNK_SIZE = 4000;

/** Changes whenever the same pages would give a different index: Pagefind's version or settings. */
export const INDEX_VERSION = `pagefind 1.6.0; chunks of ${INDEX_CHUNK_SIZE}; one forced language`;

const isMonth = (month: string | undefined): month is string => /^\d{4}-\d{2}$/.test(month ?? '');

/**
 * Ever finer spans of the calendar, by a month "YYYY-MM": the decade, its halves (years 0-4 and
 * 5-9), pairs of years within those (0-1, 2-3, 4; 5-6, 7-8, 9), the year, its halves, quarters,
 * and the month itself. The pairs and halves keep shards near full where a year holds a few
 * hundred articles; each span lies inside the one before, so a cut never moves.
 */
const SPANS: ((month: string) => string)[] = [
  (month) => month.slice(0, 3),
  (month) => `${month.slice(0, 3)}-${Number(month[3]) < 5 ? 'a' : 'b'}`,
  (month) => `${month.slice(0, 3)}-p${[0, 0, 1, 1, 2, 3, 3, 4, 4, 5][Number(month[3])]}`,
  (month) => month.slice(0, 4),
  (month) => `${month.slice(0, 4)}-h${Number(month.slice(5)) <= 6 ? 1 : 2}`,
  (month) => `${month.slice(0, 4)}-q${Math.ceil(Number(month.slice(5)) / 3)}`,
  (month) => month,
];

/**
 * The shards, newest first. Dated pages are grouped into calendar spans of at most `size` pages
 * (see above; a month larger than that is a shard of its own); undated pages follow, in shards
 * of at most `size` by a hash of their path. No pages is one empty shard: the search page still
 * loads an index.
 */
export function planShards<P extends IndexablePage>(pages: P[], size = PAGES_PER_SHARD): ShardPlan<P>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shard size must be a positive whole number, not ${size}`);
  const byMonth = new Map<string, P[]>();
  const undated: P[] = [];
  for (const page of pages) {
    if (!isMonth(page.month)) undated.push(page);
    else {
      const group = byMonth.get(page.month);
      if (group) group.push(page);
      else byMonth.set(page.month, [page]);
    }
  }
  const dated: { months: string[]; pages: P[] }[] = [];
  // Months oldest first; a span that does not fit is cut into the next finer spans, in order.
  const cut = (months: string[], level: number): void => {
    const pages = months.reduce((sum, month) => sum + byMonth.get(month)!.length, 0);
    if (pages <= size || level === SPANS.length) {
      dated.push({ months: [...months].reverse(), pages: months.flatMap((month) => byMonth.get(month)!) });
      return;
    }
    const spans = new Map<string, string[]>();
    for (const month of months) {
      const key = SPANS[level]!(month);
      const span = spans.get(key);
      if (span) span.push(month);
      else spans.set(key, [month]);
    }
    for (const span of spans.values()) cut(span, level + 1);
  };
  if (byMonth.size) cut([...byMonth.keys()].sort(), 0);
  const shards = dated.reverse().map((s) => shard(`m-${s.months.at(-1)}`, s.months, newestFirst(s.pages)));
  // Undated pages have no calendar to cut along; the bits of a hash of each path stand in for
  // it, halving a group until it fits, so an added page again changes one shard only.
  const halve = (group: { page: P; bits: number }[], depth: number): void => {
    if (!group.length) return;
    if (group.length <= size || depth === 32) {
      shards.push(shard(`undated-${depth ? group[0]!.bits.toString(2).padStart(32, '0').slice(0, depth) : 'all'}`, ['Undated'], group.map((g) => g.page)));
      return;
    }
    const bit = (g: { bits: number }) => (g.bits >>> (31 - depth)) & 1;
    halve(group.filter((g) => bit(g) === 0), depth + 1);
    halve(group.filter((g) => bit(g) === 1), depth + 1);
  };
  const hashed = undated.map((page) => ({ page, bits: parseInt(createHash('sha1').update(page.path).digest('hex').slice(0, 8), 16) }));
  if (hashed.length) halve(hashed.sort((a, b) => compare(a.page.path, b.page.path)), 0);
  return shards.length ? shards : [shard<P>('empty', [], [])];
}

function shard<P extends IndexablePage>(folder: string, months: string[], pages: P[]): ShardPlan<P> {
  const hash = createHash('sha1').update(INDEX_VERSION);
  for (const page of pages) hash.update(`\n${page.digest}`);
  return { folder, months, pages, digest: hash.digest('hex') };
}

/** Newest first, ties in path order, so the plan is the same on every build. */
function newestFirst<P extends IndexablePage>(pages: P[]): P[] {
  // Pagefind compares sort values as strings unless every value is a number; dates written
  // YYYY-MM-DD compare correctly as strings, and a missing value is below every date.
  return [...pages].sort((a, b) => compare(b.sortValue ?? '', a.sortValue ?? '') || compare(a.path, b.path));
}

/** `entries`: each shard's, in the plan's order. */
export function shardManifest(plan: ShardPlan[], language: string, entries: ShardEntry[], words?: ShardManifest['words']): ShardManifest {
  return {
    sort: { key: SHARD_SORT_KEY, order: 'desc' },
    filter: SHARD_FILTER,
    language,
    shards: plan.map(({ folder, months, digest }, i) => ({ folder: `${folder}/`, months, digest, ...entries[i]! })),
    ...(words && { words }),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
