// Pagefind's search API over every shard of the archive's index, for Pagefind's Default UI
// (search.js points the UI's bundlePath here, so the UI imports this file as its pagefind.js).
//
// A large archive is indexed in several Pagefind bundles (src/build/pagefind-shards.ts), listed
// newest first in /pagefind/shards.json. Pagefind's own mergeIndex cannot combine them: it orders
// merged results by score, and a sorted search scores each result by its place within its own
// shard, which interleaves the years. Here each shard is its own Pagefind instance; results
// sorted by the shards' key are each shard's results in shard order, anything else is merged
// by score as Pagefind does, and filter counts are summed.
//
// With no shards.json (a site indexed before shards existed) the index is Pagefind's one bundle.
const MANIFEST = '/pagefind/shards.json';

let settings = {};
let shardList;

function shards() {
  shardList ??= (async () => {
    const { sort, folders } = await loadManifest();
    // Each shard through its own copy of Pagefind's script (its folder's pagefind.js): in
    // Pagefind 1.5.2, instances made by one copy share state and mix up their indexes
    // (reproduced: pages counted twice, one shard's chunks fetched from another's folder).
    const instances = await Promise.all(folders.map(async (basePath) => {
      const { createInstance } = await import(`${basePath}pagefind.js`);
      const instance = createInstance({ basePath });
      await instance.options(settings);
      return instance;
    }));
    return { sort, instances };
  })();
  return shardList;
}

async function loadManifest() {
  const base = new URL(MANIFEST, document.baseURI);
  try {
    const response = await fetch(base);
    if (!response.ok) throw new Error(String(response.status));
    const manifest = await response.json();
    return { sort: manifest.sort, folders: manifest.shards.map((folder) => new URL(folder, base).pathname) };
  } catch {
    return { sort: null, folders: [new URL('./', base).pathname] };
  }
}

export async function options(newOptions) {
  settings = { ...settings, ...newOptions };
  if (shardList) await Promise.all((await shardList).instances.map((i) => i.options(newOptions)));
}

export async function init() {
  await Promise.all((await shards()).instances.map((i) => i.init()));
}

export async function destroy() {
  if (shardList) await Promise.all((await shardList).instances.map((i) => i.destroy()));
  shardList = undefined;
}

export async function mergeIndex() {
  throw new Error('This archive already searches all of its index shards; mergeIndex is not supported.');
}

export async function filters() {
  return sumFilters(await Promise.all((await shards()).instances.map((i) => i.filters())));
}

// Pagefind's Default UI writes filter names and values into the page as HTML. They are article
// data (a source's name comes from the text), so they leave here escaped, and the UI's choices
// come back unescaped before they reach the index.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const UNESCAPES = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));
const unescapeHtml = (text) => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e]);

function rawFilters(selected) {
  if (!selected || typeof selected !== 'object') return selected;
  const raw = {};
  for (const [name, values] of Object.entries(selected)) {
    raw[unescapeHtml(name)] = Array.isArray(values) ? values.map((v) => (typeof v === 'string' ? unescapeHtml(v) : v)) : values;
  }
  return raw;
}

export async function preload(term, searchOptions = {}) {
  const options = searchOptions.filters ? { ...searchOptions, filters: rawFilters(searchOptions.filters) } : searchOptions;
  await Promise.all((await shards()).instances.map((i) => i.preload(term, options)));
}

export async function search(term, searchOptions = {}) {
  const { sort, instances } = await shards();
  const options = searchOptions.filters ? { ...searchOptions, filters: rawFilters(searchOptions.filters) } : searchOptions;
  return combine(await Promise.all(instances.map((i) => i.search(term, options))), sort, searchOptions.sort);
}

// Pagefind answers null to a debounced search that a newer one replaced; so does this.
let latest = 0;
export async function debouncedSearch(term, searchOptions = {}, timeoutMs = 300) {
  const mine = ++latest;
  await new Promise((resolve) => setTimeout(resolve, timeoutMs));
  if (mine !== latest) return null;
  const result = await search(term, searchOptions);
  return mine === latest ? result : null;
}

function combine(answers, shardSort, requested) {
  const order = requested && shardSort && requested[shardSort.key];
  let results = answers.flatMap((a) => a.results);
  if (order === 'asc') {
    results = answers.slice().reverse().flatMap((a) => a.results);
  } else if (order !== shardSort?.order) {
    // Relevance, or another sort key: scores are comparable across shards, as in mergeIndex.
    results = results.sort((a, b) => b.score - a.score);
  }
  return {
    results,
    unfilteredResultCount: answers.reduce((sum, a) => sum + a.unfilteredResultCount, 0),
    filters: sumFilters(answers.map((a) => a.filters)),
    totalFilters: sumFilters(answers.map((a) => a.totalFilters)),
    timings: answers.flatMap((a) => a.timings ?? []),
    search_keywords: answers.find((a) => a.search_keywords)?.search_keywords,
  };
}

// Values in the order one index gives them (sorted), whatever shard they were first seen in.
function sumFilters(all) {
  const summed = {};
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters ?? {})) {
      summed[name] ??= {};
      for (const [value, count] of Object.entries(values)) summed[name][value] = (summed[name][value] ?? 0) + count;
    }
  }
  const escaped = {};
  for (const name of Object.keys(summed)) {
    const values = Object.entries(summed[name]).sort(([a], [b]) => a.localeCompare(b));
    escaped[escapeHtml(name)] = Object.fromEntries(values.map(([value, count]) => [escapeHtml(value), count]));
  }
  return escaped;
}
