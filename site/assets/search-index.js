// The archive's search, over Pagefind's JS API with one runtime: the first index shard is
// loaded and the others are merged into it (mergeIndex), so one WebAssembly module and one
// worker serve them all. The page's UI (search.js) asks this module; it never sees shards.
//
// Two things Pagefind does not do on its own are done here:
// - Newest first across shards. Pagefind sorts within one index, and a merged index orders
//   results by score, which for a sorted search is a page's place within its own shard. Shards
//   hold whole years (src/build/pagefind-shards.ts), so asking one year at a time, newest year
//   first, gives every result in date order.
// - Words in no article. For a word it does not know, Pagefind searches the longest indexed
//   prefix of it instead ("inkai" finds every "in"). A word that is neither found exactly nor
//   shown as the start of a matched word is reported missing, and nothing is presented as a match.

const BUNDLE = '/pagefind/';
/** Pagefind filter names the page offers, in the order it shows them. */
export const FILTERS = ['country', 'topic', 'source', 'year'];

let loading;
function load() {
  loading ??= (async () => {
    const [pagefind, manifest] = await Promise.all([import(`${BUNDLE}pagefind.js`), readManifest()]);
    await pagefind.options({ excerptLength: 30 });
    await Promise.all(manifest.shards.slice(1).map((shard) => pagefind.mergeIndex(new URL(shard.folder, new URL(BUNDLE, document.baseURI)).pathname)));
    return { pagefind, manifest };
  })();
  return loading;
}

async function readManifest() {
  try {
    const response = await fetch(`${BUNDLE}shards.json`);
    if (response.ok) return await response.json();
  } catch {
    // No manifest: the bundle is one plain Pagefind index.
  }
  return { filter: 'year', shards: [{ folder: './', years: [] }] };
}

let allFilters;
/** Loads every filter's values, so counts cover every filter; later searches reuse them. */
export function loadFilters() {
  allFilters ??= load().then(({ pagefind }) => pagefind.filters());
  return allFilters;
}

/**
 * Searches for `query` (words; empty with filters lists by filters alone). `order` is
 * 'newest' or 'relevance'. Resolves to { total, filters, missing, page(end) }, where
 * page(end) resolves to the first `end` results, each with data() as Pagefind gives it.
 */
export async function search(query, { filters = {}, order = 'newest' } = {}) {
  const { pagefind, manifest } = await load();
  const term = query.trim() || null;
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length));
  if (!term && !Object.keys(chosen).length) return { total: 0, filters: {}, missing: [], page: async () => [] };
  const sort = order === 'newest' ? { date: 'desc' } : undefined;
  const found = await pagefind.search(term, { filters: chosen, sort });
  const oneYearOnly = (chosen[manifest.filter]?.length ?? 0) > 0;
  const page = order === 'newest' && manifest.shards.length > 1 && !oneYearOnly
    ? yearByYear(pagefind, term, chosen, sort, manifest)
    : async (end) => found.results.slice(0, end);
  // Checked on the result the reader will see first, whose excerpt is fetched anyway.
  const missing = term ? await missingWords(pagefind, term, await page(1)) : [];
  if (missing.length) return { total: 0, filters: {}, missing, page: async () => [] };
  return { total: found.results.length, filters: found.filters, missing: [], page };
}

/** Results newest first across shards: each year's (sorted within its one shard) in turn. */
function yearByYear(pagefind, term, filters, sort, manifest) {
  const years = manifest.shards.flatMap((shard) => shard.years);
  const got = [];
  let next = 0;
  return async (end) => {
    while (got.length < end && next < years.length) {
      const year = years[next++];
      const found = await pagefind.search(term, { filters: { ...filters, [manifest.filter]: [year] }, sort });
      got.push(...found.results);
    }
    return got.slice(0, end);
  };
}

/** Words of the query that no article contains (see the top of this file). */
async function missingWords(pagefind, term, results) {
  const words = queryWords(term);
  // Nothing found: no article holds these words together.
  if (!results.length) return [words.join(' ')];
  const marked = markedWords((await results[0].data()).excerpt);
  const missing = [];
  for (const word of words) {
    if (marked.some((m) => m.startsWith(fold(word)))) continue;
    const exact = await pagefind.search(`"${word}"`);
    if (!exact.results.length) missing.push(word);
  }
  return missing;
}

/** The query's words as the reader wrote them, without quotes. */
export function queryWords(term) {
  return term.split(/\s+/).map((w) => w.replace(/["“”]/g, '')).filter(Boolean);
}

function markedWords(excerpt) {
  return [...(excerpt ?? '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(m[1]));
}

function fold(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
