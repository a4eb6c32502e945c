// Extraction shared out to worker threads must give exactly what one thread gives, in file order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { startIngestPool } from '../src/ingest/ingest-pool.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';

test('outcomes from worker threads equal one-thread outcomes, in file order', async () => {
  const dirs = ['content/raw', 'tests/fixtures/site', 'tests/fixtures/search'];
  const inputs = (await Promise.all(dirs.map(async (dir) => (await readdir(dir)).map((name) => ({ file: path.join(dir, name), origin: `${dir}/${name}` }))))).flat();
  assert.ok(inputs.length >= 10);
  const expected = await Promise.all(inputs.map(async ({ file, origin }) => ingestFile({ bytes: await readFile(file), origin })));
  // Each worker is handed its first files before the main thread starts on its own share.
  const stats = { fromWorkers: 0 };
  const shared = await startIngestPool(2).run(inputs, stats);
  assert.deepEqual(shared, expected);
  assert.ok(stats.fromWorkers >= 8, `${stats.fromWorkers} files came from workers`);
});
