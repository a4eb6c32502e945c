// Qualities a reader notices without reading: valid HTML, no broken links, small pages, nothing
// the site's Content-Security-Policy would block, and a build that does not depend on the cwd.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, stat, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { buildFixtureSite, listFiles, linksIn, fileFor, SITE_URL, type BuiltSite } from './site-helpers.ts';

let site: BuiltSite;
let htmlFiles: string[];
const startCwd = process.cwd();

before(async () => {
  // Built from an unrelated working directory.
  process.chdir(tmpdir());
  site = await buildFixtureSite();
  htmlFiles = await listFiles(site.outDir, '.html');
});
after(async () => {
  process.chdir(startCwd);
  await rm(site.root, { recursive: true, force: true });
});

test('the build works from any working directory and reports the pages it wrote', () => {
  assert.ok(htmlFiles.length > 60);
  assert.equal(site.pages, htmlFiles.length);
});

test('every internal link and asset reference resolves to a built file, in pages, feeds and the sitemap', async () => {
  const broken: string[] = [];
  for (const file of [...htmlFiles, ...(await listFiles(site.outDir, '.xml'))]) {
    const text = await readFile(file, 'utf8');
    // Feeds and the sitemap link with absolute URLs on the site's own address.
    const xmlLinks = [...text.matchAll(/<(?:loc|id)>([^<]*)<\/(?:loc|id)>/g)].map((m) => m[1]);
    for (const found of [...linksIn(text), ...xmlLinks]) {
      const link = found.startsWith(SITE_URL) ? found.slice(SITE_URL.length) || '/' : found;
      // /search/ comes from the search stage's page and /pagefind/ from the indexer; both are
      // checked here only when present in this build.
      if (!link.startsWith('/') || link.startsWith('//') || link.startsWith('/pagefind/')) continue;
      if (!existsSync(fileFor(site.outDir, link))) broken.push(`${path.relative(site.outDir, file)} -> ${link}`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every page passes html-validate with the project rules', async () => {
  const config = JSON.parse(await readFile(path.join(import.meta.dirname, '..', '.htmlvalidate.json'), 'utf8'));
  const validator = new HtmlValidate(new FileSystemConfigLoader(config));
  const problems: string[] = [];
  for (const file of htmlFiles) {
    const report = await validator.validateString(await readFile(file, 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${path.relative(site.outDir, file)}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  assert.deepEqual(problems.slice(0, 40), []);
});

test('no page has inline script, inline style or a resource from another origin', async () => {
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8');
    // A JSON-LD data block is not script: browsers never run it.
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)(?![^>]*type="application\/ld\+json")[^>]*>/, `${file}: inline script`);
    assert.doesNotMatch(html, /\sstyle=|<style/, `${file}: inline style`);
    assert.doesNotMatch(html, /\s(?:src|href)="(?:https?:)?\/\/[^"]*"[^>]*(?:rel="stylesheet"|><\/script>)/, `${file}: external resource`);
    // A canonical link names the page's own published address; it loads nothing.
    assert.doesNotMatch(html, /<link(?![^>]*rel="canonical")[^>]*href="(?:https?:)?\/\//, `${file}: external stylesheet`);
  }
});

test('an article page with its stylesheet weighs under 20 KB', async () => {
  const css = (await stat(path.join(site.outDir, 'assets', 'site.css'))).size;
  for (const slug of ['water-talks', 'hostile', 'russian-summit']) {
    const html = (await stat(fileFor(site.outDir, `/articles/${slug}/`))).size;
    assert.ok(html + css < 20 * 1024, `${slug}: ${html} + ${css} bytes`);
  }
});

test('every page declares its language, has one h1, a skip link and a main landmark', async () => {
  for (const file of htmlFiles) {
    if (file.includes(`${path.sep}search${path.sep}`)) continue; // the search page is checked by its owner
    const html = await readFile(file, 'utf8');
    assert.match(html, /<html lang="[a-z]{2,3}">/, file);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, file);
    assert.match(html, /<a class="skip-link" href="#main"/, file);
    assert.match(html, /<main id="main"/, file);
  }
});

test('every page carries a strict Content-Security-Policy of its own; only the search page allows WebAssembly', async () => {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
  for (const file of htmlFiles) {
    const html = await readFile(file, 'utf8');
    const found = policy.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.ok(found, `${file} has no CSP meta`);
    assert.ok(html.indexOf('<meta http-equiv') < html.indexOf('<link'), `${file}: the policy must come before anything it governs`);
    assert.match(found, /script-src 'self'( 'wasm-unsafe-eval')?(;|$)/);
    assert.doesNotMatch(found, /unsafe-inline|\*|https?:/);
    assert.equal(found.includes('wasm-unsafe-eval'), file.endsWith(`${path.sep}search${path.sep}index.html`), file);
  }
});
