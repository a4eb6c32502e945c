// How the search index is cut into shards: the pure planning, before any Pagefind runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planShards, shardManifest, sortValueOf, yearOf } from '../src/build/pagefind-shards.ts';

/** A page as the render stage reports it; its year is read from its date, as the layout writes it. */
const page = (path: string, sortValue?: string) =>
  ({ path, sortValue, year: sortValue === undefined ? undefined : sortValue === '0000-00-00' ? 'Undated' : sortValue.slice(0, 4) });
const pagesOf = (plan: { pages: string[] }[]) => plan.map((shard) => shard.pages);

test('years are packed into shards newest first, at most the shard size each, and a year is never split', () => {
  const pages = [page('a', '2023-01-01'), page('b', '2025-06-01'), page('c', '2024-03-01'), page('d', '2022-12-31'), page('e', '2024-03-02'), page('f', '2023-05-01')];
  const plan = planShards(pages, 3);
  assert.deepEqual(pagesOf(plan), [['b', 'e', 'c'], ['f', 'a', 'd']]);
  assert.deepEqual(plan.map((shard) => shard.years), [['2025', '2024'], ['2023', '2022']]);
  // One page fewer room, and 2024 no longer fits beside 2025.
  assert.deepEqual(pagesOf(planShards(pages, 2)), [['b'], ['e', 'c'], ['f', 'a'], ['d']]);
});

test('a year larger than the shard size is one shard of its own', () => {
  const pages = [page('a', '2024-01-01'), page('b', '2024-02-01'), page('c', '2024-03-01'), page('d', '2023-01-01')];
  assert.deepEqual(pagesOf(planShards(pages, 2)), [['c', 'b', 'a'], ['d']]);
});

test('adding a page to one year leaves the shards of the other years as they were', () => {
  const pages = [page('a', '2025-01-01'), page('b', '2024-01-01'), page('c', '2023-01-01')];
  const before = pagesOf(planShards(pages, 1));
  const after = pagesOf(planShards([...pages, page('n', '2025-02-01')], 1));
  assert.deepEqual(after.slice(1), before.slice(1));
});

test('undated pages and pages without a year come after every dated page', () => {
  const pages = [page('none'), page('old', '1999-01-01'), page('undated', '0000-00-00'), page('new', '2024-01-01')];
  assert.deepEqual(pagesOf(planShards(pages, 10)), [['new', 'old', 'undated', 'none']]);
  assert.deepEqual(planShards(pages, 10)[0]!.years, ['2024', '1999', 'Undated', '']);
});

test('pages with the same date are ordered by path, so the plan is the same on every build', () => {
  const pages = [page('z', '2024-01-01'), page('m', '2024-01-01'), page('a', '2024-01-01')];
  assert.deepEqual(pagesOf(planShards(pages, 5)), [['a', 'm', 'z']]);
  assert.deepEqual(pagesOf(planShards([...pages].reverse(), 5)), [['a', 'm', 'z']]);
});

test('an archive smaller than a shard is one shard, and no pages is one empty shard', () => {
  assert.deepEqual(pagesOf(planShards([page('a', '2024-01-01')])), [['a']]);
  assert.deepEqual(planShards([]), [{ years: [], pages: [] }]);
});

for (const size of [0, -1, 1.5, Number.NaN]) {
  test(`a shard size of ${size} is refused`, () => {
    assert.throws(() => planShards([page('a')], size), /positive whole number/);
  });
}

test('the manifest lists the first shard as the bundle folder itself, then shard-N folders, each with its years', () => {
  const plan = [{ years: ['2025'], pages: ['a'] }, { years: ['2024', '2023'], pages: ['b', 'c'] }];
  assert.deepEqual(shardManifest(plan), {
    sort: { key: 'date', order: 'desc' },
    filter: 'year',
    shards: [{ folder: './', years: ['2025'] }, { folder: 'shard-1/', years: ['2024', '2023'] }],
  });
});

for (const [name, html, expected] of [
  ['a year', '<span data-pagefind-filter="year">2024</span>', '2024'],
  ['no date', '<span data-pagefind-filter="year">Undated</span>', 'Undated'],
  ['another filter only', '<span data-pagefind-filter="country">Chile</span>', undefined],
] as const) {
  test(`the year of a page with ${name} is ${expected ?? 'missing'}`, () => {
    assert.equal(yearOf(html), expected);
  });
}

for (const [name, html, expected] of [
  ['a date', '<span data-pagefind-sort="date:2024-09-15"></span>', '2024-09-15'],
  ['an escaped value', '<span data-pagefind-sort="date:a &amp; b"></span>', 'a & b'],
  ['another sort key only', '<span data-pagefind-sort="title:Zebra"></span>', undefined],
  ['no sort key', '<article data-pagefind-body><h1>t</h1></article>', undefined],
] as const) {
  test(`the sort value of a page with ${name} is ${expected ?? 'missing'}`, () => {
    assert.equal(sortValueOf(html), expected);
  });
}
