// The index stage on hand-written documents: what it counts, what it refuses, what it cleans up.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, writeFile, rm, readdir, readFile, stat, access } from 'node:fs/promises';
import os from 'node:os';
import { gunzipSync } from 'node:zlib';
import { watch } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { runPagefind } from '../src/build/pagefind.ts';
import { indexShard } from '../src/build/pagefind-shard.ts';
import type { IndexDocument } from '../src/build/pagefind-shards.ts';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const article = (title: string, text: string, date?: string) =>
  page(`<nav>Menu words</nav><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article>` +
    (date ? `<span data-pagefind-sort="date:${date}"></span><span data-pagefind-filter="month">${date.slice(0, 7)}</span>` : ''));

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));
const entryPages = async (folder: string) =>
  Object.values((await readJson(path.join(folder, 'pagefind-entry.json'))).languages as Record<string, { page_count: number }>)
    .reduce((sum, l) => sum + l.page_count, 0);

/** A document at `file`, sorted by the date its HTML gives (article() writes it). */
function doc(file: string, html: string): IndexDocument {
  const date = /data-pagefind-sort="date:([^"]*)"/.exec(html)?.[1];
  return { path: file, sortValue: date, month: date?.slice(0, 7) ?? 'Undated', digest: createHash('sha1').update(file).update(html).digest('hex'), html: () => html };
}
const docs = (files: Record<string, string>) => Object.entries(files).map(([file, html]) => doc(file, html));
const site = () => mkdtemp(path.join(tmp, 'site-'));

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
  test('a document whose path leads out of the site is refused, naming it, and no half-built bundle is left', async () => {
    const dir = await site();
    // Two shards: the good one is built before the stage fails.
    const documents = [doc('articles/one/index.html', article('First', 'zygomorphic orchids', '2025-01-02')), doc('../outside/index.html', article('Out', 'words', '2024-01-01'))];
    await assert.rejects(runPagefind({ outDir: dir, documents, shardSize: 1 }), (error: Error) => {
      assert.equal(error.name, 'PagefindError');
      assert.match(error.message, /"\.\.\/outside\/index\.html": not the path of an HTML page in the site/);
      return true;
    });
    assert.deepEqual(await readdir(dir), [], 'no half-built bundle is left in the site');
    await assert.rejects(access(path.join(tmp, 'outside')), 'nothing is written outside the site');
  });

  test('indexes the documents it is given, counts them, and reports the bundle size', async () => {
    const dir = await site();
    const result = await runPagefind({ outDir: dir, documents: docs({ 'articles/one/index.html': article('First', 'zygomorphic orchids'), 'articles/two/index.html': article('Second', 'cotton harvest') }) });
    assert.equal(result.pages, 2);
    assert.equal(result.indexBytes, await folderBytes(path.join(dir, 'pagefind')));
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
    // The search page has its own UI and searches on its own thread: Pagefind's UIs and worker
    // script are not published.
    const [shard] = (await readJson(path.join(dir, 'pagefind', 'shards.json'))).shards;
    await access(path.join(dir, 'pagefind', shard.folder, 'pagefind-entry.json'));
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-worker.js']) {
      await assert.rejects(access(path.join(dir, 'pagefind', shard.folder, unused)), unused);
    }
  });

  test('an archive with no articles gets an empty index', async () => {
    const dir = await site();
    const result = await runPagefind({ outDir: dir, documents: [] });
    assert.equal(result.pages, 0);
    // The search runtime is still there, so the search page loads and simply finds nothing.
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
  });

  test('replaces the bundle of an earlier build instead of adding to it', async () => {
    const dir = await site();
    await mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
    await writeFile(path.join(dir, 'pagefind', 'fragment', 'en_stale.pf_fragment'), 'old');
    await runPagefind({ outDir: dir, documents: docs({ 'articles/one/index.html': article('First', 'words') }) });
    await assert.rejects(access(path.join(dir, 'pagefind', 'fragment', 'en_stale.pf_fragment')));
  });

  test('a small archive is one shard, listed in shards.json, with the search runtime at the top of the bundle', async () => {
    const dir = await site();
    const result = await runPagefind({ outDir: dir, documents: docs({ 'articles/one/index.html': article('First', 'words', '2024-01-01') }) });
    assert.equal(result.shards, 1);
    const manifest = await readJson(path.join(dir, 'pagefind', 'shards.json'));
    assert.deepEqual(manifest.shards.map((s: { folder: string; months: string[] }) => [s.folder, s.months]), [['m-2024-01/', ['2024-01']]]);
    assert.equal(await entryPages(path.join(dir, 'pagefind', 'm-2024-01')), 1);
    await access(path.join(dir, 'pagefind', 'pagefind.js'));
  });

  test("shards.json tags each shard's entry by its content and names the files a search of it fetches first", async () => {
    const newest = async (text: string) => {
      const dir = await site();
      await runPagefind({ outDir: dir, documents: docs({ 'articles/one/index.html': article('First', text, '2024-01-01') }) });
      const [shard] = (await readJson(path.join(dir, 'pagefind', 'shards.json'))).shards;
      const folder = path.join(dir, 'pagefind', shard.folder);
      return { shard, folder, entry: await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8') };
    };
    const [one, same, other] = [await newest('words'), await newest('words'), await newest('other words')];
    // The same shard, the same tag: the entry's address stays; another shard, another tag.
    assert.equal(one.shard.tag, same.shard.tag);
    assert.notEqual(one.entry, other.entry);
    assert.notEqual(one.shard.tag, other.shard.tag);
    // Pagefind asks for the entry with the tag, then for what the entry names.
    const { languages } = JSON.parse(one.entry);
    assert.deepEqual(one.shard.first, [`pagefind-entry.json?ts=${one.shard.tag}`, `pagefind.${languages.en.hash}.pf_meta`, `wasm.${languages.en.wasm}.pagefind`]);
    for (const file of one.shard.first) await access(path.join(one.folder, file.split('?')[0]!));
  });

  test('a larger archive is split into shards of calendar spans, at most the shard size, newest first', async () => {
    const dates = ['2021-05-01', '2024-01-01', '2024-03-01', '2021-01-01', '2019-01-01'];
    const dir = await site();
    const result = await runPagefind({ outDir: dir, documents: docs(Object.fromEntries(dates.map((d) => [`articles/${d}/index.html`, article(`Story of ${d}`, 'harbour', d)]))), shardSize: 2 });
    assert.deepEqual([result.pages, result.shards], [5, 3]);
    const bundle = path.join(dir, 'pagefind');
    const folders = (await readJson(path.join(bundle, 'shards.json'))).shards.map((s: { folder: string }) => s.folder);
    // The 2010s fit in a shard; the 2020s do not, so they are cut by year.
    assert.deepEqual(folders, ['m-2024-01/', 'm-2021-01/', 'm-2019-01/']);
    const counts = await Promise.all(folders.map((f: string) => entryPages(path.join(bundle, f))));
    assert.deepEqual(counts, [2, 2, 1]);
    // The newest shard holds the newest pages: its fragments name their pages, by the documents' paths.
    const fragments = await readdir(path.join(bundle, 'm-2024-01', 'fragment'));
    const urls = await Promise.all(fragments.map(async (f) => {
      // Pagefind prefixes its gzipped files with a signature; the fragment JSON follows.
      const text = gunzipSync(await readFile(path.join(bundle, 'm-2024-01', 'fragment', f))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))).url as string;
    }));
    assert.deepEqual(urls.sort(), ['/articles/2024-01-01/', '/articles/2024-03-01/']);
  });

  test('shards whose documents did not change are taken from the previous site, the others indexed again', async () => {
    const dates = ['2024-01-01', '2023-01-01', '2022-01-01'];
    const files = Object.fromEntries(dates.map((d) => [`articles/${d}/index.html`, article(`Story of ${d}`, 'harbour', d)]));
    const previous = await site();
    assert.equal((await runPagefind({ outDir: previous, documents: docs(files), shardSize: 1 })).reused, 0);
    const next = await site();
    const changed = docs({ ...files, 'articles/2024-01-01/index.html': article('Story of 2024-01-01', 'harbour and cranes', '2024-01-01') });
    const result = await runPagefind({ outDir: next, documents: changed, shardSize: 1, previousSite: previous });
    assert.deepEqual([result.shards, result.reused, result.pages], [3, 2, 3]);
    // The reused shard is the same files, and the changed one holds the new words.
    const oldEntry = await readFile(path.join(previous, 'pagefind', 'm-2022-01', 'pagefind-entry.json'), 'utf8');
    assert.equal(await readFile(path.join(next, 'pagefind', 'm-2022-01', 'pagefind-entry.json'), 'utf8'), oldEntry);
    assert.notDeepEqual(await readdir(path.join(next, 'pagefind', 'm-2024-01', 'index')), await readdir(path.join(previous, 'pagefind', 'm-2024-01', 'index')));
  });

  test('documents whose paths contain glob syntax are indexed like any other', async () => {
    const documents = docs({ 'articles/a,b{c}[d]/index.html': article('Odd', 'words', '2024-01-01'), 'articles/plain/index.html': article('Plain', 'words') });
    assert.equal((await runPagefind({ outDir: await site(), documents })).pages, 2);
  });

  test('articles in other languages go into the one index the search page searches', async () => {
    const russian = `<!doctype html><html lang="ru"><head><title>t</title></head><body><article data-pagefind-body><h1>Хлопок</h1><p>Уборка хлопка началась</p></article></body></html>`;
    const dir = await site();
    await runPagefind({ outDir: dir, documents: docs({ 'articles/en/index.html': article('Cotton', 'harvest begins'), 'articles/ru/index.html': russian }) });
    const entry = await readJson(path.join(dir, 'pagefind', 'undated-all', 'pagefind-entry.json'));
    assert.deepEqual(Object.keys(entry.languages), ['en']);
    assert.equal(entry.languages.en.page_count, 2);
  });
});

describe('indexShard', () => {
  const pages = [{ path: 'articles/one/index.html', html: () => article('First', 'zygomorphic orchids') }];

  test('writes the pages for Pagefind in the first scratch folder it can use, and leaves nothing there', async () => {
    const scratch = await mkdtemp(path.join(tmp, 'scratch-'));
    const folder = path.join(await site(), 'pagefind', 'one');
    const seen: string[] = [];
    const watching = watch(scratch, (_event, name) => name && seen.push(name));
    try {
      assert.equal(await indexShard({ pages, folder, language: 'en', scratch: [path.join(tmp, 'no-such-folder'), scratch] }), 1);
    } finally {
      watching.close();
    }
    assert.ok(seen.some((name) => name.startsWith('pagefind-shard-')), 'the pages were written there');
    assert.deepEqual(await readdir(scratch), [], 'and removed');
  });

  test('with no scratch folder to use, says so', async () => {
    await assert.rejects(indexShard({ pages, folder: path.join(await site(), 'pagefind', 'one'), language: 'en', scratch: [path.join(tmp, 'no-such-folder')] }), /no folder to write its pages in/);
  });
});
