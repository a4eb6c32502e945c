// Times a search the way a reader meets it: open /search/?q=word in a fresh headless Chromium
// (empty cache) and wait for the first result, counting every byte the page fetched on the way.
import { chromium, type Browser } from 'playwright-core';
import { serveStatic } from '../src/serve/static-server.ts';
import type { SearchQuery } from './report.ts';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
/** The search page's result items (site/assets/search.js); overridable for another site. */
export const DEFAULT_RESULT_SELECTOR = '.search-result';

/** What the server sent: each response's bytes on the wire (gzip as sent) and when it ended. */
interface Sent { at: number; bytes: number }

/**
 * `latencyMs`: each request's round trip, as Chromium emulates a network (0: none, as on
 * 127.0.0.1). On a network a search waits on each fetch that needs the one before it.
 */
export async function timeSearches(siteDir: string, queries: string[], selector = DEFAULT_RESULT_SELECTOR, latencyMs = 0): Promise<SearchQuery[]> {
  const server = await serveStatic(siteDir);
  // Counted at the server, so fetches from Pagefind's worker are never missed. Chromium sends
  // one request at a time on a connection, so what a socket wrote since its last response
  // ended is this response.
  const sent: Sent[] = [];
  const written = new WeakMap<object, number>();
  server.server.on('request', (req, res) => {
    // The response lets go of its socket once it has finished; the request keeps it.
    const socket = req.socket;
    res.on('finish', () => {
      const before = written.get(socket) ?? 0;
      written.set(socket, socket.bytesWritten);
      sent.push({ at: Date.now(), bytes: socket.bytesWritten - before });
    });
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const results: SearchQuery[] = [];
    for (const query of queries) results.push(await timeOne(browser, `${server.url}/search/?q=${encodeURIComponent(query)}`, query, selector, sent, latencyMs));
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function timeOne(browser: Browser, url: string, query: string, selector: string, sent: Sent[], latencyMs: number): Promise<SearchQuery> {
  sent.length = 0;
  // A new context per query: nothing cached, as for a first-time reader.
  const context = await browser.newContext();
  const page = await context.newPage();
  if (latencyMs > 0) {
    const session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', { offline: false, latency: latencyMs, downloadThroughput: -1, uploadThroughput: -1 });
  }
  // The page itself notes when the first result enters the DOM, in ms since navigation start
  // and as a clock time to compare with the server's, so the time does not include the round
  // trips of asking the browser from here.
  await page.addInitScript((sel: string) => {
    new MutationObserver((_m, observer) => {
      if (document.querySelector(sel)) {
        Object.assign(window, { firstResultAt: performance.now(), firstResultClock: performance.timeOrigin + performance.now() });
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  try {
    await page.goto(url);
    // A query that finds nothing never shows a result: report it as such rather than hang.
    const found = await page.waitForSelector(selector, { timeout: 30_000 }).then(() => true, () => false);
    const { ms, clock } = found
      ? await page.evaluate(() => ({ ms: (window as unknown as { firstResultAt: number }).firstResultAt, clock: (window as unknown as { firstResultClock: number }).firstResultClock }))
      : { ms: NaN, clock: Infinity };
    const shown = found ? await page.locator(selector).count() : 0;
    // Everything the server had sent when the first results showed (a few ms of slack for
    // the two clocks' rounding).
    const before = sent.filter((s) => s.at <= clock + 5);
    return { query, ms, results: shown, bytes: before.reduce((sum, s) => sum + s.bytes, 0), requests: before.length };
  } finally {
    await context.close();
  }
}
