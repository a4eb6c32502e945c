// Article text is data on the search page too, even on a host that sends no security headers:
// a source name written as markup is shown as text in the filters, never made into an element.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { runEleventy } from '../src/build/eleventy.ts';
import { runPagefind } from '../src/build/pagefind.ts';
import { projectPaths } from '../src/cli/paths.ts';
import { serveStatic, type RunningServer } from '../src/serve/static-server.ts';
import { browserSkip, launchBrowser } from './helpers/browser.ts';
import { shownResults } from './helpers/search-page.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const CREDIT = 'Evil<img src=x onerror=window.__pwned=1>';
const GIVEN = '<svg onload=window.__pwned=2>Wire';

describe('hostile text on the search page', { skip: browserSkip() }, () => {
  let project: TempProject;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    browser = await launchBrowser();
    project = await tempProject();
    await project.addRaw('a.txt', `Water talks\n\nDUSHANBE, 03.03.2023 (${CREDIT}) – The ministers of Tajikistan and Uzbekistan discussed water and energy in Dushanbe.\n`);
    await project.addRaw('b.txt', `---\nsource: "${GIVEN}"\n---\nRiver levels\n\nTASHKENT, 04.03.2023 – Water levels in the rivers of Uzbekistan rose, officials said, and <img src=y onerror=window.__pwned=3> appeared in the text.\n`);
    const ingest = await runIngest({ ...project, today: '2026-01-01' });
    assert.equal(ingest.records.length, 2);
    await runEleventy(project);
    await runPagefind(project);
    server = await serveStatic(project.outDir);
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await project?.remove();
  });

  test('filter values and excerpts written as markup are shown as text and never run, with no CSP header', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // As on a static host that sends no headers: only the pages' own <meta> policy applies.
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        delete headers['content-security-policy'];
        await route.fulfill({ response, headers });
      });
      await page.goto(`${server.url}/search/?q=water`);
      await shownResults(page, 'water');
      await page.locator('.pagefind-ui__filter-name', { hasText: /source/i }).click();
      const labels = await page.locator('.pagefind-ui__filter-label').allTextContents();
      assert.ok(labels.some((l) => l.includes(CREDIT)), `labels: ${labels.join(' | ')}`);
      assert.ok(labels.some((l) => l.includes(GIVEN)), `labels: ${labels.join(' | ')}`);
      assert.equal(await page.locator('.pagefind-ui img, .pagefind-ui svg:not(.pagefind-ui__search-clear svg)').count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      // The escaped value still filters: choosing it leaves the one article it names.
      await page.locator('.pagefind-ui__filter-label', { hasText: 'Evil<img' }).click();
      await page.waitForFunction(() => /^\s*1 result/.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
      assert.deepEqual(await page.locator('.pagefind-ui__result-link').allTextContents(), ['Water talks']);
    } finally {
      await context.close();
    }
  });
});
