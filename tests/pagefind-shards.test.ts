// How the search index is cut into shards: the pure planning, before any Pagefind runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planShards, shardManifest, sortValueOf } from '../src/build/pagefind-shards.ts';

const page = (path: string, sortValue?: string) => ({ path, sortValue });

test('shards hold the newest pages first, at most the shard size each', () => {
  const pages = [page('a', '2023-01-01'), page('b', '2025-06-01'), page('c', '2024-03-01'), page('d', '2022-12-31'), page('e', '2024-03-02')];
  assert.deepEqual(planShards(pages, 2), [['b', 'e'], ['c', 'a'], ['d']]);
});

test('pages without a date and undated pages (0000-00-00) come after every dated page', () => {
  const pages = [page('none'), page('old', '1999-01-01'), page('undated', '0000-00-00'), page('new', '2024-01-01')];
  assert.deepEqual(planShards(pages, 10), [['new', 'old', 'undated', 'none']]);
});

test('pages with the same date are ordered by path, so the plan is the same on every build', () => {
  const pages = [page('z', '2024-01-01'), page('m', '2024-01-01'), page('a', '2024-01-01')];
  assert.deepEqual(planShards(pages, 2), [['a', 'm'], ['z']]);
  assert.deepEqual(planShards([...pages].reverse(), 2), [['a', 'm'], ['z']]);
});

test('an archive smaller than a shard is one shard, and no pages is one empty shard', () => {
  assert.deepEqual(planShards([page('a', '2024-01-01')]), [['a']]);
  assert.deepEqual(planShards([]), [[]]);
});

for (const size of [0, -1, 1.5, Number.NaN]) {
  test(`a shard size of ${size} is refused`, () => {
    assert.throws(() => planShards([page('a')], size), /positive whole number/);
  });
}

test('the manifest lists the first shard as the bundle folder itself, then shard-N folders, newest first', () => {
  assert.deepEqual(shardManifest(3), { sort: { key: 'date', order: 'desc' }, shards: ['./', 'shard-1/', 'shard-2/'] });
});

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
