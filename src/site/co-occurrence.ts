// "Most often with": for a country, topic, source, person or organisation, the countries, people,
// organisations and topics named in the same articles, with how many articles they share. Counted
// from each article's own terms, so the cost is the sum over articles of (terms per article)²:
// linear in the archive.
import type { TaxonomyKind } from './taxonomy.ts';

export interface Companion {
  name: string;
  /** The companion's own page. */
  url: string;
  /** Articles naming both. */
  count: number;
  /** The search that lists exactly those articles, where both are search filters; else null. */
  together: string | null;
}

export interface CompanionGroup { kind: TaxonomyKind; companions: Companion[] }

/** The kinds shown beside a term, in this order; a term's own kind lists its other terms. */
export const COMPANION_KINDS: readonly TaxonomyKind[] = ['countries', 'people', 'organizations', 'topics'];
const PER_KIND = 8;
/** localeCompare(…, 'en') with one collator, not one made per comparison. */
const byName = new Intl.Collator('en').compare;
/** Search filter names of the kinds that are filters on the search page (search-index.js). */
const FILTER_OF: Partial<Record<TaxonomyKind, string>> = { countries: 'country', topics: 'topic', sources: 'source' };

export interface Linked { name: string; url: string }
export interface TermRef { kind: TaxonomyKind; name: string; url: string }

/**
 * For each term (by URL), its companions by kind: `articles` gives each article's terms by kind,
 * `terms` every term with its kind, name and URL.
 */
export function companionsOf(articles: readonly Record<TaxonomyKind, readonly Linked[]>[], terms: readonly TermRef[]): Map<string, CompanionGroup[]> {
  // Terms by number, so the counting works on small integers rather than URL strings.
  const idOf = new Map(terms.map((t, i) => [t.url, i]));
  const termsOf = articles.map((links) => {
    const ids = new Set<number>();
    for (const kind in links) for (const link of links[kind as TaxonomyKind]) ids.add(idOf.get(link.url)!);
    return [...ids];
  });
  const articlesOf: number[][] = terms.map(() => []);
  termsOf.forEach((ids, article) => ids.forEach((id) => articlesOf[id]!.push(article)));
  // One term at a time, counted in an array as long as the terms and cleared after: the
  // companions in the order first met, as a map per term would hold them, without the maps.
  const counts = new Int32Array(terms.length);
  const met: number[] = [];
  const out = new Map<string, CompanionGroup[]>();
  terms.forEach((term, i) => {
    for (const article of articlesOf[i]!) {
      for (const id of termsOf[article]!) if (id !== i && counts[id]!++ === 0) met.push(id);
    }
    const byKind = new Map<TaxonomyKind, { other: TermRef; count: number }[]>();
    for (const id of met) {
      const other = terms[id]!;
      let list = byKind.get(other.kind);
      if (!list) byKind.set(other.kind, (list = []));
      list.push({ other, count: counts[id]! });
      counts[id] = 0;
    }
    met.length = 0;
    const groups: CompanionGroup[] = [];
    for (const kind of COMPANION_KINDS) {
      const companions = strongest(byKind.get(kind) ?? [])
        .map(({ other, count }) => ({ name: other.name, url: other.url, count, together: together(term, other) }));
      if (companions.length) groups.push({ kind, companions });
    }
    out.set(term.url, groups);
  });
  return out;
}

/**
 * The PER_KIND companions sharing most articles, ties by name. Names are compared only among
 * those that can make the cut: a country can share articles with thousands of terms.
 */
function strongest(list: { other: TermRef; count: number }[]): { other: TermRef; count: number }[] {
  let candidates = list;
  if (list.length > PER_KIND) {
    // A stable sort by count alone, so equal counts keep their order for the final sort.
    list.sort((x, y) => y.count - x.count);
    const floor = list[PER_KIND - 1]!.count;
    candidates = list.filter((c) => c.count >= floor);
  }
  return candidates.sort((x, y) => y.count - x.count || byName(x.other.name, y.other.name)).slice(0, PER_KIND);
}

function together(a: TermRef, b: TermRef): string | null {
  const fa = FILTER_OF[a.kind];
  const fb = FILTER_OF[b.kind];
  if (!fa || !fb) return null;
  const query = new URLSearchParams([[fa, a.name], [fb, b.name]]);
  return `/search/?${query.toString()}`;
}
