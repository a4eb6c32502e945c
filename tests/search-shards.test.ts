// The search API over a sharded index (site/assets/pagefind-shards/pagefind.js), in a real
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

const ADAPTER = fileURLToPath(new URL('../site/assets/pagefind-shards/pagefind.js', import.meta.url));
/** Where the site serves the adapter, as the search page does. */
const API = '/assets/pagefind-shards/pagefind.js';

// Two pages a shard: [Alpha, Bravo], [Charlie, Delta], [Echo]. Only Alpha lacks "harbour".
const PAGES = [
  { slug: 'alpha', date: '2024-12-01', country: 'Norway', text: 'fjord ferries' },
  { slug: 'bravo', date: '2024-11-01', country: 'Norway', text: 'the harbour reopened' },
  { slug: 'charlie', date: '2024-10-01', country: 'Norway', text: 'harbour harbour harbour harbour cranes at the harbour' },
  { slug: 'delta', date: '2024-09-01', country: 'Chile', text: 'a harbour strike' },
  { slug: 'echo', date: '0000-00-00', country: 'Chile', text: 'an undated harbour note' },
];

const articleHtml = (p: (typeof PAGES)[number]) => `<!doctype html><html lang="en"><head><title>${p.slug}</title></head><body>
<article data-pagefind-body><h1 data-pagefind-meta="title">${p.slug}</h1><p>${p.text}</p></article>
<div hidden><span data-pagefind-sort="date:${p.date}"></span><span data-pagefind-filter="country">${p.country}</span></div>
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
    await mkdir(path.join(site, 'assets', 'pagefind-shards'), { recursive: true });
    await cp(ADAPTER, path.join(site, API));
    assert.equal((await runPagefind({ outDir: site, shardSize: 2 })).shards, 3);
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

  /** Titles of the results, in order, as the search page would list them. */
  const titles = (term: string, options: object) =>
    page.evaluate(async ({ api, term, options }) => {
      const pagefind = await import(api);
      const found = await pagefind.search(term, options);
      return Promise.all(found.results.map(async (r: { data(): Promise<{ meta: { title: string } }> }) => (await r.data()).meta.title));
    }, { api: API, term, options });

  test('newest first across every shard, undated last', async () => {
    assert.deepEqual(await titles('harbour', { sort: { date: 'desc' } }), ['bravo', 'charlie', 'delta', 'echo']);
  });

  test('oldest first when asked, undated first', async () => {
    assert.deepEqual(await titles('harbour', { sort: { date: 'asc' } }), ['echo', 'delta', 'charlie', 'bravo']);
  });

  // Each shard scores by its own word statistics, so relevance across shards is approximate:
  // Pagefind's mergeIndex has the same limit. The search page always sorts by date.
  test('without a sort, results from every shard are merged by score, highest first', async () => {
    const scores = await page.evaluate(async (api) => {
      const pagefind = await import(api);
      return (await pagefind.search('harbour', {})).results.map((r: { score: number }) => r.score);
    }, API);
    assert.equal(scores.length, 4);
    assert.deepEqual(scores, [...scores].sort((a, b) => b - a));
  });

  test('a filter applies in every shard', async () => {
    assert.deepEqual(await titles('harbour', { sort: { date: 'desc' }, filters: { country: 'Chile' } }), ['delta', 'echo']);
  });

  test('filter counts are summed over the shards, for a search and for the whole index', async () => {
    const counts = await page.evaluate(async (api) => {
      const pagefind = await import(api);
      const found = await pagefind.search('harbour', { sort: { date: 'desc' } });
      return { search: found.filters.country, all: (await pagefind.filters()).country, total: found.unfilteredResultCount };
    }, API);
    assert.deepEqual(counts, { search: { Chile: 2, Norway: 2 }, all: { Chile: 2, Norway: 3 }, total: 4 });
  });

  test('a debounced search replaced by a newer one answers null, and the newer one answers', async () => {
    const answers = await page.evaluate(async (api) => {
      const pagefind = await import(api);
      const [first, second] = await Promise.all([
        pagefind.debouncedSearch('fjord', {}, 50),
        pagefind.debouncedSearch('harbour', {}, 50),
      ]);
      return [first, second?.results.length];
    }, API);
    assert.deepEqual(answers, [null, 4]);
  });

  test('the browser reported no errors', () => {
    assert.deepEqual(errors, [], `the browser reported errors:\n${errors.join('\n')}`);
  });
});
