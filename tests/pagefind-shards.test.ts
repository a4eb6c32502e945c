// How the search index is cut into shards: the pure planning, before any Pagefind runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { INDEX_VERSION, planShards, shardManifest } from '../src/build/pagefind-shards.ts';

/** A page as the index stage plans it; its month is its date's, as a search document's is. */
const page = (path: string, sortValue?: string, digest = path) =>
  ({ path, sortValue, month: sortValue === undefined || sortValue === '0000-00-00' ? 'Undated' : sortValue.slice(0, 7), digest });
const pathsOf = (shard: { pages: { path: string }[] }) => shard.pages.map((page) => page.path);
const pagesOf = (plan: { pages: { path: string }[] }[]) => plan.map(pathsOf);

test('an archive that fits in one shard is one shard, newest first', () => {
  const pages = [page('a', '2023-01-01'), page('b', '2025-06-01'), page('c', '2024-03-01')];
  const plan = planShards(pages, 3);
  assert.deepEqual(pagesOf(plan), [['b', 'c', 'a']]);
  assert.deepEqual(plan.map((shard) => shard.months), [['2025-06', '2024-03', '2023-01']]);
});

test('a larger archive is cut into decades, years, halves, quarters and months, only as far as a span needs', () => {
  const pages = [
    page('a', '2019-05-01'),
    page('b', '2023-01-01'), page('c', '2023-01-05'),
    page('d', '2024-02-01'), page('e', '2024-03-01'), page('f', '2024-05-01'), page('g', '2024-11-01'),
    page('h', '2025-06-01'), page('i', '2025-06-02'), page('j', '2025-06-03'),
  ];
  const plan = planShards(pages, 3);
  // The 2010s fit; the 2020s do not, so they go by year; 2024 does not, so it goes by half;
  // June 2025 is one month, whatever its size.
  assert.deepEqual(pagesOf(plan), [['j', 'i', 'h'], ['g'], ['f', 'e', 'd'], ['c', 'b'], ['a']]);
  assert.deepEqual(plan.map((shard) => shard.months), [['2025-06'], ['2024-11'], ['2024-05', '2024-03', '2024-02'], ['2023-01'], ['2019-05']]);
  assert.deepEqual(plan.map((shard) => shard.folder), ['m-2025-06', 'm-2024-11', 'm-2024-02', 'm-2023-01', 'm-2019-05']);
});

test('quiet years share a shard: a decade is cut into halves and pairs of years before single years', () => {
  const pages = ['2010', '2011', '2012', '2013', '2014', '2016'].map((year) => page(year, `${year}-06-01`));
  // 2010-2014 hold 5 pages, more than 4: cut into the pairs 2010-11, 2012-13 and 2014; 2015-19 fit.
  assert.deepEqual(pagesOf(planShards(pages, 4)), [['2016'], ['2014'], ['2013', '2012'], ['2011', '2010']]);
  assert.deepEqual(pagesOf(planShards(pages, 6)), [['2016', '2014', '2013', '2012', '2011', '2010']]);
});

test('a month larger than the shard size is one shard of its own', () => {
  const pages = [page('a', '2024-01-01'), page('b', '2024-01-02'), page('c', '2024-01-03'), page('d', '2024-02-01')];
  assert.deepEqual(pagesOf(planShards(pages, 2)), [['d'], ['c', 'b', 'a']]);
});

test('a new article in any month changes only the shard of its span, digest and all', () => {
  const pages = [page('a', '2021-01-01'), page('b', '2021-02-01'), page('c', '2022-01-01'), page('d', '2022-02-01'), page('e', '2023-01-01'), page('f', '2023-02-01')];
  const before = planShards(pages, 3);
  assert.deepEqual(pagesOf(before), [['f', 'e'], ['d', 'c'], ['b', 'a']]);
  for (const added of [page('n', '2021-01-09'), page('n', '2023-02-09')]) {
    const after = planShards([...pages, added], 3);
    assert.deepEqual(after.map((s) => s.months), before.map((s) => s.months));
    assert.equal(after.filter((s, i) => s.digest !== before[i]!.digest).length, 1, added.sortValue);
  }
});

test('a span the new article fills past the shard size is cut, and only that span', () => {
  const pages = [page('a', '2021-01-01'), page('b', '2021-08-01'), page('c', '2022-01-01'), page('d', '2022-02-01'), page('e', '2023-01-01')];
  const before = planShards(pages, 2);
  const after = planShards([...pages, page('n', '2021-09-01')], 2);
  assert.deepEqual(pagesOf(after), [['e'], ['d', 'c'], ['n', 'b'], ['a']]);
  assert.deepEqual(after.slice(0, 2), before.slice(0, 2));
});

test('a shard whose page changed gets a new digest; the same pages give the same digest', () => {
  const pages = [page('a', '2025-01-01'), page('b', '2025-01-02')];
  assert.equal(planShards(pages)[0]!.digest, planShards([...pages].reverse())[0]!.digest);
  assert.notEqual(planShards([page('a', '2025-01-01', 'edited'), pages[1]!])[0]!.digest, planShards(pages)[0]!.digest);
});

test('undated pages come after every dated one, in shards of at most the shard size', () => {
  const pages = [page('z'), page('old', '1999-01-01'), page('m', '0000-00-00'), page('new', '2024-01-01'), page('a'), page('q'), page('k')];
  const plan = planShards(pages, 2);
  assert.deepEqual(pagesOf(plan)[0], ['new', 'old']);
  const undated = plan.slice(1);
  assert.deepEqual(undated.flatMap(pathsOf).sort(), ['a', 'k', 'm', 'q', 'z']);
  assert.ok(undated.every((s) => s.pages.length >= 1 && s.pages.length <= 2 && s.months.join() === 'Undated' && s.folder.startsWith('undated-')));
  // One shard holds them all while they fit.
  assert.deepEqual(planShards([page('z'), page('a')], 2).map((s) => [s.folder, pathsOf(s)]), [['undated-all', ['a', 'z']]]);
});

test('a new undated page changes one undated shard only', () => {
  const pages = Array.from({ length: 40 }, (_, i) => page(`articles/u${i}/index.html`));
  const before = planShards(pages, 8);
  for (const added of ['articles/new/index.html', 'articles/a/index.html', 'articles/zz/index.html']) {
    const after = planShards([...pages, page(added)], 8);
    const changed = after.filter((s) => !before.some((b) => b.digest === s.digest));
    assert.ok(changed.length === 1 || (changed.length === 2 && after.length === before.length + 1), `${added}: ${changed.length} shards changed`);
    assert.ok(changed.some((s) => pathsOf(s).includes(added)));
  }
});

test('no pages is one empty shard', () => {
  assert.deepEqual(pagesOf(planShards([])), [[]]);
});

for (const size of [0, -1, 1.5, Number.NaN]) {
  test(`a shard size of ${size} is refused`, () => {
    assert.throws(() => planShards([page('a')], size), /positive whole number/);
  });
}

test('the manifest lists each shard folder with its months, digest and entry, newest first', () => {
  const plan = [{ folder: 'm-2025-01', months: ['2025-01'], pages: [page('a', '2025-01-01')], digest: 'x' }, { folder: 'undated-1', months: ['Undated'], pages: [page('b')], digest: 'y' }];
  const entries = [{ tag: 't1', first: ['pagefind-entry.json?ts=t1'] }, { tag: 't2', first: ['pagefind-entry.json?ts=t2'] }];
  assert.deepEqual(shardManifest(plan, 'en', entries), {
    sort: { key: 'date', order: 'desc' },
    filter: 'month',
    language: 'en',
    shards: [{ folder: 'm-2025-01/', months: ['2025-01'], digest: 'x', ...entries[0] }, { folder: 'undated-1/', months: ['Undated'], digest: 'y', ...entries[1] }],
  });
});

test('the index version names the Pagefind version installed', () => {
  const installed = JSON.parse(readFileSync(new URL('../node_modules/pagefind/package.json', import.meta.url), 'utf8')).version;
  assert.ok(INDEX_VERSION.includes(`pagefind ${installed};`), `${INDEX_VERSION} should name pagefind ${installed}`);
});
