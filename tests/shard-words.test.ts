// The words index (src/build/shard-words.ts): which words a shard's documents hold, read as
// Pagefind reads them, and the index the bundle keeps of them beside the shards.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { shardWords } from '../src/build/shard-words.ts';
import { runPagefind } from '../src/build/pagefind.ts';
import type { IndexDocument } from '../src/build/pagefind-shards.ts';

const body = (inner: string) => `<html><body><nav>Menu</nav><article data-pagefind-body>${inner}</article><div hidden><span data-pagefind-meta="source:Wire">x</span></div></body></html>`;
const words = (...htmls: string[]) => shardWords(htmls).split('\n').sort();

describe('the words of a shard', () => {
  const cases: [string, string[], string[]][] = [
    ['each word once, cut at whitespace', [body('<h1>Dam talks</h1><p>dam\ndam  water.</p>'), body('<p>water</p>')], ['dam', 'talks', 'water']],
    ['a plain word lower-cased and without the punctuation around it', [body('<p>Tuesday, (2024) DAM “quoted”</p>')], ['2024', 'dam', 'tuesday', '“quoted”']],
    ['a word Pagefind cuts into parts kept as written', [body('<p>iPhone, U.S. 10.8 McDonald, co-op</p>')], ['10.8', 'McDonald,', 'U.S.', 'co-op', 'iPhone,']],
    ['letters beyond ASCII keep their case: Pagefind lowers them its own way', [body('<p>ΟΔΟΣ Москва</p>')], ['ΟΔΟΣ', 'Москва']],
    ['only what Pagefind reads: not the menu, metadata or filters outside the body', [body('<p>river</p>')], ['river']],
    ['a word with a tag inside it both whole and in parts', [body('<p>hydro<em>power</em> plant</p>')], ['hydro', 'hydropower', 'plant', 'power']],
    ['block elements always separate words', [body('<p>one</p><p>two</p>')], ['one', 'two']],
    ['escaped text stays escaped, so Pagefind decodes it as in the article', [body('<p>AT&amp;T &lt;b&gt;</p>')], ['&lt;b&gt;', 'AT&amp;T']],
  ];
  for (const [name, htmls, expected] of cases) test(name, () => assert.deepEqual(words(...htmls), expected));
});

const article = (title: string, text: string, date: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body><article data-pagefind-body><h1>${title}</h1><p>${text}</p></article>` +
  `<span data-pagefind-sort="date:${date}"></span><span data-pagefind-filter="month">${date.slice(0, 7)}</span></body></html>`;
const doc = (date: string, text: string): IndexDocument => {
  const html = article(`Story of ${date}`, text, date);
  return { path: `articles/${date}/index.html`, sortValue: date, month: date.slice(0, 7), digest: createHash('sha1').update(html).digest('hex'), html: () => html };
};
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8'));

describe('the words index in the bundle', () => {
  let tmp: string;
  before(async () => { tmp = await mkdtemp(path.join(os.tmpdir(), 'shard-words-')); });
  after(async () => { await rm(tmp, { recursive: true, force: true }); });
  const site = () => mkdtemp(path.join(tmp, 'site-'));

  test('one shard needs no words index', async () => {
    const dir = await site();
    await runPagefind({ outDir: dir, documents: [doc('2024-01-01', 'harbour')] });
    assert.equal((await readJson(path.join(dir, 'pagefind', 'shards.json'))).words, undefined);
    assert.ok(!(await readdir(path.join(dir, 'pagefind'))).includes('words'));
  });

  test('several shards get a words index with a page per shard, named in shards.json', async () => {
    const dir = await site();
    await runPagefind({ outDir: dir, documents: [doc('2024-01-01', 'harbour'), doc('2023-01-01', 'cranes')], shardSize: 1 });
    const manifest = await readJson(path.join(dir, 'pagefind', 'shards.json'));
    assert.deepEqual([manifest.words.folder, manifest.words.filter], ['words/', 'shard']);
    const entry = await readJson(path.join(dir, 'pagefind', 'words', 'pagefind-entry.json'));
    assert.equal(Object.values(entry.languages as Record<string, { page_count: number }>)[0]!.page_count, 2);
  });

  test('word lists are kept per shard between builds, and those of shards gone are removed', async () => {
    const cache = path.join(await site(), 'cache');
    await runPagefind({ outDir: await site(), documents: [doc('2024-01-01', 'harbour'), doc('2023-01-01', 'cranes')], shardSize: 1, wordsCache: cache });
    assert.equal((await readdir(cache)).length, 2);
    await runPagefind({ outDir: await site(), documents: [doc('2024-01-01', 'harbour'), doc('2023-01-01', 'ships')], shardSize: 1, wordsCache: cache });
    const texts = await Promise.all((await readdir(cache)).map((name) => readFile(path.join(cache, name), 'utf8')));
    assert.equal(texts.length, 2);
    assert.ok(texts.some((t) => t.includes('ships')) && !texts.some((t) => t.includes('cranes')), `lists: ${texts.join(' | ')}`);
  });

  test('a shard taken from the previous site gives its words from the cache, without its documents being read', async () => {
    const cache = path.join(await site(), 'cache');
    const old = doc('2023-01-01', 'cranes');
    const previous = await site();
    await runPagefind({ outDir: previous, documents: [doc('2024-01-01', 'harbour'), old], shardSize: 1, wordsCache: cache });
    let reads = 0;
    const counted = { ...old, html: () => (reads++, old.html()) };
    await runPagefind({ outDir: await site(), documents: [doc('2024-01-01', 'harbour and ships'), counted], shardSize: 1, wordsCache: cache, previousSite: previous });
    assert.equal(reads, 0);
  });

  test('an unchanged words index is taken from the previous site; a changed shard makes it again', async () => {
    const documents = [doc('2024-01-01', 'harbour'), doc('2023-01-01', 'cranes')];
    const previous = await site();
    await runPagefind({ outDir: previous, documents, shardSize: 1 });
    const meta = async (dir: string) => (await readdir(path.join(dir, 'pagefind', 'words'))).find((name) => name.endsWith('.pf_meta'))!;
    const same = await site();
    await runPagefind({ outDir: same, documents, shardSize: 1, previousSite: previous });
    const name = await meta(previous);
    assert.equal((await stat(path.join(same, 'pagefind', 'words', name))).ino, (await stat(path.join(previous, 'pagefind', 'words', name))).ino, 'the same file, linked');
    const changed = await site();
    await runPagefind({ outDir: changed, documents: [documents[0]!, doc('2023-01-01', 'ships')], shardSize: 1, previousSite: previous });
    assert.notEqual(await meta(changed), name);
  });
});
