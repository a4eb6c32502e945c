// "Most often with": for a country, topic, source, person or organisation, the countries, people,
// organisations and topics named in the same articles, with how many articles they share. Counted
// from each article's own terms, so the cost is the sum over articles of (terms per article)², linear in the archive.
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
/** Search filter names of the kinds that are filters on the search page (search-index.js). */
const FILTER_OF: Partial<Record<TaxonomyKind, string>> = { countries: 'country', topics: 'topic', sources: 'source' };

export interface Linked { name: string; url: string }
export interface TermRef { kind: TaxonomyKind; name: string; url: string }

/**
 * For each term (by URL), its companions by kind: `articles` gives each article's terms by kind,
 * `terms` every term with its kind, name and URL.
 */
export function companionsOf(articles: readonly Record<TaxonomyKind, readonly Linked[]>[], terms: readonly TermRef[]): Map<string, CompanionGroup[]> {
  const kindOf = new Map(terms.map((t) => [t.url, t]));
  const counts = new Map<string, Map<string, number>>();
  for (const links of articles) {
    const all = (Object.keys(links) as TaxonomyKind[]).flatMap((kind) => links[kind].map((l) => l.url));
    const unique = [...new Set(all)];
    for (const a of unique) {
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map()));
      for (const b of unique) if (b !== a) row.set(b, (row.get(b) ?? 0) + 1);
    }
  }
  const out = new Map<string, CompanionGroup[]>();
  for (const term of terms) {
    const row = counts.get(term.url) ?? new Map<string, number>();
    const groups: CompanionGroup[] = [];
    for (const kind of COMPANION_KINDS) {
      const companions = [...row]
        .map(([url, count]) => ({ other: kindOf.get(url)!, count }))
        .filter(({ other }) => other.kind === kind)
        .sort((x, y) => y.count - x.count || x.other.name.localeCompare(y.other.name, 'en'))
        .slice(0, PER_KIND)
        .map(({ other, count }) => ({ name: other.name, url: other.url, count, together: together(term, other) }));
      if (companions.length) groups.push({ kind, companions });
    }
    out.set(term.url, groups);
  }
  return out;
}

function together(a: TermRef, b: TermRef): string | null {
  const fa = FILTER_OF[a.kind];
  const fb = FILTER_OF[b.kind];
  if (!fa || !fb) return null;
  const query = new URLSearchParams([[fa, a.name], [fb, b.name]]);
  return `/search/?${query.toString()}`;
}
