// "Related articles" without comparing every article with every other: an inverted index from
// each country, topic and person to its articles in time order; for each of an article's keys,
// only a bounded window of neighbours nearest in time is considered. Cost: articles x keys x window.
import { dayNumber } from './order.ts';
import { keepBest } from './best-few.ts';

export interface Relatable {
  slug: string;
  date: string | null;
  /** Countries, topics and people, prefixed by kind so that they cannot collide. */
  keys: string[];
}

const WINDOW = 8;
const MAX_RELATED = 5;

export interface RelatedOptions {
  window?: number;
  max?: number;
  /** Counts the candidate pairs scored: the measure of work that must grow linearly. */
  stats?: { candidates: number };
}

/** For each item (by index), the indices of its related items, best first. */
export function relatedIndices(items: Relatable[], { window = WINDOW, max = MAX_RELATED, stats }: RelatedOptions = {}): number[][] {
  const days = items.map((item) => (item.date === null ? null : dayNumber(item.date)));
  const index = buildIndex(items, days);
  // Keys by number, each item's once: every item is a candidate for dozens of others, and
  // counting what two share is then a walk over small integers.
  const keyIds = new Map<string, number>();
  const keyNames: string[] = [];
  const idOf = (key: string) => {
    let id = keyIds.get(key);
    if (id === undefined) keyIds.set(key, (id = keyNames.push(key) - 1));
    return id;
  };
  const keysOf = items.map((item) => Int32Array.from(new Set(item.keys), idOf));
  // Slugs are unique: their order, as numbers, settles the last ties.
  const slugRank = new Int32Array(items.length);
  items.map((_, i) => i).sort((a, b) => (items[a]!.slug < items[b]!.slug ? -1 : 1)).forEach((item, rank) => (slugRank[item] = rank));
  // Stamped with the item being scored (plus one), so neither array is cleared between items.
  const mine = new Int32Array(keyIds.size);
  const seen = new Int32Array(items.length);
  // For the item being scored: each candidate's shared keys and distance in days, set when it is
  // met, so ranking two candidates only reads them.
  const shared = new Int32Array(items.length);
  const apart = new Float64Array(items.length);
  const ahead = (a: number, b: number) =>
    shared[a]! > shared[b]! || (shared[a] === shared[b] && (apart[a]! < apart[b]! || (apart[a] === apart[b] && slugRank[a]! < slugRank[b]!)));
  return items.map((_, self) => {
    const stamp = self + 1;
    for (const key of keysOf[self]!) mine[key] = stamp;
    const best: number[] = [];
    seen[self] = stamp;
    for (const key of keysOf[self]!) {
      for (const other of nearest(index.get(keyNames[key]!)!, days[self], self, window, items)) {
        if (seen[other] === stamp) continue;
        seen[other] = stamp;
        if (stats) stats.candidates++;
        let count = 0;
        for (const theirs of keysOf[other]!) if (mine[theirs] === stamp) count++;
        shared[other] = count;
        apart[other] = distance(days[self], days[other]);
        keepBest(best, other, max, ahead);
      }
    }
    return best;
  });
}

interface KeyList { dated: number[]; datedDays: number[]; undated: number[] }

// Per key: dated items in time order (with their days, for binary search), then undated ones.
function buildIndex(items: Relatable[], days: (number | null)[]): Map<string, KeyList> {
  const order = items.map((_, i) => i).sort((a, b) => (days[a] ?? Infinity) - (days[b] ?? Infinity) || (items[a].slug < items[b].slug ? -1 : 1));
  const index = new Map<string, KeyList>();
  for (const i of order) {
    for (const key of new Set(items[i].keys)) {
      let list = index.get(key);
      if (!list) index.set(key, (list = { dated: [], datedDays: [], undated: [] }));
      const day = days[i];
      if (day === null) list.undated.push(i);
      else {
        list.dated.push(i);
        list.datedDays.push(day);
      }
    }
  }
  return index;
}

// Up to `window` items of one key's list closest in time to `day`; an undated article (or a
// key with few dated articles) draws on the undated ones, nearest in slug order.
function nearest(list: KeyList, day: number | null, self: number, window: number, items: Relatable[]): number[] {
  const picked: number[] = [];
  if (day !== null && list.dated.length) {
    let right = lowerBound(list.datedDays, day);
    let left = right - 1;
    while (picked.length < window && (left >= 0 || right < list.dated.length)) {
      const takeLeft = right >= list.dated.length || (left >= 0 && day - list.datedDays[left] <= list.datedDays[right] - day);
      picked.push(takeLeft ? list.dated[left--] : list.dated[right++]);
    }
  }
  if (picked.length < window && list.undated.length) {
    const slug = items[self].slug;
    let right = lowerBoundBy(list.undated, (i) => items[i].slug < slug);
    let left = right - 1;
    while (picked.length < window && (left >= 0 || right < list.undated.length)) {
      picked.push(right < list.undated.length && (left < 0 || picked.length % 2 === 0) ? list.undated[right++] : list.undated[left--]);
    }
  }
  if (day === null && picked.length < window) picked.push(...list.dated.slice(-(window - picked.length)));
  return picked;
}

function lowerBound(sorted: number[], value: number): number {
  return lowerBoundBy(sorted, (x) => x < value);
}

/** First index whose element does not satisfy `before` (which must hold for a prefix). */
function lowerBoundBy<T>(sorted: T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distance(a: number | null, b: number | null): number {
  return a === null || b === null ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
}
