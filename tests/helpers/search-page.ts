// Reading Pagefind's Default UI the way a reader sees it: type, wait for the announced result
// count, read the result titles in order.
import type { Page } from 'playwright-core';

export const SEARCH_INPUT = '.pagefind-ui__search-input';
export const RESULT_LINK = '.pagefind-ui__result-link';
const MESSAGE = '.pagefind-ui__message';
/** The finished states of the message: "3 results for cotton", or search.js's zero_results text. */
const DONE = /^\s*(\d+ results? for|no articles found for)/;

export interface ShownResults {
  message: string;
  titles: string[];
  hrefs: string[];
}

/** Types the words into the search page's box, as a reader would, and waits for the results. */
export async function searchFor(page: Page, words: string): Promise<ShownResults> {
  const input = page.locator(SEARCH_INPUT);
  await input.click();
  await input.fill('');
  await input.pressSequentially(words);
  return shownResults(page, words);
}

/**
 * Waits until the UI announces results for these words and every announced result (up to a
 * page) has loaded its title, then reads them. Pagefind shows the count first and fills in
 * each result as its fragment arrives.
 */
export async function shownResults(page: Page, words: string): Promise<ShownResults> {
  // Pagefind first says "Searching for <words>..." (which also names the words), then the count.
  await page.waitForFunction(
    ({ selector, words, done }) => {
      const text = document.querySelector(selector)?.textContent ?? '';
      return text.includes(words) && new RegExp(done, 'i').test(text);
    },
    { selector: MESSAGE, words, done: DONE.source },
  );
  await page.waitForFunction(
    ({ message, link }) => {
      const text = document.querySelector(message)?.textContent ?? '';
      const count = Number(/^\s*(\d+)/.exec(text)?.[1] ?? 0);
      // Ten to a page (search.js pageSize); results further down wait for "Load more".
      return document.querySelectorAll(link).length === Math.min(count, 10);
    },
    { message: MESSAGE, link: RESULT_LINK },
  );
  const links = page.locator(RESULT_LINK);
  return {
    message: ((await page.locator(MESSAGE).textContent()) ?? '').trim(),
    titles: (await links.allTextContents()).map((t) => t.trim()),
    hrefs: await links.evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? '')),
  };
}
