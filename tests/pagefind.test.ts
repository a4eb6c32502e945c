// The Pagefind stage on hand-written HTML: what it counts, what it refuses, what it cleans up.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm, readdir, readFile, stat, access } from 'node:fs/promises';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { runPagefind } from '../src/build/pagefind.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const article = (title: string, text: string, date?: string) =>
  page(`<nav>Menu words</nav><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article>` +
    (date ? `<span data-pagefind-sort="date:${date}"></span><span data-pagefind-filter="month">${date.slice(0, 7)}</span>` : ''));

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const entryPages = async (folder: string) =>
  Object.values((await readJson(path.join(folder, 'pagefind-entry.json'))).languages as Record<string, { page_count: number }>)
    .reduce((sum, l) => sum + l.page_count, 0);

async function site(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmp, 'site-'));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
  return dir;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  }
  return total;
}

let tmp: string;
before(async () => { tmp = await mkdtemp(path.join(os.tmpdir(), 'pagefind-test-')); });
after(async () => { await rm(tmp, { recursive: true, force: true }); });

describe('runPagefind', () => {
  test('stops with a clear message when the folder has no HTML pages', async () => {
    const empty = await site({ 'notes.txt': 'not a page' });
    await assert.rejects(runPagefind({ outDir: empty }), (error: Error) => {
      assert.match(error.message, /no HTML pages to index/);
      assert.ok(error.message.includes(empty), 'the message names the folder');
      return true;
    });
  });

  test('stops with the same message when the folder does not exist', async () => {
    await assert.rejects(runPagefind({ outDir: path.join(tmp, 'missing') }), /no HTML pages to index/);
  });

  test('a shard of thousands of pages with long paths is indexed whole', async () => {
    // Listed in one glob, 2,600 paths of 90 characters were refused by Pagefind's glob parser.
    const files: Record<string, string> = {};
    for (let i = 0; i < 2600; i++) files[`articles/${'long-headline-words-'.repeat(4)}${i}/index.html`] = article(`Page ${i}`, `word${i}`, '2024-01-01');
    const dir = await site(files);
    const result = await runPagefind({ outDir: dir, shardSize: 3000 });
    assert.equal(result.shards, 1);
    assert.equal(result.pages, 2600);
  });

  test('a shard that cannot be indexed stops the stage, naming the site and the page', async () => {
    const dir = await site({ 'articles/one/index.html': article('First', 'zygomorphic orchids') });
    // The render stage reported a page that is not on disk; the other shard is built, so a
    // half-built bundle exists when the stage fails.
    const pages = [
      { path: 'articles/one/index.html', sortValue: '2025-01-02', month: '2025-01', digest: 'one' },
      { path: 'articles/gone/index.html', sortValue: '2024-01-01', month: '2024-01', digest: 'gone' },
    ];
    await assert.rejects(runPagefind({ outDir: dir, pages, shardSize: 1 }), (error: Error) => {
      assert.equal(error.name, 'PagefindError');
      assert.match(error.message, /articles\/gone\/index\.html is not there/);
      assert.ok(error.message.includes(dir), 'the message names the site folder');
      return true;
    });
    assert.deepEqual(await readdir(dir), ['articles'], 'no half-built bundle or shard input is left in the site');
  });

  test('indexes only article pages, counts them, and reports the bundle size', async () => {
    const dir = await site({
      'index.html': page('<h1>Home</h1><p>Latest articles</p>'),
      'articles/one/index.html': article('First', 'zygomorphic orchids'),
      'articles/two/index.html': article('Second', 'cotton harvest'),
      'countries/tajikistan/index.html': page('<h1>Tajikistan</h1>'),
    });
    const result = await runPagefind({ outDir: dir });
    assert.equal(result.pages, 2);
    assert.equal(result.indexBytes, await folderBytes(path.join(dir, 'pagefind')));
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
    // The search page has its own UI: Pagefind's are not published.
    await assert.rejects(access(path.join(dir, 'pagefind', 'pagefind-ui.js')));
  });

  test('an archive with no articles gets an empty index, not an index of its navigation', async () => {
    const dir = await site({ 'index.html': page('<h1>Home</h1><p>No articles yet</p>'), 'search/index.html': page('<h1>Search</h1>') });
    const result = await runPagefind({ outDir: dir });
    assert.equal(result.pages, 0);
    // The search runtime is still there, so the search page loads and simply finds nothing.
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
  });

  test('replaces the bundle of an earlier build instead of adding to it', async () => {
    const dir = await site({ 'articles/one/index.html': article('First', 'words') });
    await mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind', 'fragment', 'en_stale.pf_fragment'), 'old');
    await runPagefind({ outDir: dir });
    await assert.rejects(access(path.join(dir, 'pagefind', 'fragment', 'en_stale.pf_fragment')));
  });

  test('a small archive is one shard, listed in shards.json, with the search runtime at the top of the bundle', async () => {
    const dir = await site({ 'articles/one/index.html': article('First', 'words', '2024-01-01') });
    const result = await runPagefind({ outDir: dir });
    assert.equal(result.shards, 1);
    const manifest = await readJson(path.join(dir, 'pagefind', 'shards.json'));
    assert.deepEqual(manifest.shards.map((s: { folder: string; months: string[] }) => [s.folder, s.months]), [['m-2024-01/', ['2024-01']]]);
    assert.equal(await entryPages(path.join(dir, 'pagefind', 'm-2024-01')), 1);
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
  });

  test('a larger archive is split into shards of calendar spans, at most the shard size, newest first', async () => {
    const dates = ['2021-05-01', '2024-01-01', '2024-03-01', '2021-01-01', '2019-01-01'];
    const dir = await site(Object.fromEntries(dates.map((d) => [`articles/${d}/index.html`, article(`Story of ${d}`, 'harbour', d)])));
    const result = await runPagefind({ outDir: dir, shardSize: 2 });
    assert.deepEqual([result.pages, result.shards], [5, 3]);
    const bundle = path.join(dir, 'pagefind');
    const folders = (await readJson(path.join(bundle, 'shards.json'))).shards.map((s: { folder: string }) => s.folder);
    // The 2010s fit in a shard; the 2020s do not, so they are cut by year.
    assert.deepEqual(folders, ['m-2024-01/', 'm-2021-01/', 'm-2019-01/']);
    const counts = await Promise.all(folders.map((f: string) => entryPages(path.join(bundle, f))));
    assert.deepEqual(counts, [2, 2, 1]);
    // The newest shard holds the newest pages: its fragments name their pages.
    const fragments = await readdir(path.join(bundle, 'm-2024-01', 'fragment'));
    const urls = await Promise.all(fragments.map(async (f) => {
      // Pagefind prefixes its gzipped files with a signature; the fragment JSON follows.
      const text = gunzipSync(await readFile(path.join(bundle, 'm-2024-01', 'fragment', f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))).url as string;
    }));
    assert.deepEqual(urls.sort(), ['/articles/2024-01-01/', '/articles/2024-03-01/']);
  });

  test('shards whose pages did not change are taken from the previous site, the others indexed again', async () => {
    const dates = ['2024-01-01', '2023-01-01', '2022-01-01'];
    const files = Object.fromEntries(dates.map((d) => [`articles/${d}/index.html`, article(`Story of ${d}`, 'harbour', d)]));
    const previous = await site(files);
    assert.equal((await runPagefind({ outDir: previous, shardSize: 1 })).reused, 0);
    const next = await site({ ...files, 'articles/2024-01-01/index.html': article('Story of 2024-01-01', 'harbour and cranes', '2024-01-01') });
    const result = await runPagefind({ outDir: next, shardSize: 1, previousSite: previous });
    assert.deepEqual([result.shards, result.reused, result.pages], [3, 2, 3]);
    // The reused shard is the same files, and the changed one holds the new words.
    const oldEntry = await readFile(path.join(previous, 'pagefind', 'm-2022-01', 'pagefind-entry.json'), 'utf8');
    assert.equal(await readFile(path.join(next, 'pagefind', 'm-2022-01', 'pagefind-entry.json'), 'utf8'), oldEntry);
    assert.notDeepEqual(await readdir(path.join(next, 'pagefind', 'm-2024-01', 'index')), await readdir(path.join(previous, 'pagefind', 'm-2024-01', 'index')));
  });

  test('pages whose paths contain glob syntax are indexed like any other', async () => {
    const dir = await site({ 'articles/a,b{c}[d]/index.html': article('Odd', 'words', '2024-01-01'), 'articles/plain/index.html': article('Plain', 'words') });
    assert.equal((await runPagefind({ outDir: dir })).pages, 2);
  });

  test('articles in other languages go into the one index the search page searches', async () => {
    const russian = `<!doctype html><html lang="ru"><head><title>t</title></head><body><article data-pagefind-body><h1>Хлопок</h1><p>Уборка хлопка началась</p></article></body></html>`;
    const dir = await site({ 'articles/en/index.html': article('Cotton', 'harvest begins'), 'articles/ru/index.html': russian });
    await runPagefind({ outDir: dir });
    const entry = await readJson(path.join(dir, 'pagefind', 'undated-all', 'pagefind-entry.json'));
    assert.deepEqual(Object.keys(entry.languages), ['en']);
    assert.equal(entry.languages.en.page_count, 2);
  });
});
