// The archive's search, over Pagefind's JS API with one runtime: the newest index shard is
// loaded first and older ones are merged into it (mergeIndex) when a search reaches them, so
// one WebAssembly module and one worker serve them all, and a first page of newest results
// fetches only the newest shards. The page's UI (search.js) asks this module; it never sees shards.
//
// Two things Pagefind does not do on its own are done here:
// - Newest first across shards. Pagefind sorts within one index, and a merged index orders
//   results by score, which for a sorted search is a page's place within its own shard. Shards
//   hold spans of the calendar, newest first (src/build/pagefind-shards.ts), so the search is
//   run once per shard, as each is merged in, and each shard's results, in date order, are
//   older than every result before them.
// - Words in no article. For a word it does not know, Pagefind searches the longest indexed
//   prefix of it instead ("inkai" finds every "in"). A word that is neither found exactly nor
//   shown as the start of a matched word is reported missing, and nothing is presented as a match.

// Beside this file's folder, wherever the site is published (at a domain's root or in a folder).
const BUNDLE = new URL('../pagefind/', import.meta.url);
/** The site's folder: Pagefind knows pages by their path in the site, and links get this in front. */
const SITE_FOLDER = new URL('../', import.meta.url).pathname;
/** Pagefind filter names the page offers, in the order it shows them. */
export const FILTERS = ['country', 'topic', 'source', 'year'];

let loading;
function load() {
  loading ??= (async () => {
    const [{ createInstance }, manifest] = await Promise.all([import(new URL('pagefind.js', BUNDLE).href), readManifest()]);
    const folders = manifest.shards.map((shard) => new URL(shard.folder, BUNDLE).pathname);
    const instance = createInstance({ basePath: folders[0] });
    await instance.options({ excerptLength: 30, baseUrl: SITE_FOLDER });
    return { instance, manifest, folders, merged: 1 };
  })();
  return loading;
}

async function readManifest() {
  const response = await fetch(new URL('shards.json', BUNDLE));
  if (!response.ok) throw new Error(`the search index was not found (${response.status})`);
  return response.json();
}

/** Merges shards into the runtime, in order, until the first `count` are in. */
async function useShards(index, count) {
  while (index.merged < Math.min(count, index.folders.length)) {
    const next = index.folders[index.merged];
    index.merged++;
    index.merging = (index.merging ?? Promise.resolve()).then(() => index.instance.mergeIndex(next));
  }
  await index.merging;
}

const useAll = (index) => useShards(index, index.folders.length);

let allFilters;
/** Loads every filter's values, so counts cover every filter; later searches reuse them. */
export function loadFilters() {
  allFilters ??= load().then(async (index) => {
    await useAll(index);
    return index.instance.filters();
  });
  return allFilters;
}

/**
 * A search for `query` (words; empty with filters lists by filters alone); `order` is 'newest'
 * or 'relevance'. Returns { results(from, end), page(end), missing(), summary() }: results()
 * yields results from..end-1 (each with data() as Pagefind gives it) in batches as they are
 * found, so the newest can be shown before older shards are searched; page(end) resolves to the
 * first `end` at once; missing() to the query's words that no article contains; summary() to
 * { total, filters } over the whole archive.
 */
export function search(query, { filters = {}, order = 'newest' } = {}) {
  const term = query.trim() || null;
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length));
  const sort = order === 'newest' ? { date: 'desc' } : undefined;
  let whole;
  const everything = () => {
    whole ??= load().then(async (index) => {
      await useAll(index);
      return index.instance.search(term, { filters: chosen, sort });
    });
    return whole;
  };
  let newest;
  async function* results(from, end) {
    if (order !== 'newest') {
      yield (await everything()).results.slice(from, end);
      return;
    }
    newest ??= shardByShard(await load(), term, chosen, sort);
    yield* newest(from, end);
  }
  const page = async (end) => {
    const got = [];
    for await (const batch of results(0, end)) got.push(...batch);
    return got;
  };
  return {
    results,
    page,
    summary: async () => {
      const found = await everything();
      return { total: found.results.length, filters: found.filters };
    },
    // Checked on the result the reader will see first, whose excerpt is fetched anyway.
    missing: async () => (term ? missingWords(await load(), term, await page(1)) : []),
  };
}

/**
 * Results newest first, a shard at a time. Over exactly the shards merged so far, a search's
 * results that the newer shards did not already give are the newest shard's; once more shards
 * are merged (the count merges them all), the search asks for the shard's months by the filter
 * that names them. Undated pages fill the last shards, which are searched together: their order
 * among themselves is any.
 */
function shardByShard(index, term, filters, sort) {
  const { manifest } = index;
  const steps = [];
  manifest.shards.forEach((shard, i) => {
    const last = steps.at(-1);
    if (shard.months[0] === 'Undated' && last?.months[0] === 'Undated') last.shards = i + 1;
    else steps.push({ shards: i + 1, months: shard.months });
  });
  const got = [];
  const seen = new Set();
  let next = 0;
  let searching = Promise.resolve();
  // Searches the next shard; one at a time, however many readers of the results there are.
  const step = () => (searching = searching.then(async () => {
    if (next >= steps.length) return;
    const { shards, months } = steps[next++];
    await useShards(index, shards);
    const only = index.merged > shards ? { [manifest.filter]: { any: months } } : {};
    const found = await index.instance.search(term, { filters: { ...filters, ...only }, sort });
    for (const result of found.results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      got.push(result);
    }
  }));
  return async function* (from, end) {
    let given = from;
    while (given < end) {
      if (got.length > given) {
        const batch = got.slice(given, end);
        given += batch.length;
        yield batch;
      } else if (next < steps.length) {
        await step();
      } else {
        return;
      }
    }
  };
}

/** Words of the query that no article contains (see the top of this file). */
async function missingWords(index, term, results) {
  const words = queryWords(term);
  // Nothing found: no article holds these words together.
  if (!results.length) return [words.join(' ')];
  const marked = matchedWords(await results[0].data());
  const missing = [];
  for (const word of words) {
    if (marked.some((m) => m.startsWith(fold(word)))) continue;
    await useAll(index);
    const exact = await index.instance.search(`"${word}"`);
    if (!exact.results.length) missing.push(word);
  }
  return missing;
}

/** The query's words as the reader wrote them, without quotes. */
export function queryWords(term) {
  return term.split(/\s+/).map((w) => w.replace(/["“”]/g, '')).filter(Boolean);
}

/** The words of the page that the search matched, wherever they are (the excerpt shows a few). */
function matchedWords(data) {
  const words = (data.raw_content ?? data.content ?? '').split(/\s+/);
  const matched = (data.locations ?? []).map((at) => words[at]).filter(Boolean);
  const marked = [...(data.excerpt ?? '').matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]);
  return [...matched, ...marked].map((word) => fold(word.replace(/^[^\p{L}\p{N}]+/u, '')));
}

function fold(word) {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
