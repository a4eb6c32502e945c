// Keeps the benchmark from rotting: the generator is deterministic and varied enough to make a
// realistic search index, and bench.ts runs end to end on a tiny archive. No timing is asserted:
// numbers belong in bench/README.md, not in pass/fail.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import os from 'node:os';
import path from 'node:path';
import { generateArchive } from '../bench/generate.ts';
import { setSiteAside } from '../bench/from-records.ts';
import { runBuild } from '../src/build/run-build.ts';
import { projectPaths } from '../src/cli/paths.ts';

let tmp: string;
before(async () => (tmp = await mkdtemp(path.join(os.tmpdir(), 'bench-smoke-'))));
after(() => rm(tmp, { recursive: true, force: true }));

async function contents(dir: string): Promise<Map<string, string>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

test('the same seed gives byte-identical archives, another seed a different one', async () => {
  const [a, b, c] = ['a', 'b', 'c'].map((x) => path.join(tmp, x));
  await generateArchive({ n: 25, seed: 7, dir: a });
  await generateArchive({ n: 25, seed: 7, dir: b });
  await generateArchive({ n: 25, seed: 8, dir: c });
  const [first, second, other] = await Promise.all([contents(a), contents(b), contents(c)]);
  assert.equal(first.size, 25);
  assert.deepEqual([...first], [...second]);
  assert.notDeepEqual([...first.values()], [...other.values()]);
});

test('articles differ from each other, in length and in how they open', async () => {
  const dir = path.join(tmp, 'varied');
  await generateArchive({ n: 200, seed: 1, dir });
  const texts = [...(await contents(dir)).values()];
  assert.equal(new Set(texts).size, texts.length);
  const words = texts.map((t) => t.split(/\s+/).length);
  assert.ok(Math.min(...words) < 400 && Math.max(...words) > 1200, `lengths ${Math.min(...words)}-${Math.max(...words)}`);
  // The dateline styles of the real samples all turn up.
  const all = texts.join('\n');
  for (const pattern of [/^[A-Z ]+, \d\d\.\d\d\.\d{4} \([^)]+\) – /m, /^ date \d{4}-\d\d-\d\d [A-Z ]+, /m,
    /^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2} \([^)]+\) – /m, /^On [A-Z][a-z]+day, /m, /^Comments \(\d+\)$/m, /^Read also$/m]) {
    assert.match(all, pattern);
  }
  // Enough distinct words that the search index is realistic, not one paragraph repeated.
  const vocabulary = new Set(all.toLowerCase().match(/\p{L}+/gu));
  assert.ok(vocabulary.size > 3000, `only ${vocabulary.size} distinct words`);
});

test('bench.ts builds a 20-article archive, incremental rebuilds from a new process and in one process, and one with nothing changed, and writes its results', async () => {
  const out = path.join(tmp, 'results', 'latest.json');
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'bench/bench.ts', '--sizes', '20', '--incremental',
    '--work', path.join(tmp, 'work'), '--out', out], { timeout: 240_000 });
  const results = JSON.parse(await readFile(out, 'utf8'));
  const [size] = results.sizes;
  assert.equal(size.n, 20);
  assert.equal(size.run.ok, true, size.run.error);
  assert.deepEqual(size.run.stages.map((s: { stage: string }) => s.stage), ['ingest', 'eleventy', 'pagefind', 'export', 'publish']);
  assert.equal(size.run.summary.articles, 20);
  assert.ok(size.stats.site.htmlFiles >= 20 && size.stats.pagefind.files > 0);
  assert.ok(size.run.peakTreeRssBytes > 0);
  assert.deepEqual(results.incremental.rebuilds.map((r: { ok: boolean }) => r.ok), [true, true]);
  assert.deepEqual(results.incremental.rebuilds.map((r: { summary: { articles: number } }) => r.summary.articles), [21, 22]);
  // Then one with nothing changed, which renders nothing.
  assert.equal(results.incremental.unchanged.ok, true);
  assert.equal(results.incremental.unchanged.summary.articles, 22);
  assert.equal(results.incremental.unchanged.summary.pagesRendered, 0);
  // And two more as npm start makes them, in one process.
  assert.equal(results.incremental.warm.length, 2);
  assert.ok(results.incremental.warm.every((w: { seconds: number; stages: unknown[] }) => w.seconds > 0 && w.stages.length === 5));
  assert.match(await readFile(out.replace(/\.json$/, '.md'), 'utf8'), /\| 20 \| \*\*total\*\*/);
  // Removed once everything is measured, without --keep.
  assert.deepEqual(await readdir(path.join(tmp, 'work')), []);
});

test('a site set aside is made again from the records: every page and index part, nothing extracted', async () => {
  const root = path.join(tmp, 'from-records');
  await generateArchive({ n: 12, seed: 3, dir: path.join(root, 'content', 'raw') });
  const paths = projectPaths(root);
  await runBuild({ ...paths, today: '2026-12-02', indexShardSize: 5 });
  const cache = path.join(root, '.cache', 'ingest.jsonl');
  const cachedAt = (await stat(cache)).mtimeMs;
  await setSiteAside(root, path.join(root, '.set-aside'));
  // The raw files' stats are the ingest's too, when the files were old enough to be noted.
  assert.deepEqual((await readdir(path.join(root, '.cache'))).filter((name) => name !== 'raw-stats.json').sort(), ['ingest.jsonl', 'records.json']);
  const again = await runBuild({ ...paths, today: '2026-12-02', indexShardSize: 5 });
  assert.equal(again.pagesRendered, again.pages);
  assert.ok(again.indexShards > 1);
  assert.equal(again.indexShardsBuilt, again.indexShards);
  // A run that extracts nothing leaves the ingest cache's file as it was.
  assert.equal((await stat(cache)).mtimeMs, cachedAt);
  assert.equal(again.ingest.written, 0);
});
