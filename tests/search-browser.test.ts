// Search as a reader uses it, in a real browser under the site's real Content-Security-Policy:
// a tiny archive of four fixture articles is ingested, rendered by Eleventy, indexed by
// Pagefind and served over loopback, once for the whole file.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { runEleventy } from '../src/build/eleventy.ts';
import { runPagefind } from '../src/build/pagefind.ts';
import { searchDocuments } from '../src/site/search-document.ts';
import { loadRecords } from '../src/site/records.ts';
import { projectPaths } from '../src/cli/paths.ts';
import { serveStatic, type RunningServer } from '../src/serve/static-server.ts';
import { derivedSlug } from '../src/record/slug.ts';
import { shortDate } from '../src/site/filters/reader-date.ts';
import { browserSkip, launchBrowser, watchErrors, axeViolations, describeViolations } from './helpers/browser.ts';
import { searchFor, shownResults, SEARCH_INPUT, RESULT_LINK } from './helpers/search-page.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'search');
const FAVICON = /\/favicon\.ico\b/;

// The fixtures' front matter fixes these, so results are predictable.
const ORCHIDS_TITLE = 'Botanists Catalogue Rare Orchids In The Pamir Valleys';
const ORCHIDS = { title: ORCHIDS_TITLE, slug: derivedSlug(ORCHIDS_TITLE, 'content/raw/01-zygomorphic-orchids.txt') };
const COTTON_TJ = 'Cotton Harvest Begins Early In Southern Tajikistan'; // 2024-09-15
const COTTON_KZ = 'Kazakhstan Expands Cotton Exports To China'; // 2023-03-01
const COTTON_UZ = 'Uzbek Textile Makers Meet Foreign Buyers At Cotton Fair'; // undated

describe('search in a real browser', { skip: browserSkip() }, () => {
  let project: string;
  let server: RunningServer;
  let browser: Browser;
  let indexed: { pages: number; indexBytes: number; shards: number; reused: number };

  before(async () => {
    // First, so a missing browser in CI fails in a second rather than after a build.
    browser = await launchBrowser();
    project = await mkdtemp(path.join(os.tmpdir(), 'search-browser-'));
    const paths = projectPaths(project);
    await cp(FIXTURES, paths.rawDir, { recursive: true });
    const ingest = await runIngest({ ...paths, today: '2026-01-01' });
    assert.equal(ingest.records.length, 4, 'every fixture article should ingest');
    await runEleventy(paths);
    // Two articles a shard, so every test below searches an index split in three (two shards
    // of months, one of undated articles), as a large archive's is: newest first and the filter
    // counts must hold across shards.
    indexed = await runPagefind({ ...paths, documents: searchDocuments(await loadRecords(paths.recordsDir)), shardSize: 2 });
    server = await serveStatic(paths.outDir);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (project) await rm(project, { recursive: true, force: true });
  });

  /** A fresh page for one test; afterwards, anything the console showed as an error fails it. */
  async function withPage(work: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // The favicon has its own test below, so one missing icon does not fail every test.
    const errors = watchErrors(page, { ignore: [FAVICON] });
    try {
      await work(page);
      // Late errors (a failed fetch after the last assertion) still count.
      await page.waitForLoadState('networkidle');
      assert.deepEqual(errors, [], `the browser reported errors:\n${errors.join('\n')}`);
    } finally {
      await context.close();
    }
  }

  test('the index holds the four articles and nothing else, in three shards', () => {
    assert.equal(indexed.pages, 4);
    assert.equal(indexed.shards, 3);
    assert.ok(indexed.indexBytes > 0);
  });

  // The tests below trust the error watch to notice anything the CSP refuses; prove that it does.
  test('the site is served with its CSP, and a refused inline script is reported', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${server.url}/search/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'document.title = "inline ran"';
        document.head.append(script);
      });
      await page.waitForFunction(() => document.readyState === 'complete');
      assert.notEqual(await page.title(), 'inline ran');
      assert.ok(errors.some((e) => /Content Security Policy/i.test(e)), `expected a CSP error, got:\n${errors.join('\n')}`);
    } finally {
      await context.close();
    }
  });

  test('a word found in one article only returns that article first, with the word highlighted', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/`);
      const shown = await searchFor(page, 'zygomorphic');
      assert.equal(shown.titles[0], ORCHIDS.title);
      assert.equal(shown.titles.length, 1);
      assert.equal(shown.hrefs[0], `/articles/${ORCHIDS.slug}/?highlight=zygomorphic`);
      const marked = await page.locator('.search-result-excerpt mark').allTextContents();
      assert.deepEqual(marked.map((m) => m.toLowerCase()), ['zygomorphic']);
      // Screen readers hear the count through the page's live region.
      assert.equal(await page.getByRole('status').textContent(), shown.message);
      // The search is kept in the address, so it can be bookmarked and returned to with Back.
      assert.equal(new URL(page.url()).searchParams.get('q'), 'zygomorphic');
    });
  });

  test('a word that appeared only in boilerplate removed by the ingest finds nothing', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/`);
      // The article itself is searchable; only its "Follow ... on Telegram" footer is gone.
      assert.deepEqual((await searchFor(page, 'Turkestan')).titles, [COTTON_KZ]);
      const shown = await searchFor(page, 'Quokkagram');
      assert.deepEqual(shown.titles, []);
      assert.equal(shown.message, 'No articles contain ‘Quokkagram’.');
    });
  });

  test('results come newest first, undated articles last, with dates as the site writes them', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/?q=cotton`);
      const all = await shownResults(page, 'cotton');
      assert.deepEqual(all.titles, [COTTON_TJ, COTTON_KZ, COTTON_UZ]);
      assert.equal(all.message, '3 articles for ‘cotton’');
      const facts = await page.locator('.search-result-facts').allTextContents();
      assert.deepEqual(facts, [`${shortDate('2024-09-15')} · Khovar`, `${shortDate('2023-03-01')} · Kazinform`, 'Date not stated · Dunyo']);
    });
  });

  test('a country filter lists its values with counts, narrows the results, and is kept in the address', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/?q=cotton`);
      await shownResults(page, 'cotton');
      const country = page.getByRole('group', { name: 'Country' });
      await country.waitFor();
      assert.deepEqual((await country.locator('label').allTextContents()).map((t) => t.trim()), ['Kazakhstan (1)', 'Tajikistan (1)', 'Uzbekistan (1)']);
      // Years newest first, undated last.
      assert.deepEqual((await page.getByRole('group', { name: 'Year' }).locator('label').allTextContents()).map((t) => t.trim()), ['2024 (1)', '2023 (1)', 'Undated (1)']);
      await country.getByLabel(/Kazakhstan/).check();
      await page.waitForFunction((link) => document.querySelectorAll(link).length === 1, RESULT_LINK);
      assert.deepEqual((await shownResults(page, 'cotton')).titles, [COTTON_KZ]);
      assert.equal(new URL(page.url()).search, '?q=cotton&country=Kazakhstan');
      // Values with no result in the narrowed search are not offered.
      assert.deepEqual((await page.getByRole('group', { name: 'Topic' }).locator('label').count()) > 0, true);
      assert.deepEqual((await country.locator('label').allTextContents()).map((t) => t.trim()), ['Kazakhstan (1)']);
      // Reload restores the narrowed search; Back restores the one before it.
      await page.reload();
      assert.deepEqual((await shownResults(page, 'cotton')).titles, [COTTON_KZ]);
      assert.equal(await page.getByRole('group', { name: 'Country' }).getByLabel(/Kazakhstan/).isChecked(), true);
      await page.goBack();
      await page.waitForFunction((link) => document.querySelectorAll(link).length === 3, RESULT_LINK);
      assert.deepEqual((await shownResults(page, 'cotton')).titles, [COTTON_TJ, COTTON_KZ, COTTON_UZ]);
    });
  });

  test('best match first is a choice kept in the address', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/?q=cotton`);
      await shownResults(page, 'cotton');
      await page.getByLabel('Order').selectOption('relevance');
      await page.waitForURL(/order=relevance/);
      const best = await shownResults(page, 'cotton');
      assert.equal(best.titles.length, 3);
      await page.reload();
      assert.equal(await page.getByLabel('Order').inputValue(), 'relevance');
    });
  });

  test('a word in no article says so instead of showing the articles that hold a prefix of it', async () => {
    await withPage(async (page) => {
      // A brand name no article mentions: Pagefind alone answers it with every "cotton" article.
      await page.goto(`${server.url}/search/?q=Cottonex`);
      const shown = await shownResults(page, 'Cottonex');
      assert.deepEqual(shown.titles, []);
      assert.equal(shown.message, 'No articles contain ‘Cottonex’.');
      // The start of a real word still finds it.
      assert.deepEqual((await searchFor(page, 'zygomorph')).titles, [ORCHIDS.title]);
    });
  });

  // The search has read the first result's text already (to see that its words were found);
  // starting the other results' fetches first would hold it up by a few ms each.
  test('the first result shows before the text of the others is fetched', async () => {
    await withPage(async (page) => {
      await page.addInitScript(() => {
        new MutationObserver((_changes, observer) => {
          if (!document.querySelector('.search-result')) return;
          Object.assign(window, { firstShown: performance.now() });
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      // Both articles of the newest shard say "summer": one batch of two results.
      await page.goto(`${server.url}/search/?q=summer`);
      const shown = await shownResults(page, 'summer');
      assert.deepEqual(shown.titles.slice(0, 2), [COTTON_TJ, ORCHIDS_TITLE]);
      const fetches = await page.evaluate(() => {
        const first = (window as unknown as { firstShown: number }).firstShown;
        return performance.getEntriesByType('resource').filter((e) => e.name.includes('/fragment/')).map((e) => (e.startTime < first ? 'before' : 'after'));
      });
      assert.deepEqual(fetches.slice(0, 2), ['before', 'after']);
    });
  });

  // A shared link can name a filter value that no article has any more.
  test('a filter no article matches says so, in either order, with no error', async () => {
    for (const order of ['newest', 'relevance']) {
      await withPage(async (page) => {
        await page.goto(`${server.url}/search/?country=Atlantis&order=${order}`);
        await page.waitForFunction(() => /^No articles found/.test(document.querySelector('#search-status')?.textContent ?? ''));
        assert.equal(await page.locator('.search-result').count(), 0);
      });
    }
  });

  test('the search box has the focus, and the filters are folded on a phone but open on a wide screen', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/?q=cotton`);
      await shownResults(page, 'cotton');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');
      assert.equal(await page.locator('#search-filters').evaluate((d: HTMLDetailsElement) => d.open), true);
    });
    await withPage(async (page) => {
      await page.goto(`${server.url}/search/?q=cotton`);
      await shownResults(page, 'cotton');
      assert.equal(await page.locator('#search-filters').evaluate((d: HTMLDetailsElement) => d.open), false);
      assert.equal(await page.getByRole('group', { name: 'Country' }).isVisible(), false);
    }, { viewport: { width: 390, height: 800 } });
  });

  test('a country page names what it most often goes with, and a count opens the search for the articles with both', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/countries/tajikistan/`);
      const section = page.getByRole('region', { name: 'Most often with' });
      const topic = section.locator('h3', { hasText: 'Topics' }).locator('xpath=..').locator('li').first();
      const count = Number(await topic.locator('.count a').textContent());
      assert.ok(count >= 1);
      await topic.locator('.count a').click();
      await page.waitForURL(/\/search\/\?country=Tajikistan&topic=/);
      await page.waitForFunction((link) => document.querySelectorAll(link).length > 0, RESULT_LINK);
      await page.waitForFunction(() => /^\d+ articles? for/.test(document.querySelector('#search-status')?.textContent ?? ''));
      assert.equal(await page.locator(RESULT_LINK).count(), count);
    });
  });

  test('the header search form on the home page lands on the results', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`);
      const form = page.locator('header').getByRole('search');
      await form.getByRole('searchbox').fill('zygomorphic');
      await form.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/\/search\/\?q=zygomorphic$/);
      assert.deepEqual((await shownResults(page, 'zygomorphic')).titles, [ORCHIDS.title]);
      assert.equal(await page.locator(SEARCH_INPUT).inputValue(), 'zygomorphic');
    });
  });

  test('search works with the keyboard alone, and the article shows the searched word', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`);
      await tabUntil(page, 'input[type="search"][name="q"]', 'the header search box');
      await page.keyboard.type('zygomorphic');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=zygomorphic$/);
      await shownResults(page, 'zygomorphic');
      await tabUntil(page, RESULT_LINK, 'the first result');
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`/articles/${ORCHIDS.slug}/\\?highlight=zygomorphic$`));
      await page.locator('mark.pagefind-highlight').first().waitFor();
      const marked = await page.locator('mark.pagefind-highlight').allTextContents();
      assert.deepEqual(marked.map((m) => m.toLowerCase()), ['zygomorphic']);
    });
  });

  // Browsers ask for an icon on every visit; with none, the console shows a failed request for
  // /favicon.ico. Chromium asks at unpredictable moments, so this checks the cause directly.
  test('the site has an icon, so browsers log no failed /favicon.ico request', async () => {
    await withPage(async (page) => {
      await page.goto(`${server.url}/`);
      const linked = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? null);
      const url = linked ?? `${server.url}/favicon.ico`;
      // A data: URL (allowed by the CSP's img-src) needs no request at all.
      if (url.startsWith('data:')) return;
      const response = await page.request.get(url);
      assert.equal(response.status(), 200, `no icon: add <link rel="icon" href="..."> to the base layout, or a /favicon.ico (looked for ${url})`);
    });
  });

  describe('no accessibility violations (axe-core)', () => {
    for (const [name, url] of [
      ['home page', '/'],
      ['an article', `/articles/${ORCHIDS.slug}/`],
      ['a country page', '/countries/tajikistan/'],
      ['who met whom', '/relations/'],
      ['the countries with their map', '/countries/'],
      ['the organisations', '/organizations/'],
    ] as const) {
      test(name, async () => {
        await withPage(async (page) => {
          await page.goto(`${server.url}${url}`);
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, describeViolations(`${name} ${url}`, violations));
        });
      });
    }

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`the search page with results and filters, ${colorScheme} mode`, async () => {
        await withPage(async (page) => {
          await page.goto(`${server.url}/search/?q=cotton`);
          await shownResults(page, 'cotton');
          const violations = await axeViolations(page);
          assert.equal(violations.length, 0, describeViolations(`search page (${colorScheme}) /search/?q=cotton`, violations));
        }, { colorScheme });
      });
    }
  });
});

/** Presses Tab until the focused element matches the selector; fails if it never does. */
async function tabUntil(page: Page, selector: string, what: string, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${what} within ${limit} presses`);
}
