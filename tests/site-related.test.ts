// Related articles: most shared countries, topics and people first, then nearest in time,
// found through an index rather than by comparing every article with every other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedIndices, type Relatable } from '../src/site/related.ts';

const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const item = (slug: string, date: string | null, keys: string[]): Relatable => ({ slug, date, keys });

test('the article sharing the most keys comes first, even when another is nearer in time', () => {
  const items = [
    item('a', day(100), ['c:TJ', 't:trade', 'p:Ann']),
    item('near', day(101), ['c:TJ']),
    item('far-but-close', day(10), ['c:TJ', 't:trade', 'p:Ann']),
  ];
  assert.deepEqual(relatedIndices(items)[0], [2, 1]);
});

test('among equally related articles the nearest in time comes first', () => {
  const items = [item('a', day(50), ['c:KZ']), item('b', day(10), ['c:KZ']), item('c', day(48), ['c:KZ']), item('d', day(60), ['c:KZ'])];
  assert.deepEqual(relatedIndices(items)[0], [2, 3, 1]);
});

test('an article never relates to itself or to articles sharing nothing, and lists at most five', () => {
  const items = Array.from({ length: 20 }, (_, i) => item(`s${i}`, day(i), ['c:TJ']));
  items.push(item('alone', day(5), ['c:FR']));
  const related = relatedIndices(items);
  assert.equal(related[0].length, 5);
  assert.ok(!related[0].includes(0));
  assert.ok(!related[0].includes(20));
  assert.deepEqual(related[20], []);
});

test('a rare shared key is found among thousands of articles sharing a common one', () => {
  const items = Array.from({ length: 5000 }, (_, i) => item(`s${i}`, day(i), ['c:TJ']));
  items.push(item('x', day(10), ['c:TJ', 'p:Rare Person']), item('y', day(4900), ['c:TJ', 'p:Rare Person']));
  assert.equal(relatedIndices(items)[5000][0], 5001);
});

test('undated articles relate to each other and to dated ones through shared keys', () => {
  const items = [item('u1', null, ['t:water']), item('u2', null, ['t:water']), item('d', day(3), ['t:water'])];
  const related = relatedIndices(items);
  assert.deepEqual(new Set(related[0]), new Set([1, 2]));
  assert.equal(related[2].length, 2);
});

test('each article scores a bounded number of candidates, however many articles share its keys', () => {
  const keysPerArticle = 3;
  const make = (n: number) => Array.from({ length: n }, (_, i) => item(`s${i}`, i % 9 ? day(i % 3000) : null, [`c:${i % 5}`, `t:${i % 7}`, 'c:common']));
  for (const n of [1000, 16000]) {
    const stats = { candidates: 0 };
    relatedIndices(make(n), { stats });
    // Comparing every article with every other would score n - 1 candidates each.
    assert.ok(stats.candidates <= n * keysPerArticle * 8, `${n} articles: ${stats.candidates} candidates`);
  }
});
