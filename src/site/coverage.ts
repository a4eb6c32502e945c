// Coverage over time: how many articles a list holds per month (per year when it spans more
// than MAX_MONTHS months), as the bars of a chart drawn at build time in SVG. The geometry is
// worked out here so the template only writes it out; every bar links to the archive of its
// month or year, and the same numbers are written as a table for those who cannot see the chart.
import { monthName } from './filters/reader-date.ts';

/** Beyond this many months from the first to the last, bars are years. */
export const MAX_MONTHS = 36;
const WIDTH = 640;
const HEIGHT = 120;
const GAP = 1;

export interface Bar {
  /** "2025-06" or "2025". */
  key: string;
  label: string;
  count: number;
  /** Where that period's articles are listed; null for an empty period. */
  url: string | null;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface CoverageChart {
  unit: 'month' | 'year';
  width: number;
  height: number;
  bars: Bar[];
  max: number;
  /** Articles with no date, which no bar can show. */
  undated: number;
  first: string;
  last: string;
}

/**
 * The chart of the dates given (YYYY-MM-DD, or null for undated), or null when none is dated.
 * `urlOf` gives the archive page of a month ("2025-06") or a year ("2025").
 */
export function coverageChart(dates: readonly (string | null)[], urlOf: (key: string) => string | null): CoverageChart | null {
  const byMonth = new Map<string, number>();
  let undated = 0;
  for (const date of dates) {
    if (!date) undated++;
    else byMonth.set(date.slice(0, 7), (byMonth.get(date.slice(0, 7)) ?? 0) + 1);
  }
  if (!byMonth.size) return null;
  const months = [...byMonth.keys()].sort();
  const span = monthsBetween(months[0]!, months.at(-1)!);
  const unit = span.length > MAX_MONTHS ? 'year' : 'month';
  const counts = new Map<string, number>();
  for (const [month, count] of byMonth) {
    const key = unit === 'year' ? month.slice(0, 4) : month;
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  const keys = unit === 'year' ? yearsBetween(months[0]!.slice(0, 4), months.at(-1)!.slice(0, 4)) : span;
  const max = Math.max(...counts.values());
  const slot = WIDTH / keys.length;
  const bars = keys.map((key, i): Bar => {
    const count = counts.get(key) ?? 0;
    const height = count ? Math.max(2, Math.round((count / max) * HEIGHT)) : 0;
    return {
      key,
      label: unit === 'year' ? key : monthName(key),
      count,
      url: count ? urlOf(key) : null,
      x: round(i * slot),
      y: HEIGHT - height,
      width: round(Math.max(1, slot - GAP)),
      height,
    };
  });
  return { unit, width: WIDTH, height: HEIGHT, bars, max, undated, first: bars[0]!.label, last: bars.at(-1)!.label };
}

/** Every month from `first` to `last`, both "YYYY-MM", in order. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}

function yearsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let year = Number(first); year <= Number(last); year++) out.push(String(year));
  return out;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
