// The coverage chart's numbers and geometry (src/site/coverage.ts), before any template.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coverageChart, monthsBetween, MAX_MONTHS } from '../src/site/coverage.ts';

const urlOf = (key: string) => `/archive/${key}/`;

test('months from the first to the last are bars, the empty ones included, each linking to its month', () => {
  const chart = coverageChart(['2025-01-05', '2025-03-10', '2025-03-11', null], urlOf)!;
  assert.equal(chart.unit, 'month');
  assert.deepEqual(chart.bars.map((b) => [b.key, b.count, b.url]), [['2025-01', 1, '/archive/2025-01/'], ['2025-02', 0, null], ['2025-03', 2, '/archive/2025-03/']]);
  assert.deepEqual([chart.first, chart.last, chart.undated, chart.max], ['January 2025', 'March 2025', 1, 2]);
});

test('the tallest bar fills the height, a small count still shows, an empty month has no height', () => {
  const dates = [...Array(100).fill('2025-01-01'), '2025-02-01'];
  const [big, small] = coverageChart(dates, urlOf)!.bars;
  assert.equal(big!.height, 120);
  assert.equal(big!.y, 0);
  assert.ok(small!.height >= 2 && small!.y === 120 - small!.height);
  assert.equal(coverageChart(['2025-01-01', '2025-03-01'], urlOf)!.bars[1]!.height, 0);
});

test(`a span of more than ${MAX_MONTHS} months is drawn by year`, () => {
  const chart = coverageChart(['2019-12-31', '2021-06-01', '2023-01-01'], urlOf)!;
  assert.equal(chart.unit, 'year');
  assert.deepEqual(chart.bars.map((b) => [b.key, b.count]), [['2019', 1], ['2020', 0], ['2021', 1], ['2022', 0], ['2023', 1]]);
});

test('bars sit side by side across the whole width, in order', () => {
  const bars = coverageChart(['2025-01-01', '2025-02-01', '2025-03-01', '2025-04-01'], urlOf)!.bars;
  assert.deepEqual(bars.map((b) => b.x), [0, 160, 320, 480]);
  assert.ok(bars.every((b) => b.width === 159));
});

test('no dated article is no chart', () => {
  assert.equal(coverageChart([null, null], urlOf), null);
  assert.equal(coverageChart([], urlOf), null);
});

test('months between two months cross the year end', () => {
  assert.deepEqual(monthsBetween('2024-11', '2025-02'), ['2024-11', '2024-12', '2025-01', '2025-02']);
  assert.deepEqual(monthsBetween('2025-05', '2025-05'), ['2025-05']);
});
