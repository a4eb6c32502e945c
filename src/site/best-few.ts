// The best few of many, kept as they are met: lists that show a handful out of thousands of
// candidates (an article's related articles, a term's companions) without sorting them all.

/**
 * Puts `item` into `best` (best first, at most `max` long) where it belongs, if it does.
 * `ahead(a, b)` says a ranks strictly before b; an item equal to one already kept goes after it,
 * so ties keep the order in which the items were met.
 */
export function keepBest<T>(best: T[], item: T, max: number, ahead: (a: T, b: T) => boolean): void {
  if (best.length === max && !ahead(item, best[max - 1]!)) return;
  let at = best.length;
  while (at > 0 && ahead(item, best[at - 1]!)) at--;
  best.splice(at, 0, item);
  if (best.length > max) best.pop();
}
