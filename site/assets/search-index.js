// The archive's search, over Pagefind's JS API with one runtime: the newest index shard is
// loaded first and older ones are merged into it (mergeIndex) only when a search needs them, so
// one WebAssembly module serves them all, and a first page of newest results fetches only the
// newest shard. The page's UI (search.js) asks this module; it never sees shards.
// It stays one module, if a long one: each module is one more request before a first search.
//
// Three things Pagefind does not do on its own are done here:
// - Newest first across shards. Pagefind sorts within one index, and a merged index orders
//   results by score, which for a sorted search is a page's place within its own shard. Shards
//   hold spans of the calendar, newest first (src/build/pagefind-shards.ts), so the search is
//   run once per shard, as each is merged in, and each shard's results, in date order, are
//   older than every result before them.
// - Only the shards that can answer. Beyond the newest shard, the words index (one page per
//   shard listing its words: src/build/shard-words.ts) says which shards hold the query's
//   words, and only those are fetched. Its pages are never shown as results.
// - Words in no article. For a word it does not know, Pagefind searches the longest indexed
//   prefix of it instead ("inkai" finds every "in"). A word that is neither found exactly nor
//   shown as the start of a matched word is reported missing, and nothing is presented as a match;
//   a shard that lacks a word other shards hold is not asked for it (holdsTerm, acrossShards).

// Beside this file's folder, wherever the site is published (at a domain's root or in a folder).
const BUNDLE = new URL('../pagefind/', import.meta.url);
/** The site's folder: Pagefind knows pages by their path in the site, and links get this in front. */
const SITE_FOLDER = new URL('../', import.meta.url).pathname;
/** Pagefind filter names the page offers, in the order it shows them. */
export const FILTERS = ['country', 'topic', 'source', 'year'];

let loading;
function load() {
  loading ??= (async () => {
    const [{ createInstance }, manifest] = await Promise.all([import(new URL('pagefind.js', BUNDLE).href), readManifest().then(fetchAhead)]);
    const folders = manifest.shards.map((shard) => new URL(shard.folder, BUNDLE).pathname);
    // On the page's own thread: Pagefind's worker is one more script (13 KB) fetched and started
    // before the first search can begin, and a shard (at most ~1,000 articles) is searched in a
    // few milliseconds, too little for the page to notice. The tag names the entry file as
    // fetched ahead (and as a browser may cache it), not anew on every visit.
    const instance = createInstance({ basePath: folders[0], noWorker: true, metaCacheTag: manifest.shards[0].tag });
    await instance.options({ excerptLength: 30, baseUrl: SITE_FOLDER });
    return { instance, manifest, folders, merged: new Set([0]), merging: Promise.resolve(), routes: new Map() };
  })();
  return loading;
}

async function readManifest() {
  const response = await fetch(new URL('shards.json', BUNDLE));
  if (!response.ok) throw new Error(`the search index was not found (${response.status})`);
  return response.json();
}

/**
 * Asks now for the files Pagefind fetches first from the newest shard (its entry, then the
 * metadata and WebAssembly the entry names), which it would otherwise ask for one after another
 * as it reads each: on a network, two round trips less before the first result. Preloaded, so
 * Pagefind's own requests for them are answered with these.
 */
function fetchAhead(manifest) {
  const newest = manifest.shards[0];
  for (const file of newest?.first ?? []) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    link.href = new URL(newest.folder + file, BUNDLE).href;
    document.head.append(link);
  }
  return manifest;
}

/** Merges the shards (by their place in the manifest) into the runtime, each once. */
async function useShards(index, shards) {
  for (const i of shards) {
    if (index.merged.has(i)) continue;
    index.merged.add(i);
    index.merging = index.merging.then(() => index.instance.mergeIndex(index.folders[i], { metaCacheTag: index.manifest.shards[i].tag }));
  }
  await index.merging;
}

/** Merges the words index, once; from then on every search also searches it. */
async function useWords(index) {
  if (!index.wordsIn) {
    index.wordsIn = true;
    index.merging = index.merging.then(() => index.instance.mergeIndex(new URL(index.manifest.words.folder, BUNDLE).pathname, { metaCacheTag: index.manifest.words.tag }));
  }
  await index.merging;
}

/**
 * Where `term` can be found: { shards, hidden }, the places of the shards that hold all its
 * words, and the words index's own pages that a search for it finds, which are never results.
 * Without words (a search by filters alone) or without a words index, every shard.
 */
function route(index, term) {
  const every = { shards: index.folders.map((_, i) => i), hidden: new Set() };
  if (!term || !index.manifest.words) return Promise.resolve(every);
  if (!index.routes.has(term)) {
    index.routes.set(term, (async () => {
      await useWords(index);
      const { filter } = index.manifest.words;
      // Each of its words, not a quoted phrase: a words page lists words in no order, so a
      // phrase is never in it, but a shard that holds the phrase holds every word of it.
      const found = await index.instance.search(queryWords(term).join(' '), { filters: { [filter]: { any: index.manifest.shards.map((s) => s.folder) } } });
      const holding = found.filters?.[filter] ?? {};
      return {
        shards: every.shards.filter((i) => holding[index.manifest.shards[i].folder] > 0),
        hidden: new Set(found.results.map((result) => result.id)),
      };
    })());
  }
  return index.routes.get(term);
}

/** The search's results, less the words index's pages once that index is in the runtime. */
async function searchShards(index, term, options) {
  const found = await index.instance.search(term, options);
  if (!index.wordsIn || !term) return found;
  const { hidden } = await route(index, term);
  return { ...found, results: found.results.filter((result) => !hidden.has(result.id)) };
}

/**
 * A search for `query` (words; empty with filters lists by filters alone); `order` is 'newest'
 * or 'relevance'. Returns { results(from, end), page(end), missing(), summary(), filterCounts() }:
 * results() yields results from..end-1 (each with data() as Pagefind gives it) in batches as
 * they are found, so the newest can be shown before older shards are searched; page(end)
 * resolves to the first `end` at once; missing() to the query's words that no article contains;
 * summary() to { total, filters } over the whole archive, with counts for the filters the
 * search used; filterCounts() to the counts of every filter, which takes every filter's values.
 */
export function search(query, { filters = {}, order = 'newest' } = {}) {
  const term = query.trim() || null;
  const chosen = Object.fromEntries(Object.entries(filters).filter(([, values]) => values.length));
  const sort = order === 'newest' ? { date: 'desc' } : undefined;
  let whole;
  let across;
  // The filters of a search over every shard that can answer: those the reader chose and, where
  // the runtime also holds shards without the words (the newest, always loaded, or those another
  // search merged), the months of those with them, so no shard answers with a prefix of a word.
  // Null when no shard holds the words.
  const acrossShards = () => {
    across ??= load().then(async (index) => {
      const { shards } = await route(index, term);
      if (!shards.length) return null;
      await useShards(index, shards);
      if (!term || [...index.merged].every((i) => shards.includes(i))) return chosen;
      return { ...chosen, [index.manifest.filter]: { any: shards.flatMap((i) => index.manifest.shards[i].months) } };
    });
    return across;
  };
  const nothing = { results: [], filters: {} };
  const everything = () => {
    whole ??= acrossShards().then(async (filters) => (filters ? searchShards(await load(), term, { filters, sort }) : nothing));
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
    filterCounts: async () => {
      const index = await load();
      const filters = await acrossShards();
      if (!filters) return nothing.filters;
      await index.instance.filters();
      return (await searchShards(index, term, { filters })).filters;
    },
    // Checked on the result the reader will see first, whose excerpt is fetched anyway.
    missing: async () => (term ? missingWords(await load(), term, await page(1)) : []),
  };
}

/**
 * Results newest first, a shard at a time: the newest shard, then the others that can hold the
 * query's words (undated pages fill the last shards, which are searched together: their order
 * among themselves is any). Over only the shards searched so far and the next, a search's results
 * that the earlier ones did not give are the next shard's; when other shards are in the runtime
 * too (the count merges all it needs), the search asks for the shard's months by the filter that
 * names them.
 */
function shardByShard(index, term, filters, sort) {
  const { manifest } = index;
  let steps = [{ shards: [0], months: manifest.shards[0].months }];
  let planned = false;
  const got = [];
  const seen = new Set();
  const searched = new Set();
  let next = 0;
  let searching = Promise.resolve();
  // Searches the next shard; one at a time, however many readers of the results there are.
  const step = () => (searching = searching.then(async () => {
    if (next >= steps.length && !planned) {
      planned = true;
      steps = [...steps, ...laterSteps(manifest, (await route(index, term)).shards.filter((i) => i > 0))];
    }
    if (next >= steps.length) return;
    const { shards, months } = steps[next++];
    await useShards(index, shards);
    const others = [...index.merged].some((i) => !searched.has(i) && !shards.includes(i));
    for (const i of shards) searched.add(i);
    const only = others ? { [manifest.filter]: { any: months } } : {};
    const found = await searchShards(index, term, { filters: { ...filters, ...only }, sort });
    if (shards[0] === 0 && !(await holdsTerm(index, term, found.results))) return;
    for (const result of found.results) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      got.push(result);
    }
  }));
  const more = () => next < steps.length || !planned;
  return async function* (from, end) {
    let given = from;
    while (given < end) {
      if (got.length > given) {
        const batch = got.slice(given, end);
        given += batch.length;
        yield batch;
      } else if (more()) {
        await step();
      } else {
        return;
      }
    }
  };
}

/**
 * Whether the newest shard's results match the query's words, or only stand in for them. The
 * newest shard is searched before the words index is asked, and where it lacks a word Pagefind
 * answers with the word's longest indexed prefix. Its first result shows every word (the start
 * of a matched word), or the words index must list the shard for them; else its results are
 * left out, and the shards that hold the words answer.
 */
async function holdsTerm(index, term, results) {
  if (!term || !results.length || !index.manifest.words) return true;
  const marked = matchedWords(await results[0].data());
  if (queryWords(term).every((word) => marked.some((m) => m.startsWith(fold(word))))) return true;
  return (await route(index, term)).shards.includes(0);
}

/** The shards in order, a step each, but the undated ones one step together. */
function laterSteps(manifest, shards) {
  const steps = [];
  for (const i of shards) {
    const { months } = manifest.shards[i];
    const last = steps.at(-1);
    if (months[0] === 'Undated' && last?.months[0] === 'Undated') last.shards.push(i);
    else steps.push({ shards: [i], months });
  }
  return steps;
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
    // The words index holds every shard's words; without one, the one shard is all there is.
    if (index.manifest.words) await useWords(index);
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
