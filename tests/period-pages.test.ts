// How a long list is cut into pages of calendar spans (src/site/period-pages.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodPages } from '../src/site/period-pages.ts';
import { newestFirst } from '../src/site/order.ts';

interface Item { date: string | null; slug: string }

/** In the site's reading order, as every list is. */
const list = (dates: (string | null)[]): Item[] => dates.map((date, i) => ({ date, slug: `a${String(i).padStart(4, '0')}` })).sort(newestFirst);

/** `n` articles on `day`. */
const on = (day: string, n: number) => Array<string>(n).fill(day);

const pagesOf = (dates: (string | null)[], size: number) => periodPages('/topics/energy/', list(dates), size, {});
const spansOf = (dates: (string | null)[], size: number) => pagesOf(dates, size).slice(1).map((p) => [p.period!.key, p.period!.label, p.items.length]);

test('a list that fits on a page is its own page alone, with no spans', () => {
  const pages = pagesOf([...on('2021-03-01', 3), null], 5);
  assert.equal(pages.length, 1);
  assert.deepEqual([pages[0]!.url, pages[0]!.period, pages[0]!.count, pages[0]!.items.length, pages[0]!.periods], ['/topics/energy/', null, 4, 4, []]);
});

test('spans are cut only as fine as they must be to fit, coarsest first, newest first', () => {
  const table: { name: string; dates: string[]; size: number; spans: [string, string, number][] }[] = [
    {
      name: 'decades',
      dates: [...on('2012-01-01', 3), ...on('2021-05-01', 4)],
      size: 5,
      spans: [['2020s', '2020s', 4], ['2010s', '2010s', 3]],
    },
    {
      name: 'halves of a decade, and pairs of years within a half',
      dates: [...on('2020-01-01', 2), ...on('2022-01-01', 2), ...on('2023-06-01', 1), ...on('2026-01-01', 2)],
      size: 3,
      spans: [['2025-2029', '2025–2029', 2], ['2022-2023', '2022–2023', 3], ['2020-2021', '2020–2021', 2]],
    },
    {
      name: 'a lone year of a pair is keyed as the year',
      dates: [...on('2024-02-01', 2), ...on('2022-01-01', 3)],
      size: 3,
      spans: [['2024', '2024', 2], ['2022-2023', '2022–2023', 3]],
    },
    {
      name: 'halves and quarters of a year',
      dates: [...on('2021-11-01', 2), ...on('2021-02-01', 2), ...on('2021-05-01', 2)],
      size: 3,
      spans: [['2021-h2', 'July–December 2021', 2], ['2021-q2', 'April–June 2021', 2], ['2021-q1', 'January–March 2021', 2]],
    },
    {
      name: 'months, halves of a month and days',
      dates: [...on('2021-06-20', 2), ...on('2021-06-03', 2), ...on('2021-06-04', 1), ...on('2021-05-02', 1), ...on('2021-04-30', 2)],
      size: 2,
      spans: [['2021-06-b', '16–30 June 2021', 2], ['2021-06-04', '4 June 2021', 1], ['2021-06-03', '3 June 2021', 2], ['2021-05', 'May 2021', 1], ['2021-04', 'April 2021', 2]],
    },
    {
      name: 'a day larger than a page is never cut',
      dates: [...on('2021-06-20', 4), ...on('2021-06-19', 1)],
      size: 2,
      spans: [['2021-06-20', '20 June 2021', 4], ['2021-06-19', '19 June 2021', 1]],
    },
  ];
  for (const { name, dates, size, spans } of table) assert.deepEqual(spansOf(dates, size), spans, name);
});

test('undated articles come last, in numbered pages; a list of undated articles only is numbered from its own page', () => {
  assert.deepEqual(spansOf([...on('2021-06-20', 2), null, null, null], 2), [['2020s', '2020s', 2], ['undated', 'Undated', 2], ['undated-2', 'Undated, page 2', 1]]);
  assert.deepEqual(spansOf([null, null, null], 2).map((s) => s[0]), ['page-1', 'page-2']);
});

test("the list's own page shows its newest articles, every span with its count, and where the list goes on", () => {
  const [own, ...spans] = pagesOf([...on('2022-03-01', 3), ...on('2021-03-01', 3)], 4);
  assert.equal(own!.items.length, 4);
  assert.equal(own!.count, 6);
  assert.deepEqual(own!.periods.map((p) => [p.url, p.count]), [['/topics/energy/2022-2023/', 3], ['/topics/energy/2020-2021/', 3]]);
  // Its fifth article, the first it does not show, is in 2021.
  assert.equal(own!.older?.key, '2020-2021');
  assert.equal(own!.newer, null);
  assert.deepEqual(spans.map((p) => [p.url, p.count, p.newer?.key ?? null, p.older?.key ?? null, p.periods.length]), [
    ['/topics/energy/2022-2023/', 3, null, '2020-2021', 0],
    ['/topics/energy/2020-2021/', 3, '2022-2023', null, 0],
  ]);
});

test('an article added to a span changes that span alone; the other spans keep their articles', () => {
  const dates = [...on('2024-05-01', 3), ...on('2023-02-01', 3), ...on('2021-07-01', 3), ...on('2020-01-01', 3)];
  const before = pagesOf(dates, 4).slice(1);
  const after = pagesOf([...dates, '2021-08-01'], 4).slice(1);
  const changed = after.filter((page) => JSON.stringify(page) !== JSON.stringify(before.find((b) => b.url === page.url)));
  assert.deepEqual(changed.map((p) => p.url), ['/topics/energy/2021/']);
});
