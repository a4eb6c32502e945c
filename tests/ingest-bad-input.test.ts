// Bad input: each file gets a clear message naming it and the reason, and the others still build.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import matter from 'gray-matter';
import iconv from 'iconv-lite';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { problemLines } from '../src/ingest/report.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const GOOD = 'Ministers agree on new rail link\n\nASTANA, March 12 (Xinhua) -- Kazakhstan and Uzbekistan agreed on Tuesday to build a new rail link between their capitals.\n';
let project: TempProject;
const ingest = () => runIngest({ ...project, today: '2026-11-22' });
const records = async () => Promise.all((await readdir(project.recordsDir)).map(async (n) => matter(await readFile(path.join(project.recordsDir, n), 'utf8'), {})));

beforeEach(async () => {
  project = await tempProject();
  await project.addRaw('good.txt', GOOD);
});
afterEach(() => project.remove());

for (const [name, content, reason] of [
  ['empty.txt', '', /empty/],
  ['blank.txt', '  \n\n \t\n', /empty|whitespace/],
  ['binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x41, 0x00]), /binary/],
  ['broken.txt', '---\ntitle: [oops\n---\nBody text here.', /front matter.*YAML/],
] as const) {
  test(`${name} is rejected with its reason while the good article is still ingested`, async () => {
    await project.addRaw(name, content);
    const result = await ingest();
    assert.deepEqual(result.skipped, [`content/raw/${name}`]);
    assert.equal(result.records.length, 1);
    const lines = problemLines(result.problems).join('\n');
    assert.match(lines, new RegExp(`content/raw/${name.replace('.', '\\.')}  error`));
    assert.match(lines, reason);
  });
}

test('Windows-1252 text is decoded with a warning and its curly quotes survive', async () => {
  await project.addRaw('cp1252.txt', iconv.encode('Talks in Dushanbe\n\n\u201CWe agreed,\u201D the minister said in Dushanbe on Monday about caf\u00E9 trade.\n', 'win1252'));
  const result = await ingest();
  assert.equal(result.records.length, 2);
  assert.match(problemLines(result.problems).join('\n'), /cp1252\.txt  warning/);
  const body = (await records()).map((r) => r.content).join('\n');
  assert.match(body, /\u201CWe agreed,\u201D/);
  assert.match(body, /caf\u00E9/);
});

test('UTF-16 with a byte-order mark is read like UTF-8', async () => {
  const text = 'Parliament speakers meet\r\n\r\nTASHKENT \u2013 The speakers of the parliaments of Uzbekistan and Tajikistan met on Friday.\r\n';
  await project.addRaw('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const result = await ingest();
  assert.equal(result.records.length, 2);
  assert.ok(result.records.some((r) => r.title === 'Parliament speakers meet'));
});

test('identical headlines in different files get different, stable slugs', async () => {
  await project.addRaw('copy-a.txt', GOOD);
  await project.addRaw('copy-b.txt', GOOD);
  const first = (await ingest()).records.map((r) => r.slug);
  assert.equal(new Set(first).size, 3);
  const second = (await ingest()).records.map((r) => r.slug);
  assert.deepEqual(second, first);
});

test('an article keeps its URL when another with the same headline is added or deleted', async () => {
  const slugOf = async (origin: string) => (await ingest()).records.find((r) => r.origin === origin)!.slug;
  const alone = await slugOf('content/raw/good.txt');
  await project.addRaw('a-copy.txt', GOOD); // sorts before good.txt
  assert.equal(await slugOf('content/raw/good.txt'), alone);
  const copy = await slugOf('content/raw/a-copy.txt');
  await rm(path.join(project.rawDir, 'good.txt'));
  assert.equal(await slugOf('content/raw/a-copy.txt'), copy);
});

test('hostile and unusual file names become safe slugs and records', async () => {
  for (const name of ['weird..name...txt', '-dash-.txt', 'spaces and (brackets) [1].txt', 'статья.txt', `${'long'.repeat(60)}.txt`, 'sub/dir/nested.md']) {
    await project.addRaw(name, `\n\nThe ministers of Kyrgyzstan met their colleagues in Bishkek for talks about ${name}.\n`);
  }
  const result = await ingest();
  assert.equal(result.records.length, 7);
  for (const r of result.records) assert.match(r.slug, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  assert.ok(result.records.some((r) => r.origin === 'content/raw/sub/dir/nested.md'));
  for (const name of await readdir(project.recordsDir)) assert.match(name, /^[a-z0-9-]+\.md$/);
});

test('an impossible date is a warning and is never rolled over to the next month', async () => {
  await project.addRaw('impossible.txt', 'Council meets\n\nDUSHANBE, 31.02.2024 (Khovar) \u2013 The council met to discuss water use.\n');
  const result = await ingest();
  const record = result.records.find((r) => r.origin.endsWith('impossible.txt'))!;
  assert.equal(record.date, null);
  assert.match(problemLines(result.problems).join('\n'), /impossible\.txt  warning  date: "31\.02\.2024" is not a real date \(add date: YYYY-MM-DD front matter\)/);
});

test('front matter supplies a date the text does not give, and wins over extraction', async () => {
  await project.addRaw('given.txt', '---\ndate: 2024-01-25\nsource: Daryo\n---\nTalks held\n\nThe ministers met on January 25 in Dushanbe.\n');
  const record = (await ingest()).records.find((r) => r.origin.endsWith('given.txt'))!;
  assert.deepEqual([record.date, record.dateBasis, record.source], ['2024-01-25', 'given in front matter', 'Daryo']);
});

test('a record whose raw file is gone is removed on the next run', async () => {
  const file = await project.addRaw('temporary.txt', 'Short-lived story\n\nA story about Bishkek that will be deleted.\n');
  await ingest();
  assert.equal((await readdir(project.recordsDir)).length, 2);
  await rm(file);
  const result = await ingest();
  assert.equal(result.removed, 1);
  assert.equal((await readdir(project.recordsDir)).length, 1);
});

test('npm run ingest prints a line per article and the problems by file, exiting 0, or 1 with --strict', async () => {
  await project.addRaw('empty.txt', '');
  const run = (args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', '--root', project.root, ...args]).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e) => ({ code: e.code as number, out: e.stdout as string }),
  );
  const normal = await run([]);
  assert.equal(normal.code, 0);
  assert.match(normal.out, /content\/raw\/good\.txt → Ministers agree on new rail link \| undated \|/);
  assert.match(normal.out, /content\/raw\/empty\.txt  error  file: .*empty/);
  assert.equal((await run(['--strict'])).code, 1);
});
