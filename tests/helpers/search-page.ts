// Reading the search page the way a reader sees it: type, wait for the announced result count,
// read the result titles in order.
import type { Page } from 'playwright-core';

export const SEARCH_INPUT = '#search-input';
export const RESULT_LINK = '.search-result h2 a';
export const MESSAGE = '#search-status';
/** The finished states of the message: "3 articles for ‘cotton’", or a no-result message. */
const DONE = /^\s*(\d+ articles? for|no articles (found for|contain))/;

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
 * Waits until the page announces results for these words and every announced result (up to a
 * page) is listed, then reads them.
 */
export async function shownResults(page: Page, words: string): Promise<ShownResults> {
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
      // Ten to a page (search.js PAGE_SIZE); the rest wait for "More results".
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
