// When the archive received each raw file (src/ingest/received.ts, content/received.yml): written
// the first time a file is seen, kept on every later build, never rewritten over the user's edits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { receivedNow } from '../src/ingest/received.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const ARTICLE = (headline: string) => `${headline}\n\nThe ministers of two neighbouring states met in the capital on Tuesday to discuss trade, transit and water.\n`;
const FIRST = '2026-03-01T08:00:00Z';
const LATER = '2026-04-02T09:30:00Z';

async function ingest(project: TempProject, now: string) {
  const result = await runIngest({ ...project, today: '2026-12-01', now });
  return { result, received: new Map(result.records.map((r) => [r.origin, r.received])) };
}
const ledger = (project: TempProject) => readFile(path.join(project.root, 'content', 'received.yml'), 'utf8');

async function withProject(work: (project: TempProject) => Promise<void>) {
  const project = await tempProject();
  try {
    await work(project);
  } finally {
    await project.remove();
  }
}

test('a file is received when first ingested, and keeps that time on later ingests', () => withProject(async (project) => {
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  assert.equal((await ingest(project, FIRST)).received.get('content/raw/a.txt'), FIRST);
  await project.addRaw('b.txt', ARTICLE('Ministers meet on water'));
  const { received } = await ingest(project, LATER);
  assert.deepEqual([...received], [['content/raw/a.txt', FIRST], ['content/raw/b.txt', LATER]]);
  assert.match(await ledger(project), /^content\/raw\/a\.txt: 2026-03-01T08:00:00Z\ncontent\/raw\/b\.txt: 2026-04-02T09:30:00Z\n$/m);
}));

test('the record carries the time in its front matter', () => withProject(async (project) => {
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  const { result } = await ingest(project, FIRST);
  const record = await readFile(path.join(project.recordsDir, `${result.records[0]!.slug}.md`), 'utf8');
  assert.match(record, /\nreceived: '?2026-03-01T08:00:00Z'?\n/);
}));

test('a file that is gone leaves the ledger; put back, it is received again', () => withProject(async (project) => {
  const file = await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  await project.addRaw('b.txt', ARTICLE('Ministers meet on water'));
  await ingest(project, FIRST);
  await rm(file);
  await ingest(project, LATER);
  assert.doesNotMatch(await ledger(project), /a\.txt/);
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  assert.equal((await ingest(project, '2026-05-01T00:00:00Z')).received.get('content/raw/a.txt'), '2026-05-01T00:00:00Z');
}));

test('a time the user edited is kept, and a day alone reads as its midnight', () => withProject(async (project) => {
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  await writeFile(path.join(project.root, 'content', 'received.yml'), '# mine\ncontent/raw/a.txt: 2019-07-04\n');
  assert.equal((await ingest(project, FIRST)).received.get('content/raw/a.txt'), '2019-07-04T00:00:00Z');
  // Nothing came or went, so the file is left exactly as the user wrote it.
  assert.equal(await ledger(project), '# mine\ncontent/raw/a.txt: 2019-07-04\n');
}));

test('a damaged ledger is reported with its file and field, used as far as it reads, and never rewritten', () => withProject(async (project) => {
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  await project.addRaw('b.txt', ARTICLE('Ministers meet on water'));
  await project.addRaw('c.txt', ARTICLE('Ministers meet on roads'));
  await project.addRaw('d.txt', ARTICLE('Ministers meet on rail'));
  // Dates that Date.parse would quietly take for others: 2024-02-30 as 1 March, 24:00 as the next day.
  const damaged = 'content/raw/a.txt: last spring\ncontent/raw/b.txt: 2020-01-02T03:04:05Z\ncontent/raw/c.txt: 2024-02-30\ncontent/raw/d.txt: 2024-01-01T24:00:00Z\n';
  await writeFile(path.join(project.root, 'content', 'received.yml'), damaged);
  const { result, received } = await ingest(project, FIRST);
  assert.deepEqual([...received], [['content/raw/a.txt', FIRST], ['content/raw/b.txt', '2020-01-02T03:04:05Z'], ['content/raw/c.txt', FIRST], ['content/raw/d.txt', FIRST]]);
  const found = result.problems.get('content/received.yml')!;
  assert.deepEqual(found.map((p) => p.field), ['content/raw/a.txt', 'content/raw/c.txt', 'content/raw/d.txt']);
  assert.match(found[0]!.message, /"last spring" is not a time/);
  assert.equal(await ledger(project), damaged);

  await writeFile(path.join(project.root, 'content', 'received.yml'), 'content/raw/a.txt: [unclosed\n');
  const broken = await ingest(project, LATER);
  assert.match(broken.result.problems.get('content/received.yml')![0]!.message, /cannot be read/);
  assert.equal(broken.received.get('content/raw/a.txt'), LATER);
  assert.equal(await ledger(project), 'content/raw/a.txt: [unclosed\n');
}));

for (const name of ['#1: news, "quoted".txt', 'line\nbreak.txt', "it's - [x] {y} & *z*.txt", ' leading space.txt', 'Ёлка №1.txt']) {
  test(`a file named ${JSON.stringify(name)} keeps its time from one ingest to the next`, () => withProject(async (project) => {
    await project.addRaw(name, ARTICLE('Ministers meet on trade'));
    await ingest(project, FIRST);
    const { result, received } = await ingest(project, LATER);
    assert.equal(result.problems.get('content/received.yml'), undefined);
    assert.deepEqual([...received], [[`content/raw/${name}`, FIRST]]);
  }));
}

test('ingesting another folder (--raw) leaves the project\'s received times and ingest cache alone', () => withProject(async (project) => {
  await project.addRaw('a.txt', ARTICLE('Ministers meet on trade'));
  await ingest(project, FIRST);
  const [ownLedger, ownCache] = [await ledger(project), await readFile(path.join(project.root, '.cache', 'ingest.jsonl'), 'utf8')];
  const elsewhere = await mkdtemp(path.join(tmpdir(), 'raw-elsewhere-'));
  try {
    await writeFile(path.join(elsewhere, 'x.txt'), ARTICLE('Ministers meet on rail'));
    const out = path.join(elsewhere, 'records');
    await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--root', project.root, '--raw', elsewhere, '--out', out]);
    assert.ok(existsSync(out), 'the records were written where asked');
    assert.equal(await ledger(project), ownLedger);
    assert.equal(await readFile(path.join(project.root, '.cache', 'ingest.jsonl'), 'utf8'), ownCache);
  } finally {
    await rm(elsewhere, { recursive: true, force: true });
  }
}));

test('SOURCE_DATE_EPOCH stands in for the clock, for reproducible builds', () => {
  assert.equal(receivedNow({ SOURCE_DATE_EPOCH: '1700000000' }), '2023-11-14T22:13:20Z');
  assert.match(receivedNow({}), /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
});
