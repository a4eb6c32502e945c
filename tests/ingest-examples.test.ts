// The five example articles shipped in content/raw, ingested for real into a temp folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import matter from 'gray-matter';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { recordSchema, type ArticleRecord } from '../src/record/schema.ts';
import { tempProject, addRawFolder, type TempProject } from './helpers/temp-project.ts';

const EXAMPLES = path.resolve('content/raw');
let project: TempProject;
const byFile = new Map<string, { record: ArticleRecord; body: string }>();

before(async () => {
  project = await tempProject();
  await addRawFolder(project, EXAMPLES);
  await runIngest({ ...project, today: '2026-11-22' });
  for (const name of await readdir(project.recordsDir)) {
    const parsed = matter(await readFile(path.join(project.recordsDir, name), 'utf8'), {});
    const record = parsed.data as ArticleRecord;
    byFile.set(path.basename(record.origin).slice(0, 3), { record, body: parsed.content });
  }
});
after(() => project.remove());

test('every example becomes exactly one record that satisfies the schema', () => {
  assert.equal(byFile.size, 5);
  for (const { record } of byFile.values()) assert.ok(recordSchema.safeParse(record).success, record.origin);
});

test('000 is dated 2025-06-04 because only 2025, the year it mentions, makes June 4 a Wednesday', () => {
  const { record } = byFile.get('000')!;
  assert.equal(record.date, '2025-06-04');
  assert.match(record.dateBasis, /Wednesday/);
});

test('001 is 2023-06-15 from Baku, reported by Trend', () => {
  const { record } = byFile.get('001')!;
  assert.deepEqual([record.date, record.place, record.source], ['2023-06-15', 'Baku', 'Trend']);
});

test('001 has a derived headline, not its date stamp or dateline', () => {
  const { record } = byFile.get('001')!;
  assert.doesNotMatch(record.title, /date 2023|BAKU/);
  assert.ok(record.title.length <= 115, record.title);
});

test('003 is 2023-03-03 from Dushanbe by Khovar and keeps none of the trailing headlines', () => {
  const { record, body } = byFile.get('003')!;
  assert.deepEqual([record.date, record.place, record.source], ['2023-03-03', 'Dushanbe', 'Khovar']);
  assert.doesNotMatch(body, /Tursunzoda|Ashgabat|Read also/);
  assert.match(body, /transnational challenges and threats/);
});

test('002 and 004 are undated, and 002 says which date it saw without a year', () => {
  assert.equal(byFile.get('002')!.record.date, null);
  assert.equal(byFile.get('004')!.record.date, null);
  assert.match(byFile.get('002')!.record.dateBasis, /January 25/);
});

test('004 keeps its two sub-headings and drops EF/MA and Leave a Comment', () => {
  const { body } = byFile.get('004')!;
  assert.deepEqual(body.match(/^## .*/gm), [
    '## Joint mining task force to oversee reconstruction and training',
    '## Steel exports and water projects in focus',
  ]);
  assert.doesNotMatch(body, /EF\/MA|Leave a Comment/);
});

test('002 drops the follow line and the comment counter but keeps its last paragraph', () => {
  const { body } = byFile.get('002')!;
  assert.doesNotMatch(body, /Follow Daryo|Comments \(0\)/);
  assert.match(body, /National Museum of Tajikistan/);
});

test('the examples name the countries they are about, Tajikistan among them', () => {
  for (const { record } of byFile.values()) assert.ok(record.countries.includes('TJ'), record.origin);
  assert.deepEqual(byFile.get('004')!.record.countries.slice(0, 2).sort(), ['IR', 'TJ']);
});

test('ingesting twice gives byte-identical records and leaves the raw files untouched', async () => {
  const digest = async (dir: string) => {
    const hash = createHash('sha256');
    for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(path.join(dir, name)));
    return hash.digest('hex');
  };
  const rawBefore = await digest(project.rawDir);
  const recordsBefore = await digest(project.recordsDir);
  const again = await runIngest({ ...project, today: '2026-11-22' });
  assert.equal(again.written, 0);
  assert.equal(await digest(project.recordsDir), recordsBefore);
  assert.equal(await digest(project.rawDir), rawBefore);
  assert.equal(await digest(EXAMPLES), await digest(project.rawDir));
});
