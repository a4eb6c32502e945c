// Hostile and careless input: every value that reaches a record is data of a bounded size, with
// no character a feed or a terminal would choke on, and one bad file never stops the others.
import { test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { symlink, writeFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';
import { problemLines } from '../src/ingest/report.ts';
import { MAX_CHARS, MAX_FILE_BYTES, MAX_ITEMS } from '../src/record/limits.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';

const GOOD = 'Ministers agree on new rail link\n\nASTANA, March 12, 2024 (Xinhua) -- Kazakhstan and Uzbekistan agreed on Tuesday to build a new rail link between their capitals.\n';
const BODY = 'Water talks in Dushanbe\n\nThe ministers of Tajikistan and Uzbekistan met in Dushanbe on Monday to discuss water and energy.\n';
let project: TempProject;
const ingest = () => runIngest({ ...project, today: '2026-11-22' });
const recordOf = (result: Awaited<ReturnType<typeof ingest>>, name: string) => result.records.find((r) => r.origin === `content/raw/${name}`);
const problemsOf = (result: Awaited<ReturnType<typeof ingest>>, name: string) => JSON.stringify(result.problems.get(`content/raw/${name}`) ?? []);

beforeEach(async () => {
  project = await tempProject();
  await project.addRaw('good.txt', GOOD);
});
afterEach(() => project.remove());

test('control characters XML forbids are removed from the text and reported', async () => {
  await project.addRaw('ctl.txt', 'Talks\u001b[2J on water\u0008\u007f\uFFFE\uFFFF\n\nThe ministers of Tajikistan and Uzbekistan met\u000c in Dushanbe on Monday to discuss water.\n');
  const result = await ingest();
  const record = recordOf(result, 'ctl.txt')!;
  assert.equal(record.title, 'Talks[2J on water');
  assert.doesNotMatch(JSON.stringify(record), /[\u0000-\u0008\u000b-\u001f\u007f\ufffe\uffff]/);
  assert.match(problemsOf(result, 'ctl.txt'), /6 control or text-direction characters removed/);
});

test('right-to-left overrides are removed from titles, zero-width joiners in Persian words are kept', async () => {
  const word = 'می\u200Cخواهد';
  await project.addRaw('bidi.txt', `Evil \u202Etxt.exe\u202C title\n\nدولت ${word} که آب و برق را به مردم برساند و این کار را ادامه دهد.\n`);
  const record = recordOf(await ingest(), 'bidi.txt')!;
  assert.equal(record.title, 'Evil txt.exe title');
  assert.match(record.summary, new RegExp(word));
});

test('control characters written as YAML escapes in front matter are removed too', async () => {
  await project.addRaw('yaml-esc.txt', `---\nsource: "Wire\\e[31m\\x07"\n---\n${BODY}`);
  const result = await ingest();
  assert.equal(recordOf(result, 'yaml-esc.txt')!.source, 'Wire[31m');
  assert.match(problemsOf(result, 'yaml-esc.txt'), /source.*control or text-direction characters removed/);
});

test('a front-matter value past its limit is cut at a word with a warning naming the field', async () => {
  const title = 'word '.repeat(200_000); // 1 MB
  const people = Array.from({ length: MAX_ITEMS.people + 50 }, (_, i) => `"Person Number${i}"`).join(', ');
  await project.addRaw('huge.txt', `---\ntitle: ${title}\npeople: [${people}]\nsummary: ${'x'.repeat(MAX_CHARS.summary * 3)}\n---\n${BODY}`);
  const result = await ingest();
  const record = recordOf(result, 'huge.txt')!;
  assert.ok(record.title.length <= MAX_CHARS.title && record.title.endsWith('word…'), record.title.slice(-20));
  assert.equal(record.people.length, MAX_ITEMS.people);
  assert.ok(record.summary.length <= MAX_CHARS.summary);
  const report = problemsOf(result, 'huge.txt');
  for (const field of ['title', 'people', 'summary']) assert.match(report, new RegExp(`"field":"${field}","message":"(is|lists) \\d+`));
  assert.ok(report.length < 5000, `the report quotes at most a little of the value (${report.length} characters)`);
});

test('a YAML alias bomb is refused at once, naming the file, and the other articles are built', async () => {
  const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  await project.addRaw('bomb.txt', `---\n${levels.join('\n')}\npeople: *i\n---\n${BODY}`);
  const result = await ingest();
  assert.deepEqual(result.skipped, ['content/raw/bomb.txt']);
  assert.equal(result.records.length, 1);
  assert.match(problemLines(result.problems).join('\n'), /content\/raw\/bomb\.txt {2}error {2}front matter: uses YAML anchors and aliases/);
});

test('a file larger than the limit is refused without being read, and the others are built', async () => {
  await project.addRaw('big.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 'a'));
  const result = await ingest();
  assert.deepEqual(result.skipped, ['content/raw/big.txt']);
  assert.match(problemsOf(result, 'big.txt'), /more than the 4\.0 MiB an article may be/);
});

test('an exception inside extraction becomes an error for that file alone', () => {
  const hostile = new Proxy(new Uint8Array([65, 66]), {
    get(target, key) {
      if (key === 'includes') throw new Error('extractor failed');
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const outcome = ingestFile({ bytes: hostile, origin: 'content/raw/x.txt' });
  assert.equal(outcome.article, null);
  assert.match(outcome.problems[0].message, /could not be read as an article: extractor failed/);
});

test('a date given in front matter is checked for being in the future too', async () => {
  await project.addRaw('future.txt', `---\ndate: 2031-05-01\n---\n${BODY}`);
  const result = await ingest();
  assert.equal(recordOf(result, 'future.txt')!.date, '2031-05-01');
  assert.match(problemsOf(result, 'future.txt'), /2031-05-01 is in the future \(today is 2026-11-22\)/);
});

test('a symbolic link in the raw folder is reported and not followed', async () => {
  const outside = path.join(project.root, 'outside.txt');
  await writeFile(outside, BODY);
  await symlink(outside, path.join(project.rawDir, 'link.txt'));
  const result = await ingest();
  assert.equal(result.records.length, 1);
  assert.match(problemsOf(result, 'link.txt'), /is a symbolic link; skipped/);
});

test('the report shows control characters in file names and keys as escapes, never raw', async () => {
  await project.addRaw('keys.txt', `---\n"\\e[2J\\e[Hfake": 1\n---\n${BODY}`);
  await project.addRaw('name\u001b[31m.txt', BODY);
  const lines = problemLines((await ingest()).problems).join('\n');
  assert.doesNotMatch(lines, /\u001b/);
  assert.match(lines, /\\u001b\[2J\\u001b\[Hfake: is not a field you can set/);
  assert.ok((await readdir(project.rawDir)).length === 3);
});
