// How the search index is split. Pagefind holds a whole index in memory while it builds it
// (~0.3 MB a page: 3 GiB at 10,000 articles), so a large archive is indexed in shards of at most
// PAGES_PER_SHARD pages, each a complete Pagefind bundle, which the search page queries together
// (site/assets/pagefind-shards/pagefind.js). Shards are cut along the sort order, newest first,
// so that results sorted by date are simply each shard's results one after another.

/** At ~0.3 MB a page while indexing, a shard peaks near 0.75 GiB. */
export const PAGES_PER_SHARD = 2500;

/** The sort key shards are cut along; the article layout's data-pagefind-sort="date:…". */
export const SHARD_SORT_KEY = 'date';

/** Written beside the first shard as pagefind/shards.json; the search page reads it. */
export interface ShardManifest {
  /** The sort key the shards are ordered by, and in which direction. */
  sort: { key: string; order: 'desc' };
  /** Each shard's folder, relative to the manifest, in sort order. */
  shards: string[];
}

export interface IndexablePage {
  /** Path of the HTML file relative to the site folder, with forward slashes. */
  path: string;
  /** The page's value for SHARD_SORT_KEY; pages without one sort last. */
  sortValue: string | undefined;
}

/**
 * Pages in shards of at most `size`, newest first; ties keep a stable order by path. No pages is
 * one empty shard: the search page still loads an index, and simply finds nothing.
 */
export function planShards(pages: IndexablePage[], size = PAGES_PER_SHARD): string[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shard size must be a positive whole number, not ${size}`);
  // Pagefind compares sort values as strings unless every value is a number; dates written
  // YYYY-MM-DD compare correctly as strings, and a missing value is below every date.
  const ordered = [...pages].sort((a, b) => compare(b.sortValue ?? '', a.sortValue ?? '') || compare(a.path, b.path));
  const shards: string[][] = [];
  for (let start = 0; start < ordered.length; start += size) {
    shards.push(ordered.slice(start, start + size).map((page) => page.path));
  }
  return shards.length ? shards : [[]];
}

/** The first shard is Pagefind's usual bundle folder itself; the others sit inside it. */
export function shardFolder(index: number): string {
  return index === 0 ? '' : `shard-${index}/`;
}

export function shardManifest(count: number): ShardManifest {
  return {
    sort: { key: SHARD_SORT_KEY, order: 'desc' },
    shards: Array.from({ length: count }, (_, i) => shardFolder(i) || './'),
  };
}

const SORT_ATTRIBUTE = new RegExp(`data-pagefind-sort="${SHARD_SORT_KEY}:([^"]*)"`);

/** The page's value for SHARD_SORT_KEY, read from its data-pagefind-sort attribute. */
export function sortValueOf(html: string): string | undefined {
  const match = SORT_ATTRIBUTE.exec(html);
  return match ? decodeEntities(match[1]) : undefined;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[name] ?? _);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
