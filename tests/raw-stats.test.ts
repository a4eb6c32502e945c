// A raw file found as it was when last read is known by its stat and not read again; any change
// to it, even one that keeps its size and puts its modification time back, has it read again.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, readFile, stat, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { RawStats, RAW_STATS_FILE } from '../src/ingest/raw-stats.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const projects: TempProject[] = [];
after(() => Promise.all(projects.map((p) => p.remove())));

const article = (quay: string) => `Harbour opens quay ${quay}\n\nMay 5, 2025\n\nThe harbour authority opened quay ${quay} on Monday, the port's director said.\n`;
const ingest = (project: TempProject) => runIngest({ ...project, today: '2026-11-22' });
const cacheFile = (project: TempProject) => path.join(project.root, '.cache', 'ingest.jsonl');

/** A project whose raw files have settled: last changed longer ago than a file system's clock tick. */
async function settledProject(files: Record<string, string>): Promise<TempProject> {
  const project = await tempProject();
  projects.push(project);
  for (const [name, text] of Object.entries(files)) await project.addRaw(name, text);
  await sleep(3_200);
  return project;
}

/** Rewrites the cache's entry line for `origin` through `change`; the body after it stays as it is. */
async function editCache(project: TempProject, origin: string, change: (line: string) => string): Promise<void> {
  const lines = (await readFile(cacheFile(project), 'utf8')).split('\n');
  await writeFile(cacheFile(project), lines.map((line, i) => (i > 0 && line.includes(`"origin":"${origin}"`) ? change(line) : line)).join('\n'));
}

test('a raw file unchanged since it was read is known by its stat: its outcome is taken without reading it', async () => {
  const project = await settledProject({ 'a.txt': article('A') });
  await ingest(project);
  // The cache now holds a.txt's outcome under another hash, marked: a run that read the file
  // would find its hash differs and extract it again; one that trusts the stat takes the outcome.
  const noted = JSON.parse(await readFile(path.join(project.root, RAW_STATS_FILE), 'utf8')) as { files: Record<string, [string, string]> };
  const [statKey] = noted.files['content/raw/a.txt']!;
  noted.files['content/raw/a.txt'] = [statKey, 'f'.repeat(40)];
  await writeFile(path.join(project.root, RAW_STATS_FILE), JSON.stringify(noted));
  await editCache(project, 'content/raw/a.txt', (line) => line.replace(/"hash":"[0-9a-f]+"/, `"hash":"${'f'.repeat(40)}"`).replace(/"summary":"[^"]*"/, '"summary":"BY ITS STAT"'));
  const again = await ingest(project);
  assert.equal(again.records[0]!.summary, 'BY ITS STAT');
});

test('a raw file edited to the same size, its modification time put back, is read and extracted again', async () => {
  const project = await settledProject({ 'a.txt': article('A'), 'b.txt': article('B') });
  const file = path.join(project.rawDir, 'a.txt');
  const before = await stat(file, { bigint: true });
  await ingest(project);
  await writeFile(file, article('Z'));
  // To the nanosecond, which Node's utimes cannot set.
  const { mtimeNs } = before;
  await promisify(execFile)('touch', ['-m', '-d', `@${mtimeNs / 10n ** 9n}.${String(mtimeNs % 10n ** 9n).padStart(9, '0')}`, file]);
  const after = await stat(file, { bigint: true });
  assert.deepEqual([after.dev, after.ino, after.size, after.mtimeNs], [before.dev, before.ino, before.size, before.mtimeNs]);
  const again = await ingest(project);
  assert.match(again.records.find((r) => r.origin === 'content/raw/a.txt')!.title, /quay Z/);
  assert.match(again.records.find((r) => r.origin === 'content/raw/b.txt')!.title, /quay B/);
});

test('a file is noted by its stat only if it had settled when read, and any change to it unnotes it', async () => {
  const project = await tempProject();
  projects.push(project);
  const file = await project.addRaw('a.txt', article('A'));
  const fresh = await stat(file, { bigint: true });
  // Read the moment it was written: its stat could be the same after a write in the same tick.
  const early = await RawStats.open(project.root);
  early.note('content/raw/a.txt', fresh, 'h1');
  await early.save();
  assert.equal((await RawStats.open(project.root)).hashOf('content/raw/a.txt', fresh), null);
  // Read well after it was written: known by its stat from then on, until it changes.
  const later = await RawStats.open(project.root, Date.now() + 60_000);
  later.note('content/raw/a.txt', fresh, 'h1');
  await later.save();
  const reopened = await RawStats.open(project.root);
  assert.equal(reopened.hashOf('content/raw/a.txt', fresh), 'h1');
  await appendFile(file, 'More.\n');
  assert.equal(reopened.hashOf('content/raw/a.txt', await stat(file, { bigint: true })), null);
});

test('a damaged stats file is ignored: every raw file is read, and the file is written afresh', async () => {
  const project = await settledProject({ 'a.txt': article('A') });
  await ingest(project);
  await writeFile(path.join(project.root, RAW_STATS_FILE), '{"files": {"content/raw/a.txt": [1');
  const again = await ingest(project);
  assert.match(again.records[0]!.title, /quay A/);
  assert.ok(JSON.parse(await readFile(path.join(project.root, RAW_STATS_FILE), 'utf8')).files['content/raw/a.txt']);
});
