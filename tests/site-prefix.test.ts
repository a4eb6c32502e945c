// A site published in a folder (https://example.org/news/): every link, the stylesheet, the
// scripts, the search index and its results, the feeds and the sitemap live under /news/.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { runBuild } from '../src/build/run-build.ts';
import { serveStatic, type RunningServer } from '../src/serve/static-server.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';
import { browserSkip, launchBrowser, watchErrors } from './helpers/browser.ts';
import { shownResults } from './helpers/search-page.ts';

const FIXTURES = fileURLToPath(new URL('./fixtures/search', import.meta.url));
const PREFIX = '/news/';
const SITE = 'https://example.org/news';

let project: TempProject;
let pages: { file: string; html: string }[];
before(async () => {
  project = await tempProject();
  await cp(FIXTURES, project.rawDir, { recursive: true });
  await mkdir(path.join(project.root, 'content'), { recursive: true });
  await writeFile(path.join(project.root, 'content', 'site.yml'), `url: ${SITE}/\n`);
  await runBuild({ ...project, today: '2026-01-01' });
  const files = (await readdir(project.outDir, { recursive: true })).filter((f) => f.endsWith('.html'));
  pages = await Promise.all(files.map(async (file) => ({ file, html: await readFile(path.join(project.outDir, file), 'utf8') })));
});
after(() => project.remove());

/** Every URL in an href, src or action attribute of the page. */
const links = (html: string) => [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) => m[1]!);

test('every link in every page starts with the folder or is a full address, and leads to a file of the site', () => {
  assert.ok(pages.length > 10);
  for (const { file, html } of pages) {
    for (const link of links(html)) {
      if (/^(?:https?:|mailto:|#|data:)/.test(link)) continue;
      assert.ok(link.startsWith(PREFIX), `${file}: ${link} is outside ${PREFIX}`);
      const target = decodeURIComponent(link.slice(PREFIX.length).replace(/[?#].*$/, ''));
      const onDisk = path.join(project.outDir, target.endsWith('/') || target === '' ? `${target}index.html` : target);
      assert.ok(existsSync(onDisk), `${file}: ${link} leads nowhere`);
    }
  }
});

test('feeds, the sitemap and the canonical links give addresses in the folder', async () => {
  const feed = await readFile(path.join(project.outDir, 'feed.xml'), 'utf8');
  const sitemap = await readFile(path.join(project.outDir, 'sitemap.xml'), 'utf8');
  for (const xml of [feed, sitemap]) {
    const addresses = [...xml.matchAll(/(?:href="|<loc>|<id>)(https?:[^"<]+)/g)].map((m) => m[1]!);
    assert.ok(addresses.length > 3);
    for (const address of addresses) assert.ok(address.startsWith(`${SITE}/`), address);
  }
  const article = pages.find((p) => p.file.startsWith('articles'))!;
  assert.match(article.html, new RegExp(`<link rel="canonical" href="${SITE}/articles/`));
});

describe('searching the site in its folder', { skip: browserSkip() }, () => {
  let browser: Browser;
  let server: RunningServer;
  before(async () => {
    browser = await launchBrowser();
    server = await serveStatic(project.outDir, { prefix: PREFIX });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('search finds articles and its results lead to them, with the stylesheet and the highlight', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page, { ignore: [/\/favicon\.ico\b/] });
    try {
      await page.goto(`${server.url}${PREFIX}search/?q=zygomorphic`);
      const shown = await shownResults(page, 'zygomorphic');
      assert.equal(shown.titles.length, 1);
      assert.match(shown.hrefs[0]!, new RegExp(`^${PREFIX}articles/.+/\\?highlight=zygomorphic$`));
      await page.locator('.search-result h2 a').click();
      await page.locator('mark.pagefind-highlight').first().waitFor();
      // The stylesheet loaded: the page has the site's font stack, not the browser's default.
      assert.match(await page.evaluate(() => getComputedStyle(document.body).fontFamily), /system-ui/);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  test('the root of the server leads to the folder', async () => {
    const response = await fetch(`${server.url}/`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), PREFIX);
  });
});
