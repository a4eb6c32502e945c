// The ingest cache: a rebuild reuses the outcome of every unchanged raw file and re-extracts
// only what changed; a new day changes nothing extracted, so it reuses the cache too; a damaged
// cache is ignored with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, appendFile, readdir, rm, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { tempProject, addRawFolder, type TempProject } from './helpers/temp-project.ts';
import { MAX_FILE_BYTES } from '../src/record/limits.ts';
import { createHash } from 'node:crypto';

let project: TempProject;
const cacheFile = () => path.join(project.root, '.cache', 'ingest.jsonl');

/**
 * The cache as its key line and its entries: one a line, an article's body after its line as the
 * bytes it is (the entry gives their length), then a newline.
 */
interface Entry {
  origin: string;
  hash?: unknown;
  outcome?: { article: { record: { summary: string; slug: string }; body: { bytes: number; digest: string } } | null } | string;
  gone?: true;
}
interface Part { entry: Entry; body: Buffer | null }
/** The entries in `bytes`, each with its body; from the start of a line, to the end of the last whole entry. */
function entriesIn(bytes: Buffer): Part[] {
  const parts: Part[] = [];
  for (let at = 0; at < bytes.length; ) {
    const end = bytes.indexOf(10, at);
    const entry = JSON.parse(bytes.toString('utf8', at, end)) as Entry;
    at = end + 1;
    const length = typeof entry.outcome === 'object' ? entry.outcome.article?.body.bytes : undefined;
    parts.push({ entry, body: length === undefined ? null : bytes.subarray(at, at + length) });
    if (length !== undefined) at += length + 1;
  }
  return parts;
}
const partBytes = ({ entry, body }: Part) => Buffer.concat([Buffer.from(`${JSON.stringify(entry)}\n`), ...(body ? [body, Buffer.from('\n')] : [])]);
async function readCache(file = cacheFile()): Promise<{ head: string; entries: Part[] }> {
  const bytes = await readFile(file);
  const headEnd = bytes.indexOf(10);
  return { head: bytes.toString('utf8', 0, headEnd), entries: entriesIn(bytes.subarray(headEnd + 1)) };
}
async function writeCache({ head, entries }: { head: string; entries: Part[] }, file = cacheFile()): Promise<void> {
  await writeFile(file, Buffer.concat([Buffer.from(`${head}\n`), ...entries.map(partBytes)]));
}
before(async () => {
  project = await tempProject();
  await addRawFolder(project, path.resolve('content/raw'));
});
after(() => project.remove());

/** Marks every cached outcome, so a record carrying the mark can only have come from the cache. */
async function markCache(): Promise<void> {
  const cache = await readCache();
  for (const { entry } of cache.entries) {
    if (entry.outcome && typeof entry.outcome !== 'string' && entry.outcome.article) entry.outcome.article.record.summary = 'FROM CACHE';
  }
  await writeCache(cache);
}

test('unchanged files come from the cache, a changed file is extracted again', async () => {
  const first = await runIngest({ ...project, today: '2026-11-22' });
  await markCache();
  const raw = path.join(project.rawDir, '000_e89b67148e8a9132.txt');
  await appendFile(raw, '\nOne more sentence for the record.\n');
  const second = await runIngest({ ...project, today: '2026-11-22' });
  assert.equal(second.records.length, first.records.length);
  for (const record of second.records) {
    const changed = record.origin.endsWith('000_e89b67148e8a9132.txt');
    assert.equal(record.summary === 'FROM CACHE', !changed, record.origin);
  }
});

test('a run that changes nothing leaves the cache file as it was; one that changes a file saves it', async () => {
  await runIngest({ ...project, today: '2026-11-22' });
  const written = (await stat(cacheFile())).mtimeMs;
  await runIngest({ ...project, today: '2026-11-22' });
  assert.equal((await stat(cacheFile())).mtimeMs, written, 'not written again');
  await appendFile(path.join(project.rawDir, '001_5d4062198c4cec68.txt'), '\nAnother sentence for the record.\n');
  await runIngest({ ...project, today: '2026-11-22' });
  await markCache();
  const next = await runIngest({ ...project, today: '2026-11-22' });
  assert.ok(next.records.every((r) => r.summary === 'FROM CACHE'), 'the changed file is in the cache too');
});

test('a file too large to read does not make every run write the cache again', async () => {
  const own = await tempProject();
  try {
    await own.addRaw('small.txt', 'Dushanbe, 3 March 2024 – The ministers met today to sign a water agreement between the two countries.\n');
    await own.addRaw('big.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
    await runIngest({ ...own, today: '2026-11-22' });
    const file = path.join(own.root, '.cache', 'ingest.jsonl');
    const written = (await stat(file)).mtimeMs;
    const again = await runIngest({ ...own, today: '2026-11-22' });
    assert.ok([...again.problems.keys()].some((origin) => origin.endsWith('big.txt')), 'the file is still reported');
    assert.equal((await stat(file)).mtimeMs, written, 'not written again');
  } finally {
    await own.remove();
  }
});

test('another day reuses the cache, and the future-date check still runs against it', async () => {
  const dated = path.join(project.rawDir, 'zz-dated.txt');
  await writeFile(dated, '---\ndate: 2026-11-23\n---\nTalks on water\n\nThe ministers met to discuss water and energy in Dushanbe.\n');
  const before = await runIngest({ ...project, today: '2026-11-22' });
  assert.match(JSON.stringify(before.problems.get('content/raw/zz-dated.txt')), /in the future/);
  await markCache();
  const next = await runIngest({ ...project, today: '2026-11-23' });
  assert.ok(next.records.every((r) => r.summary === 'FROM CACHE'));
  assert.equal(next.problems.get('content/raw/zz-dated.txt'), undefined);
  await rm(dated);
});

type Cache = Awaited<ReturnType<typeof readCache>>;
for (const [name, damage] of [
  ['a line that is not JSON', (c: Cache) => ({ ...c, head: '{"key": ' })],
  ['an entry of the wrong shape', (c: Cache) => ({ ...c, entries: [...c.entries, { entry: { origin: 'content/raw/x.txt', hash: 1, outcome: 'nope' }, body: null }] })],
  ['a slug that is a path', (c: Cache) => {
    for (const { entry: e } of c.entries) if (e.outcome && typeof e.outcome !== 'string' && e.outcome.article) e.outcome.article.record.slug = '../../escaped';
    return c;
  }],
  // A body as long as its entry says, but not the text its digest was made from.
  ['a body that is not its digest\'s', (c: Cache) => {
    const first = c.entries.find((e) => e.body)!;
    first.body = Buffer.from(first.body!.toString('latin1').replace(/[a-z]/, 'q'), 'latin1');
    return c;
  }],
] as const) {
  test(`a cache file with ${name} is ignored with a message, and the records are extracted again`, async () => {
    await runIngest({ ...project, today: '2026-11-22' });
    await writeCache(damage(await readCache()));
    const result = await runIngest({ ...project, today: '2026-11-22' });
    assert.equal(result.records.length, 5);
    assert.ok(result.records.every((r) => /^[a-z0-9-]+$/.test(r.slug)));
    assert.match(JSON.stringify(result.problems.get('.cache')), /damaged and was ignored/);
    assert.ok(!(await readdir(project.root)).includes('escaped.md'));
  });
}

test('the cache is one entry a line after its key, each body after its line, so no single string holds it all', async () => {
  const result = await runIngest({ ...project, today: '2026-11-22' });
  const { head, entries } = await readCache();
  assert.deepEqual(Object.keys(JSON.parse(head)), ['key']);
  assert.equal(entries.length, 5);
  // Each body as the bytes of its text, with that text's digest.
  const bodies = new Map(result.records.map((r, i) => [r.origin, result.bodies[i]!.text]));
  for (const { entry, body } of entries) {
    const text = bodies.get(entry.origin)!;
    assert.equal(body!.toString('utf8'), text, entry.origin);
    assert.equal((entry.outcome as { article: { body: { digest: string } } }).article.body.digest, createHash('sha1').update(text).digest('base64'));
  }
});

test('the cache does not change what is written', async () => {
  const fresh = await tempProject();
  try {
    await addRawFolder(fresh, path.resolve('content/raw'));
    const cold = await runIngest({ ...fresh, today: '2026-11-22' });
    const warm = await runIngest({ ...fresh, today: '2026-11-22' });
    assert.deepEqual(warm.records, cold.records);
    assert.deepEqual([...warm.problems], [...cold.problems]);
    assert.equal(warm.written, 0);
  } finally {
    await fresh.remove();
  }
});

/** Runs `check` on a project of `count` short articles of its own, a-00.txt, a-01.txt, ... */
async function withShortArticles(count: number, check: (own: TempProject) => Promise<void>): Promise<void> {
  const own = await tempProject();
  try {
    for (let i = 0; i < count; i++) await own.addRaw(`a-${String(i).padStart(2, '0')}.txt`, articleText(i));
    await check(own);
  } finally {
    await own.remove();
  }
}
const articleText = (i: number, extra = '') =>
  `Harbour number ${i} opens a new quay\n\nMay ${(i % 27) + 1}, 2025\n\nThe harbour authority opened quay ${i} on Monday, the port's director said.${extra}\n`;
const ingest = (own: TempProject) => runIngest({ ...own, today: '2026-11-22' });
const ownCache = (own: TempProject) => path.join(own.root, '.cache', 'ingest.jsonl');
/** The cache with every entry's summary marked, as markCache does. */
async function markedCache(own: TempProject): Promise<Cache> {
  const cache = await readCache(ownCache(own));
  for (const { entry } of cache.entries) if (typeof entry.outcome === 'object' && entry.outcome.article) entry.outcome.article.record.summary = 'FROM CACHE';
  return cache;
}

test('a run that changes a few files adds lines for them at the end of the cache, a removed file a line saying it is gone', () =>
  withShortArticles(20, async (own) => {
    await ingest(own);
    const whole = await readFile(ownCache(own));
    await own.addRaw('a-00.txt', articleText(0, ' It cost less than planned.'));
    await rm(path.join(own.rawDir, 'a-01.txt'));
    assert.equal((await ingest(own)).records.length, 19);
    const now = await readFile(ownCache(own));
    assert.ok(now.subarray(0, whole.length).equals(whole), 'what the file held is left as it was');
    const added = entriesIn(now.subarray(whole.length));
    assert.deepEqual(added.map(({ entry: e }) => [e.origin, e.gone ?? false]), [['content/raw/a-00.txt', false], ['content/raw/a-01.txt', true]]);
    assert.match(added[0]!.body!.toString('utf8'), /less than planned/);
    // Read back: the newer entry stands for a-00, and a-01, put back, is not taken from the cache.
    await writeCache(await markedCache(own), ownCache(own));
    await own.addRaw('a-01.txt', articleText(1));
    const third = await ingest(own);
    const summaries = new Map(third.records.map((r) => [r.origin, r.summary]));
    assert.equal(summaries.get('content/raw/a-00.txt'), 'FROM CACHE');
    assert.notEqual(summaries.get('content/raw/a-01.txt'), 'FROM CACHE');
    assert.match(third.records.find((r) => r.origin === 'content/raw/a-00.txt')!.slug, /harbour/);
  }));

test('the cache is written whole again, one line a file, once a fifth of its lines no longer count', () =>
  withShortArticles(20, async (own) => {
    await ingest(own);
    for (const [round, files] of [[1, [0]], [2, [1]], [3, [2, 3, 4]]] as const) {
      for (const i of files) await own.addRaw(`a-${String(i).padStart(2, '0')}.txt`, articleText(i, ` Round ${round}.`));
      await ingest(own);
    }
    // 20 entries, then 1 and 1 appended (22); 3 more would make 25 of which 5 no longer count.
    const { entries } = await readCache(ownCache(own));
    assert.equal(entries.length, 20);
    assert.equal(new Set(entries.map(({ entry }) => entry.origin)).size, 20);
  }));

for (const [what, cut] of [
  ['a save cut short in its last entry\'s line (a build killed while writing the cache)', (last: Buffer, body: number) => last.subarray(0, (last.length - body - 1) >> 1)],
  ['a save cut short in its last entry\'s body', (last: Buffer, body: number) => last.subarray(0, last.length - (body >> 1))],
  ['a save cut short right after its last entry\'s line', (last: Buffer, body: number) => last.subarray(0, last.length - body - 1)],
  // A length no body has, as a damaged file could give: nothing is read or made room for past the file's end.
  ['a last entry whose body\'s length runs past the end of the file', (last: Buffer, body: number) =>
    Buffer.from(last.toString('latin1').replace(`"bytes":${body},`, `"bytes":${2 ** 40},`), 'latin1')],
] as const) {
  test(`${what} costs only that entry`, () =>
    withShortArticles(6, async (own) => {
      await ingest(own);
      const marked = await markedCache(own);
      const last = marked.entries.pop()!;
      await writeCache(marked, ownCache(own));
      await appendFile(ownCache(own), cut(partBytes(last), last.body!.length));
      const again = await ingest(own);
      assert.ok(!again.problems.has('.cache'), 'no message about a damaged cache');
      assert.equal(again.records.filter((r) => r.summary === 'FROM CACHE').length, 5);
      // The entry extracted again is saved without being glued to the half-written one. The file is
      // written anew as it is, so this process reads it rather than keeping what it last wrote.
      await writeFile(ownCache(own), await readFile(ownCache(own)));
      const third = await ingest(own);
      assert.ok(!third.problems.has('.cache'), 'no message about a damaged cache after the next save');
      assert.equal(third.records.filter((r) => r.summary === 'FROM CACHE').length, 5);
    }));
}

// A process that ingests again (npm start) keeps what it last read or wrote, and must still see
// a file that another build or a user has written since: even one of the same size, whose
// modification time was put back.
test('a cache file written by someone else since the last run in this process is read again', () =>
  withShortArticles(4, async (own) => {
    await ingest(own);
    const file = ownCache(own);
    const before = await stat(file, { bigint: true });
    const cache = await readCache(file);
    for (const { entry } of cache.entries) {
      const record = typeof entry.outcome === 'object' && entry.outcome.article?.record;
      if (record) record.summary = 'Z'.repeat(Buffer.byteLength(record.summary));
    }
    await writeCache(cache, file);
    // To the nanosecond, which Node's utimes cannot set.
    const { mtimeNs } = before;
    await promisify(execFile)('touch', ['-m', '-d', `@${mtimeNs / 10n ** 9n}.${String(mtimeNs % 10n ** 9n).padStart(9, '0')}`, file]);
    const after = await stat(file, { bigint: true });
    assert.deepEqual([after.ino, after.size, after.mtimeNs], [before.ino, before.size, before.mtimeNs]);
    const again = await ingest(own);
    assert.ok(again.records.every((r) => /^Z+$/.test(r.summary)), 'every summary from the file as rewritten');
  }));
