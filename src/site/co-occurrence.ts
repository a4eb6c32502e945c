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
  const counts: Map<number, number>[] = terms.map(() => new Map());
  for (const links of articles) {
    const ids = new Set<number>();
    for (const kind in links) for (const link of links[kind as TaxonomyKind]) ids.add(idOf.get(link.url)!);
    for (const a of ids) {
      const row = counts[a]!;
      for (const b of ids) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const out = new Map<string, CompanionGroup[]>();
  terms.forEach((term, i) => {
    const byKind = new Map<TaxonomyKind, { other: TermRef; count: number }[]>();
    for (const [id, count] of counts[i]!) {
      const other = terms[id]!;
      let list = byKind.get(other.kind);
      if (!list) byKind.set(other.kind, (list = []));
      list.push({ other, count });
    }
    const groups: CompanionGroup[] = [];
    for (const kind of COMPANION_KINDS) {
      const companions = (byKind.get(kind) ?? [])
        .sort((x, y) => y.count - x.count || byName(x.other.name, y.other.name))
        .slice(0, PER_KIND)
        .map(({ other, count }) => ({ name: other.name, url: other.url, count, together: together(term, other) }));
      if (companions.length) groups.push({ kind, companions });
    }
    out.set(term.url, groups);
  });
  return out;
}

function together(a: TermRef, b: TermRef): string | null {
  const fa = FILTER_OF[a.kind];
  const fb = FILTER_OF[b.kind];
  if (!fa || !fb) return null;
  const query = new URLSearchParams([[fa, a.name], [fb, b.name]]);
  return `/search/?${query.toString()}`;
}
