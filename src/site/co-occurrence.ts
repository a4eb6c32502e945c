// "Most often with": for a country, topic, source, person or organisation, the countries, people,
// organisations and topics named in the same articles, with how many articles they share. Counted
// from each article's own terms, so the cost is the sum over articles of (terms per article)²:
// linear in the archive.
import type { TaxonomyKind } from './taxonomy.ts';
import { keepBest } from './best-few.ts';

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
  // Names ranked once, equal names equal: ties between counts are then settled by comparing
  // two integers, not two names, for the thousands of companions a country can have.
  const byRank = terms.map((_, i) => i).sort((a, b) => byName(terms[a]!.name, terms[b]!.name));
  const nameRank = new Int32Array(terms.length);
  byRank.forEach((id, i) => (nameRank[id] = i > 0 && byName(terms[byRank[i - 1]!]!.name, terms[id]!.name) === 0 ? nameRank[byRank[i - 1]!]! : i));
  // One term at a time, counted in an array as long as the terms and cleared after; of each
  // kind, only the strongest PER_KIND are kept as they are met, best first.
  const counts = new Int32Array(terms.length);
  const met: number[] = [];
  const best = new Map<TaxonomyKind, number[]>(COMPANION_KINDS.map((kind) => [kind, []]));
  // Ahead on count, then on name; met earlier wins a full tie, so an equal one goes after.
  const ahead = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && nameRank[a]! < nameRank[b]!);
  const out = new Map<string, CompanionGroup[]>();
  terms.forEach((term, i) => {
    for (const article of articlesOf[i]!) {
      for (const id of termsOf[article]!) if (id !== i && counts[id]!++ === 0) met.push(id);
    }
    for (const id of met) {
      const top = best.get(terms[id]!.kind);
      if (top) keepBest(top, id, PER_KIND, ahead);
    }
    const groups: CompanionGroup[] = [];
    for (const kind of COMPANION_KINDS) {
      const top = best.get(kind)!;
      const companions = top.map((id) => ({ name: terms[id]!.name, url: terms[id]!.url, count: counts[id]!, together: together(term, terms[id]!) }));
      if (companions.length) groups.push({ kind, companions });
      top.length = 0;
    }
    for (const id of met) counts[id] = 0;
    met.length = 0;
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
