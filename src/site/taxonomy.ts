// The ways into the archive besides time: countries, topics, sources, people and organisations. Each
// distinct value becomes a term with a stable URL slug and its articles in reading order.
import { createHash } from 'node:crypto';
import slugify from '@sindresorhus/slugify';
import { countryInfo } from '../vocabulary/countries.ts';
import { TOPIC_DEFINITIONS as TOPICS } from '../vocabulary/topics.ts';
import type { ArticleRecord } from '../record/schema.ts';

export type TaxonomyKind = 'countries' | 'topics' | 'sources' | 'people' | 'organizations';
export const TAXONOMY_KINDS: readonly TaxonomyKind[] = ['countries', 'topics', 'sources', 'people', 'organizations'];

export interface Term<A> {
  kind: TaxonomyKind;
  /** The value as stored in records: ISO code, topic slug, source, person or organisation name. */
  key: string;
  /** What a reader sees. */
  name: string;
  slug: string;
  url: string;
  articles: A[];
}

export type Taxonomy<A> = Record<TaxonomyKind, Map<string, Term<A>>>;

/**
 * Articles a term needs before it gets a page. Organisation names are found in running text, and
 * most of those found once are passing mentions or misreadings ("the Agreement Council"): a page
 * each would bury the organisations an archive keeps returning to. They stay on their articles.
 */
const MIN_ARTICLES: Partial<Record<TaxonomyKind, number>> = { organizations: 2 };

const TOPIC_LABELS = new Map(TOPICS.map((t) => [t.slug, t.label]));

export function termKeys(record: ArticleRecord, kind: TaxonomyKind): string[] {
  if (kind === 'countries') return record.countries;
  if (kind === 'topics') return record.topics;
  if (kind === 'sources') return record.source ? [record.source] : [];
  if (kind === 'organizations') return record.organizations;
  return record.people;
}

/** Terms of every kind; `items` must already be in reading order, and each list keeps it. */
export function buildTaxonomy<A extends { record: ArticleRecord }>(items: A[]): Taxonomy<A> {
  const taxonomy = {} as Taxonomy<A>;
  for (const kind of TAXONOMY_KINDS) {
    const byKey = new Map<string, A[]>();
    for (const item of items) {
      for (const key of new Set(termKeys(item.record, kind))) {
        let list = byKey.get(key);
        if (!list) byKey.set(key, (list = []));
        list.push(item);
      }
    }
    const least = MIN_ARTICLES[kind] ?? 1;
    const terms = [...byKey].filter(([, articles]) => articles.length >= least).map(([key, articles]) => ({ kind, key, name: termName(kind, key), slug: '', url: '', articles }));
    terms.sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.key < b.key ? -1 : 1));
    assignSlugs(terms, kind);
    taxonomy[kind] = new Map(terms.map((t) => [t.key, t]));
  }
  return taxonomy;
}

/** What a reader sees for a term: a country's or topic's name, else the value itself. */
export function termName(kind: TaxonomyKind, key: string): string {
  if (kind === 'countries') return countryInfo(key)?.name ?? key;
  if (kind === 'topics') return TOPIC_LABELS.get(key) ?? key;
  return key;
}

function baseSlug(kind: TaxonomyKind, key: string): string {
  if (kind === 'countries') return countryInfo(key)?.slug ?? key.toLowerCase();
  if (kind === 'topics') return key;
  return slugify(key).slice(0, 60).replace(/-+$/, '');
}

// A slug depends only on its own term where possible; when two names slugify alike, the later
// (by name) gets a suffix from its own key, so it does not shift when other terms come and go.
function assignSlugs<A>(terms: Term<A>[], kind: TaxonomyKind): void {
  const taken = new Set<string>();
  for (const term of terms) {
    const base = baseSlug(kind, term.key);
    let slug = base && base !== 'page' && !taken.has(base) ? base : `${base || kind}-${hash(term.key)}`;
    for (let n = 2; taken.has(slug); n++) slug = `${base || kind}-${hash(term.key)}-${n}`;
    taken.add(slug);
    term.slug = slug;
    term.url = `/${kind}/${slug}/`;
  }
}

function hash(key: string): string {
  return createHash('sha1').update(key).digest('hex').slice(0, 6);
}
