// What the search index reads of an article (src/site/search-document.ts): made from the record,
// with a digest that changes exactly when what Pagefind would read changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recordSchema, type ArticleRecord } from '../src/record/schema.ts';
import { searchDocument } from '../src/site/search-document.ts';
import { BodyText } from '../src/record/body-text.ts';

const RECORD: ArticleRecord = recordSchema.parse({
  title: 'Water talks in Dushanbe',
  date: '2025-06-04',
  dateBasis: 'dateline',
  place: 'Dushanbe',
  source: 'Example Wire',
  countries: ['TJ', 'UZ'],
  topics: ['water'],
  people: ['Ada Lovelace'],
  organizations: [],
  summary: 'Ministers discussed water.',
  url: null,
  author: null,
  language: 'en',
  wordCount: 5,
  slug: 'water-talks',
  origin: 'content/raw/water.txt',
  received: '2026-01-01T09:00:00Z',
});
const BODY = 'Ministers discussed water and energy.\n';
const digestOf = (record: Partial<ArticleRecord>, body = BODY) => searchDocument({ record: { ...RECORD, ...record }, body: BodyText.of(body) }).digest;

test("a document sits at its article page's path, sorted and cut by its date", () => {
  const document = searchDocument({ record: RECORD, body: BodyText.of(BODY) });
  assert.deepEqual([document.path, document.sortValue, document.month], ['articles/water-talks/index.html', '2025-06-04', '2025-06']);
  const undated = searchDocument({ record: { ...RECORD, date: null }, body: BodyText.of(BODY) });
  assert.deepEqual([undated.sortValue, undated.month], ['0000-00-00', 'Undated']);
});

test('the same record gives the same digest', () => {
  assert.equal(digestOf({}), digestOf({}));
});

for (const [what, change, body] of [
  ['the headline', { title: 'Energy talks in Dushanbe' }],
  ['the date', { date: '2025-06-05' }],
  ['the place', { place: 'Khujand' }],
  ['the source', { source: 'Other Wire' }],
  ['a country', { countries: ['TJ'] }],
  ['a topic', { topics: ['energy'] }],
  ['the slug', { slug: 'water-talks-2' }],
  ['the body', {}, 'Ministers discussed water.\n'],
] as [string, Partial<ArticleRecord>, string?][]) {
  test(`a change to ${what} changes the digest`, () => {
    assert.notEqual(digestOf(change, body), digestOf({}));
  });
}

for (const [what, change] of [
  ['the people', { people: ['Grace Hopper'] }],
  ['the summary', { summary: 'Another summary.' }],
  ['the time it was received', { received: '2026-02-01T09:00:00Z' }],
] as [string, Partial<ArticleRecord>][]) {
  test(`a change to ${what}, which the index does not read, keeps the digest`, () => {
    assert.equal(digestOf(change), digestOf({}));
  });
}

test('values written as markup stay text, in attributes and elements alike', () => {
  const html = searchDocument({ record: { ...RECORD, title: '<b>Bold</b> "quoted"', source: 'Wire" onload="x', place: '<img src=x>' }, body: BodyText.of(BODY) }).html();
  assert.ok(html.includes('<h1 data-pagefind-meta="title">&lt;b&gt;Bold&lt;/b&gt; &quot;quoted&quot;</h1>'));
  assert.ok(html.includes('data-pagefind-meta="source:Wire&quot; onload=&quot;x"'));
  assert.ok(html.includes('<span data-pagefind-filter="source">Wire&quot; onload=&quot;x</span>'));
  assert.doesNotMatch(html, /<b>|<img|onload="/);
});

test('countries and topics are filtered by the names the site shows', () => {
  const html = searchDocument({ record: RECORD, body: BodyText.of(BODY) }).html();
  assert.ok(html.includes('<span data-pagefind-filter="country">Tajikistan</span>'));
  assert.ok(html.includes('<span data-pagefind-filter="country">Uzbekistan</span>'));
  assert.match(html, /<span data-pagefind-filter="topic">Water[^<]*<\/span>/);
});
