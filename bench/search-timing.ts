// Times a search the way a reader meets it: open /search/?q=word in a fresh headless Chromium
// (empty cache) and wait for the first result, counting every byte the page fetched on the way.
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../src/serve/static-server.ts';
import type { SearchQuery } from './report.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** Pagefind UI's result items; overridable for a site that renders results itself. */
export const DEFAULT_RESULT_SELECTOR = '.pagefind-ui__result';

export async function timeSearches(siteDir: string, queries: string[], selector = DEFAULT_RESULT_SELECTOR): Promise<SearchQuery[]> {
  const server = await serveStatic(siteDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const results: SearchQuery[] = [];
    for (const query of queries) results.push(await timeOne(browser, `${server.url}/search/?q=${encodeURIComponent(query)}`, query, selector));
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function timeOne(browser: Browser, url: string, query: string, selector: string): Promise<SearchQuery> {
  // A new context per query: nothing cached, as for a first-time reader.
  const context = await browser.newContext();
  const page = await context.newPage();
  // Pagefind searches in a Web Worker, whose fetches (index chunks, WebAssembly) a CDP session on
  // the page does not see; Playwright's context events cover the page and its workers alike.
  let bytes = 0;
  let requests = 0;
  context.on('requestfinished', async (request) => {
    const sizes = await request.sizes().catch(() => null);
    if (!sizes) return;
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
    requests++;
  });
  // The page itself notes when the first result enters the DOM, in ms since navigation start,
  // so the time does not include the round trips of asking the browser from here.
  await page.addInitScript((sel: string) => {
    new MutationObserver((_m, observer) => {
      if (document.querySelector(sel)) {
        (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  try {
    await page.goto(url);
    // A query that finds nothing never shows a result: report it as such rather than hang.
    const found = await page.waitForSelector(selector, { timeout: 30_000 }).then(() => true, () => false);
    if (!found) return { query, ms: NaN, results: 0, bytes, requests };
    const ms = await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
    // Sizes arrive asynchronously; a moment lets the last fragments' events land.
    await page.waitForTimeout(300);
    const shown = await page.locator(selector).count();
    return { query, ms, results: shown, bytes, requests };
  } finally {
    await context.close();
  }
}
