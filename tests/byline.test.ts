// The byline and the original address: read from the lines around the story, in several
// languages, and never from an outlet's name or the story's own sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAuthor, findUrl } from '../src/extract/layout/byline.ts';
import { looksLikeOutlet } from '../src/extract/source/source.ts';
import { ingestFile } from '../src/ingest/ingest-file.ts';

for (const [line, author] of [
  ['By Anna Sultanova', 'Anna Sultanova'],
  ['By Anna Sultanova | Steppe Herald | Updated: 2025-03-04 10:13', 'Anna Sultanova'],
  ['By Anna Sultanova and Timur Bekov', 'Anna Sultanova'],
  ['By Anna Sultanova March 4, 2025', 'Anna Sultanova'],
  ['Автор: Анна Султанова', 'Анна Султанова'],
  ['Von Anna Weber', 'Anna Weber'],
  ['By SteppeWire March 4, 2025', null],
  ['By Daily Wire', null],
  ['By HOA', null],
  ['Bypass road opens', null],
] as const) {
  test(`byline: ${line}`, () => assert.equal(findAuthor([line], looksLikeOutlet), author));
}

for (const [line, url] of [
  ['https://news.example.org/2025/03/power-swap', 'https://news.example.org/2025/03/power-swap'],
  ['Source: https://news.example.org/a?id=7.', 'https://news.example.org/a?id=7'],
  ['Read the report at https://example.org/report', null],
  ['javascript:alert(1)', null],
] as const) {
  test(`original address: ${line}`, () => assert.equal(findUrl([line]), url));
}

test('a record takes its author and original address from the page, and front matter may set both', () => {
  const story = 'Kyrgyzstan and Tajikistan extend power swap\n\nBy Anna Sultanova\n\nThe energy ministers of Kyrgyzstan and Tajikistan agreed on Tuesday to extend their summer power swap for another five years.\n\nhttps://news.example.org/power-swap\n';
  const found = ingestFile({ bytes: new TextEncoder().encode(story), origin: 'content/raw/a.txt' }).article!.record;
  assert.equal(found.author, 'Anna Sultanova');
  assert.equal(found.url, 'https://news.example.org/power-swap');
  const given = ingestFile({ bytes: new TextEncoder().encode(`---\nauthor: Timur Bekov\nurl: https://example.org/x\n---\n${story}`), origin: 'content/raw/b.txt' });
  assert.equal(given.article!.record.author, 'Timur Bekov');
  assert.equal(given.article!.record.url, 'https://example.org/x');
  const bad = ingestFile({ bytes: new TextEncoder().encode(`---\nurl: "javascript:alert(1)"\n---\n${story}`), origin: 'content/raw/c.txt' });
  assert.equal(bad.article!.record.url, 'https://news.example.org/power-swap');
  assert.match(JSON.stringify(bad.problems), /"field":"url".*is not an http\(s\) address; ignored/);
});
