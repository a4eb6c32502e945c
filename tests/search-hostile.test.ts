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
import { searchDocuments } from '../src/site/search-document.ts';
import { loadRecords } from '../src/site/records.ts';
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
    await runPagefind({ ...project, documents: searchDocuments(await loadRecords(project.recordsDir)) });
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
      const source = page.getByRole('group', { name: 'Source' });
      await source.waitFor();
      const labels = await source.locator('label').allTextContents();
      assert.ok(labels.some((l) => l.includes(CREDIT)), `labels: ${labels.join(' | ')}`);
      assert.ok(labels.some((l) => l.includes(GIVEN)), `labels: ${labels.join(' | ')}`);
      // The excerpt shows the text's markup as characters.
      const excerpts = await page.locator('.search-result-excerpt').allTextContents();
      assert.ok(excerpts.some((e) => e.includes('<img src=y')), `excerpts: ${excerpts.join(' | ')}`);
      assert.equal(await page.locator('main img, main svg').count(), 0);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
      // The value still filters: choosing it leaves the one article it names.
      await source.getByLabel(/Evil<img/).check();
      await page.waitForFunction(() => /^\s*1 article for/.test(document.querySelector('#search-status')?.textContent ?? ''));
      assert.deepEqual(await page.locator('.search-result h2 a').allTextContents(), ['Water talks']);
    } finally {
      await context.close();
    }
  });
});
