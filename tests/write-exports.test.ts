// The export stage (src/build/write-exports.ts) and the formats it writes (src/site/exports/):
// made in pieces, an article at a time, and written whole, whatever their length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordSchema, type ArticleRecord } from '../src/record/schema.ts';
import { jsonList } from '../src/site/exports/list-format.ts';
import { writeExports } from '../src/build/write-exports.ts';
import { ARCHIVE_EXPORTS } from '../src/site/exports/archive-exports.ts';
import { BodyText } from '../src/record/body-text.ts';

const record = (slug: string, date: string | null): ArticleRecord => recordSchema.parse({
  title: `Report ${slug}`, date, dateBasis: date ? 'dateline' : 'none', place: null, source: 'Example Wire',
  countries: ['TJ'], topics: [], people: [], organizations: [], summary: 'A report.', url: null, author: null,
  language: 'en', wordCount: 2, slug, origin: `content/raw/${slug}.txt`, received: '2026-01-01T09:00:00Z',
});

for (const [name, items] of [
  ['no items', []],
  ['one item', [{ a: 1 }]],
  ['items with quotes, line breaks and characters beyond Latin-1', [{ t: 'say "hi"\n' }, { t: 'Dushanbe — “water”' }, { t: '\u2028' }]],
] as const) {
  test(`a JSON list written in pieces is what JSON.stringify writes: ${name}`, () => {
    const shown = (item: object) => ({ ...item, shown: true });
    const { head, between, tail, entry } = jsonList('articles', shown);
    // Laid out as the export stage writes a file: the head, the entries with `between` between two, the tail.
    assert.equal(head + items.map((item) => entry(item, '')).join(between) + tail, JSON.stringify({ articles: items.map(shown) }));
  });
}

test('an export longer than the chunks it is written in is written whole, in reading order', async () => {
  const outDir = await mkdtemp(path.join(tmpdir(), 'exports-'));
  try {
    // Three bodies of 600,000 characters: the text export spans chunks of about a million.
    const records = [['old', '2024-01-01'], ['new', '2025-01-01'], ['undated', null]].map(([slug, date], i) => ({
      record: record(slug!, date ?? null),
      body: BodyText.of(`${String.fromCharCode(0x61 + i).repeat(600_000)} “${slug}”\n`),
    }));
    const result = await writeExports({ outDir, records, siteUrl: 'https://news.example.org' });
    assert.deepEqual(result, { files: 3, kept: 0, entries: 9, entriesMade: 9 });
    const { articles } = JSON.parse(await readFile(path.join(outDir, 'api', 'articles-text.json'), 'utf8')) as { articles: { slug: string; text: string }[] };
    assert.deepEqual(articles.map((a) => a.slug), ['new', 'old', 'undated']);
    assert.deepEqual(articles.map((a) => a.text), [1, 0, 2].map((i) => records[i]!.body.text.trimEnd()));
    const csv = await readFile(path.join(outDir, 'api', 'articles.csv'), 'utf8');
    assert.deepEqual(csv.split('\r\n').map((row) => row.split(',')[0]), ['page', ...['new', 'old', 'undated'].map((s) => `https://news.example.org/articles/${s}/`), '']);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
});

test('an export made again copies the unchanged articles\' entries from the published file and is the file made from scratch', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'exports-'));
  try {
    const remember = { root, version: 'v1' };
    const records = ['b', 'c', 'd', 'e'].map((slug, i) => ({ record: record(slug, `2025-0${i + 1}-01`), body: BodyText.of(`Text of “${slug}”.\n`) }));
    // Newest first, the new one falls between two that were published.
    const added = [...records, { record: record('a', '2025-02-15'), body: BodyText.of('The new one.\n') }];
    const dirs = { published: path.join(root, 'published'), next: path.join(root, 'next'), scratch: path.join(root, 'scratch'), edited: path.join(root, 'edited') };
    await writeExports({ outDir: dirs.published, records, siteUrl: 'https://news.example.org', remember });
    const next = await writeExports({ outDir: dirs.next, records: added, siteUrl: 'https://news.example.org', previousSite: dirs.published, remember });
    assert.deepEqual(next, { files: 3, kept: 0, entries: 15, entriesMade: 3 });
    await writeExports({ outDir: dirs.scratch, records: added, siteUrl: 'https://news.example.org' });
    for (const { file } of ARCHIVE_EXPORTS) assert.equal(await readFile(path.join(dirs.next, file), 'utf8'), await readFile(path.join(dirs.scratch, file), 'utf8'), file);

    // A published file changed by hand is neither kept nor copied from; the others still are.
    await appendFile(path.join(dirs.next, 'api', 'articles.csv'), 'x');
    const same = await writeExports({ outDir: dirs.edited, records: added, siteUrl: 'https://news.example.org', previousSite: dirs.next, remember });
    assert.deepEqual(same, { files: 3, kept: 2, entries: 5, entriesMade: 5 });
    for (const { file } of ARCHIVE_EXPORTS) assert.equal(await readFile(path.join(dirs.edited, file), 'utf8'), await readFile(path.join(dirs.scratch, file), 'utf8'), file);
    await appendFile(path.join(dirs.edited, 'api', 'articles.csv'), 'x');
    const fewer = await writeExports({ outDir: dirs.next, records, siteUrl: 'https://news.example.org', previousSite: dirs.edited, remember });
    assert.deepEqual(fewer, { files: 3, kept: 0, entries: 12, entriesMade: 4 });
    for (const { file } of ARCHIVE_EXPORTS) assert.equal(await readFile(path.join(dirs.next, file), 'utf8'), await readFile(path.join(dirs.published, file), 'utf8'), file);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
