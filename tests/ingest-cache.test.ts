// The ingest cache: a rebuild reuses the outcome of every unchanged raw file and re-extracts
// only what changed; a new day changes nothing extracted, so it reuses the cache too; a damaged
// cache is ignored with a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, appendFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { tempProject, addRawFolder, type TempProject } from './helpers/temp-project.ts';

let project: TempProject;
const cacheFile = () => path.join(project.root, '.cache', 'ingest.json');
before(async () => {
  project = await tempProject();
  await addRawFolder(project, path.resolve('content/raw'));
});
after(() => project.remove());

/** Marks every cached outcome, so a record carrying the mark can only have come from the cache. */
async function markCache(): Promise<void> {
  const cache = JSON.parse(await readFile(cacheFile(), 'utf8'));
  for (const entry of Object.values(cache.entries) as { outcome: { article: { record: { summary: string } } | null } }[]) {
    if (entry.outcome.article) entry.outcome.article.record.summary = 'FROM CACHE';
  }
  await writeFile(cacheFile(), JSON.stringify(cache));
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

for (const [name, damage] of [
  ['not JSON', () => '{"key": '],
  ['an entry of the wrong shape', (c: { entries: Record<string, unknown> }) => ({ ...c, entries: { 'content/raw/x.txt': { hash: 1, outcome: 'nope' } } })],
  ['a slug that is a path', (c: { entries: Record<string, { outcome: { article: { record: { slug: string } } | null } }> }) => {
    for (const e of Object.values(c.entries)) if (e.outcome.article) e.outcome.article.record.slug = '../../escaped';
    return c;
  }],
] as const) {
  test(`a cache file with ${name} is ignored with a message, and the records are extracted again`, async () => {
    await runIngest({ ...project, today: '2026-11-22' });
    const cache = JSON.parse(await readFile(cacheFile(), 'utf8'));
    const damaged = (damage as (c: unknown) => unknown)(cache);
    await writeFile(cacheFile(), typeof damaged === 'string' ? damaged : JSON.stringify(damaged));
    const result = await runIngest({ ...project, today: '2026-11-22' });
    assert.equal(result.records.length, 5);
    assert.ok(result.records.every((r) => /^[a-z0-9-]+$/.test(r.slug)));
    assert.match(JSON.stringify(result.problems.get('.cache')), /damaged and was ignored/);
    assert.ok(!(await readdir(project.root)).includes('escaped.md'));
  });
}

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
