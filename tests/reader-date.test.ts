// Reader dates (src/site/filters/reader-date.ts) are put together from luxon's names; luxon's own
// toFormat, slower, is the reference they must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { longDate, monthName, readerDate, shortDate } from '../src/site/filters/reader-date.ts';

const reference = (iso: string, format: string) => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB').toFormat(format);

test('every day of two leap years and a year before 1000 reads as luxon formats it', () => {
  const days: string[] = [];
  for (const first of ['2023-12-31', '0999-01-01']) {
    let day = DateTime.fromISO(first, { zone: 'utc' });
    for (let i = 0; i < 800; i++, day = day.plus({ days: 1 })) days.push(day.toISODate()!);
  }
  for (const iso of days) {
    assert.equal(readerDate(iso), reference(iso, 'cccc, d LLLL yyyy'));
    assert.equal(longDate(iso), reference(iso, 'd LLLL yyyy'));
    assert.equal(shortDate(iso), reference(iso, 'd LLL yyyy'));
    assert.equal(monthName(iso.slice(0, 7)), reference(iso, 'LLLL yyyy'));
  }
});

test('a received time reads as its day in UTC', () => {
  assert.equal(longDate('2026-12-01T23:59:59Z'), '1 December 2026');
});

test('a value that is not a date is refused, not shown as "Invalid DateTime"', () => {
  assert.throws(() => readerDate('2025-02-30'), /not a YYYY-MM-DD date/);
  assert.throws(() => shortDate('soon'), /not a YYYY-MM-DD date/);
});
