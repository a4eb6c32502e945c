// The records folder is rewritten only where a record changed: a record still as it was written
// is not serialised again, while a file changed by hand, a changed record, or new code that
// writes records makes it be written again.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serialiseRecord, writeRecords } from '../src/ingest/write-records.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';
import type { ArticleRecord } from '../src/record/schema.ts';
import { BodyText } from '../src/record/body-text.ts';

function article(slug: string, text: string): { record: ArticleRecord; body: BodyText } {
  const { article } = ingestFile({ bytes: new TextEncoder().encode(`${text}\n\nDUSHANBE, 03.03.2023 (Khovar) – ${text}.\n`), origin: `content/raw/${slug}.txt` });
  return { record: { ...article!.record, slug }, body: BodyText.of(article!.body) };
}

let root: string;
let folder: string;
const remember = () => ({ root, key: 'code-1' });
beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'write-records-'));
  folder = path.join(root, 'content', 'articles');
});
afterEach(() => rm(root, { recursive: true, force: true }));

// Whole seconds, which a file's modification time keeps exactly when set by hand.
const PINNED = new Date('2024-01-01T00:00:00Z');

/** Sets the file's modification time to PINNED, and lets a run take note of it. */
async function pinTime(file: string, records: { record: ArticleRecord; body: BodyText }[]): Promise<void> {
  await utimes(file, PINNED, PINNED);
  assert.deepEqual(await writeRecords(folder, records, remember()), { written: 0, removed: 0 });
}

/** Puts other text of the same length in the file, with its modification time as it was. */
async function swapKeepingTime(file: string): Promise<string> {
  const swapped = (await readFile(file, 'utf8')).replace(/[a-z]/g, 'x');
  await writeFile(file, swapped);
  await utimes(file, PINNED, PINNED);
  return swapped;
}

test('a record still as it was written is neither read nor written again', async () => {
  const records = [article('water', 'Talks on water'), article('grain', 'Grain deal signed')];
  assert.deepEqual(await writeRecords(folder, records, remember()), { written: 2, removed: 0 });
  await pinTime(path.join(folder, 'water.md'), records);
  // Were the file read and compared, the run would write the record back over this text.
  const swapped = await swapKeepingTime(path.join(folder, 'water.md'));
  assert.deepEqual(await writeRecords(folder, records, remember()), { written: 0, removed: 0 });
  assert.equal(await readFile(path.join(folder, 'water.md'), 'utf8'), swapped);
});

test('a record file changed by hand is written again', async () => {
  const records = [article('water', 'Talks on water')];
  await writeRecords(folder, records, remember());
  const file = path.join(folder, 'water.md');
  await writeFile(file, 'edited by hand\n');
  assert.deepEqual(await writeRecords(folder, records, remember()), { written: 1, removed: 0 });
  assert.equal(await readFile(file, 'utf8'), serialiseRecord(records[0]!.record, records[0]!.body.text));
});

test('a changed record is written again, and a gone one removed', async () => {
  await writeRecords(folder, [article('water', 'Talks on water'), article('grain', 'Grain deal signed')], remember());
  const changed = article('water', 'Talks on water and power');
  assert.deepEqual(await writeRecords(folder, [changed], remember()), { written: 1, removed: 1 });
  assert.deepEqual(await readdir(folder), ['water.md']);
  assert.equal(await readFile(path.join(folder, 'water.md'), 'utf8'), serialiseRecord(changed.record, changed.body.text));
});

for (const [name, next] of [
  ['other code writing records', () => ({ root, key: 'code-2' })],
  ['no manifest to go by (a one-off ingest)', () => undefined],
] as const) {
  test(`with ${name}, every file is compared with its record`, async () => {
    const records = [article('water', 'Talks on water')];
    await writeRecords(folder, records, remember());
    await pinTime(path.join(folder, 'water.md'), records);
    await swapKeepingTime(path.join(folder, 'water.md'));
    assert.deepEqual(await writeRecords(folder, records, next()), { written: 1, removed: 0 });
    assert.equal(await readFile(path.join(folder, 'water.md'), 'utf8'), serialiseRecord(records[0]!.record, records[0]!.body.text));
  });
}

test('a damaged manifest is ignored', async () => {
  const records = [article('water', 'Talks on water')];
  await writeRecords(folder, records, remember());
  await pinTime(path.join(folder, 'water.md'), records);
  await swapKeepingTime(path.join(folder, 'water.md'));
  await writeFile(path.join(root, '.cache', 'records.json'), '{"key": "code-1", "files": ');
  assert.deepEqual(await writeRecords(folder, records, remember()), { written: 1, removed: 0 });
});
