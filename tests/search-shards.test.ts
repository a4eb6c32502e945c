// The archive's search over an index split into shards (site/assets/search-index.js), in a real
// browser against real Pagefind shards. The pages are chosen so that Pagefind's own way of
// merging indexes (by score, which a sorted search sets to a page's place within its shard)
// would get the order wrong: Bravo is the newest match but the lowest-placed page of its shard.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { runPagefind } from '../src/build/pagefind.ts';
import { serveStatic, type RunningServer } from '../src/serve/static-server.ts';
import { browserSkip, launchBrowser, watchErrors } from './helpers/browser.ts';

const MODULE = fileURLToPath(new URL('../site/assets/search-index.js', import.meta.url));
/** Where the site serves the module, as the search page does. */
const API = '/assets/search-index.js';

// Two pages a shard: [Alpha, Bravo] of one month, [Charlie, Delta] of two, [Echo]. Only Alpha
// lacks "harbour".
const PAGES = [
  { slug: 'alpha', date: '2025-11-20', country: 'Norway', text: 'fjord ferries' },
  { slug: 'bravo', date: '2025-11-01', country: 'Norway', text: 'the harbour reopened' },
  { slug: 'charlie', date: '2024-10-20', country: 'Norway', text: 'harbour harbour harbour harbour cranes at the harbour with the harbourmaster' },
  { slug: 'delta', date: '2024-09-01', country: 'Chile', text: 'a harbour strike at McDonald, on iPhone, Tuesday, (2024)' },
  { slug: 'echo', date: '0000-00-00', country: 'Chile', text: 'an undated harbour note' },
];

const monthOf = (date: string) => (date === '0000-00-00' ? 'Undated' : date.slice(0, 7));
const articleHtml = (p: (typeof PAGES)[number]) => `<!doctype html><html lang="en"><head><title>${p.slug}</title></head><body>
<article data-pagefind-body><h1 data-pagefind-meta="title">${p.slug}</h1><p>${p.text}</p></article>
<div hidden><span data-pagefind-sort="date:${p.date}"></span><span data-pagefind-filter="country">${p.country}</span>
<span data-pagefind-filter="month">${monthOf(p.date)}</span></div>
</body></html>`;

describe('searching an index split into shards', { skip: browserSkip() }, () => {
  let site: string;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  before(async () => {
    browser = await launchBrowser();
    site = await mkdtemp(path.join(os.tmpdir(), 'search-shards-'));
    await writeFile(path.join(site, 'index.html'), '<!doctype html><html lang="en"><head><title>t</title></head><body><h1>Home</h1></body></html>');
    for (const p of PAGES) {
      await mkdir(path.join(site, p.slug), { recursive: true });
      await writeFile(path.join(site, p.slug, 'index.html'), articleHtml(p));
    }
    await mkdir(path.join(site, 'assets'), { recursive: true });
    await cp(MODULE, path.join(site, API));
    const documents = PAGES.map((p) => ({ path: `${p.slug}/index.html`, sortValue: p.date, month: monthOf(p.date), digest: p.slug, html: () => articleHtml(p) }));
    assert.equal((await runPagefind({ outDir: site, documents, shardSize: 2 })).shards, 3);
    server = await serveStatic(site);
    page = await browser.newPage();
    errors = watchErrors(page, { ignore: [/\/favicon\.ico\b/] });
    await page.goto(`${server.url}/`);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (site) await rm(site, { recursive: true, force: true });
  });

  /** Titles of the first `end` results, in order, as the search page would list them. */
  const titles = (term: string, options: object, end = 10) =>
    page.evaluate(async ({ api, term, options, end }) => {
      const { search } = await import(api);
      const results = await search(term, options).page(end);
      return Promise.all(results.map(async (r: { data(): Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title));
    }, { api: API, term, options, end });

  test('newest first across every shard, undated last', async () => {
    assert.deepEqual(await titles('harbour', { order: 'newest' }), ['bravo', 'charlie', 'delta', 'echo']);
  });

  test('a page of results stops at its end, and the next page continues in order', async () => {
    assert.deepEqual(await titles('harbour', { order: 'newest' }, 2), ['bravo', 'charlie']);
    const next = await page.evaluate(async (api) => {
      const { search } = await import(api);
      const answer = search('harbour', {});
      await answer.page(2);
      const batches = [];
      for await (const batch of answer.results(2, 10)) batches.push(await Promise.all(batch.map(async (r: { data(): Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title)));
      return batches.flat();
    }, API);
    assert.deepEqual(next, ['delta', 'echo']);
  });

  test('newest results come a shard at a time, each shard before the next is searched', async () => {
    const batches = await page.evaluate(async (api) => {
      const { search } = await import(api);
      const batches = [];
      for await (const batch of search('harbour', {}).results(0, 10)) batches.push(await Promise.all(batch.map(async (r: { data(): Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title)));
      return batches;
    }, API);
    assert.deepEqual(batches, [['bravo'], ['charlie', 'delta'], ['echo']]);
  });

  test('once the count has merged every shard, the next results still come newest first', async () => {
    const order = await page.evaluate(async (api) => {
      const { search } = await import(api);
      const answer = search('harbour', {});
      await answer.summary();
      return Promise.all((await answer.page(10)).map(async (r: { data(): Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title));
    }, API);
    assert.deepEqual(order, ['bravo', 'charlie', 'delta', 'echo']);
  });

  // Each shard scores by its own word statistics, so relevance across shards is approximate,
  // as it is in Pagefind's mergeIndex.
  test('best match first merges every shard by score, highest first', async () => {
    const scores = await page.evaluate(async (api) => {
      const { search } = await import(api);
      return (await search('harbour', { order: 'relevance' }).page(10)).map((r: { score: number }) => r.score);
    }, API);
    assert.equal(scores.length, 4);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('a filter applies in every shard', async () => {
    assert.deepEqual(await titles('harbour', { order: 'newest', filters: { country: ['Chile'] } }), ['delta', 'echo']);
  });

  test('filter counts are summed over the shards', async () => {
    const counts = await page.evaluate(async (api) => {
      const { search } = await import(api);
      const answer = search('harbour', {});
      return { total: (await answer.summary()).total, filters: await answer.filterCounts() };
    }, API);
    assert.deepEqual(counts.filters.country, { Chile: 2, Norway: 2 });
    assert.equal(counts.total, 4);
  });

  test('the archive-wide counts wait for every shard', async () => {
    const counts = await page.evaluate(async (api) => {
      const { search } = await import(api);
      return search('harbour', { filters: { country: ['Chile'] } }).summary();
    }, API);
    assert.equal(counts.total, 2);
  });

  test('a word in no shard is reported missing, not answered with its indexed prefix', async () => {
    const found = await page.evaluate(async (api) => {
      const { search } = await import(api);
      return search('harbourqx', {}).missing();
    }, API);
    assert.deepEqual(found, ['harbourqx']);
  });

  /**
   * The paths a fresh page fetched to list the first `end` results for `term`, newest first, as
   * the search page asks: first whether a word is missing, then for the results.
   */
  async function fetchedBy(end: number, term = 'harbour'): Promise<string[]> {
    const fresh = await browser.newPage();
    const fetched: string[] = [];
    fresh.context().on('request', (request) => fetched.push(new URL(request.url()).pathname));
    try {
      await fresh.goto(`${server.url}/`);
      await fresh.evaluate(async ({ api, end, term }) => {
        const { search } = await import(api);
        const answer = search(term, {});
        if (!(await answer.missing()).length) await answer.page(end);
      }, { api: API, end, term });
      return fetched;
    } finally {
      await fresh.close();
    }
  }
  const entries = (fetched: string[]) => fetched.filter((p) => p.endsWith('pagefind-entry.json'));

  test('one Pagefind runtime serves every shard: one script, one WebAssembly module, no worker to fetch', async () => {
    const fetched = await fetchedBy(10);
    assert.deepEqual(fetched.filter((p) => /pagefind\.js$/.test(p)), ['/pagefind/pagefind.js']);
    assert.equal(fetched.filter((p) => /pagefind-worker\.js$/.test(p)).length, 0);
    assert.equal(fetched.filter((p) => /wasm\.\w+\.pagefind$/.test(p)).length, 1);
    assert.deepEqual(entries(fetched), ['/pagefind/m-2025-11/', '/pagefind/words/', '/pagefind/m-2024-09/', '/pagefind/undated-all/'].map((f) => `${f}pagefind-entry.json`), 'every shard that holds the word is searched');
  });

  test("the newest shard's entry, metadata and WebAssembly are asked for ahead of Pagefind, once each", async () => {
    const fresh = await browser.newPage();
    try {
      await fresh.goto(`${server.url}/`);
      const fetched = await fresh.evaluate(async (api) => {
        const { search } = await import(api);
        await search('harbour', {}).page(1);
        return performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname + new URL(e.name).search, by: (e as PerformanceResourceTiming).initiatorType }));
      }, API);
      const manifest = await (await fetch(`${server.url}/pagefind/shards.json`)).json();
      const newest = manifest.shards[0];
      assert.equal(newest.first.length, 3);
      for (const file of newest.first) {
        // Asked for by the preload, at the address Pagefind asks for: a second request (Pagefind's
        // own, at another address or not) would mean the one made ahead went unused.
        const requests = fetched.filter((f) => f.path.split('?')[0] === `/pagefind/${newest.folder}${file.split('?')[0]}`);
        assert.deepEqual(requests, [{ path: `/pagefind/${newest.folder}${file}`, by: 'link' }], file);
      }
    } finally {
      await fresh.close();
    }
  });

  test('the newest result needs only the newest shard', async () => {
    assert.deepEqual(entries(await fetchedBy(1)), ['/pagefind/m-2025-11/pagefind-entry.json']);
  });

  test('a word that only an older shard holds fetches that shard and none between', async () => {
    const fetched = await fetchedBy(10, 'undated');
    assert.deepEqual(entries(fetched), ['/pagefind/m-2025-11/', '/pagefind/words/', '/pagefind/undated-all/'].map((f) => `${f}pagefind-entry.json`));
    assert.deepEqual(await titles('undated', {}), ['echo']);
  });

  // The words index lists some words in a shorter form (src/build/shard-words.ts); Pagefind
  // must still find each part it indexes of the words as the article wrote them.
  test('a part of a word in an older shard is found through the words index', async () => {
    for (const part of ['donald', 'phone', 'tuesday', '2024', 'mcdonald']) assert.deepEqual(await titles(part, {}), ['delta'], part);
  });

  test('a word only an older shard holds is not answered by the newest shard with a prefix of it', async () => {
    // The newest shard has "harbour" but not "harbourmaster": Pagefind alone would list Bravo first.
    assert.deepEqual(await titles('harbourmaster', {}), ['charlie']);
    assert.deepEqual(await titles('harbourmaster', { order: 'relevance' }), ['charlie']);
    const total = await page.evaluate(async (api) => (await (await import(api)).search('harbourmaster', {}).summary()).total, API);
    assert.equal(total, 1);
  });

  test('a phrase in quotes is found in an older shard: the words index is asked for its words', async () => {
    assert.deepEqual(await titles('"harbour strike"', {}), ['delta']);
  });

  test('a word in no article is found missing without fetching any other shard', async () => {
    const fetched = await fetchedBy(10, 'harbourqx');
    assert.deepEqual(entries(fetched), ['/pagefind/m-2025-11/', '/pagefind/words/'].map((f) => `${f}pagefind-entry.json`));
  });

  test('the browser reported no errors', () => {
    assert.deepEqual(errors, [], `the browser reported errors:\n${errors.join('\n')}`);
  });
});
