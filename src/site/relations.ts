// Who met whom, across the archive: the meetings each record reports (people or countries, with
// the sentence that says so), gathered into pairs with the articles as evidence. A pair's
// strength is the number of articles that report it.
import type { Article, ArticleRef } from './articles.ts';
import type { Taxonomy } from './taxonomy.ts';

export interface Party { name: string; url: string }
export interface Evidence { article: ArticleRef; sentence: string }

export interface Relation {
  kind: 'people' | 'countries';
  a: Party;
  b: Party;
  /** Articles reporting it, newest first, each with the first sentence that does. */
  evidence: Evidence[];
}

/** One side's view: the other party, and the articles that report them meeting. */
export interface Partner { party: Party; evidence: Evidence[] }

export interface Relations {
  /** Strongest first (most articles), then by names. */
  people: Relation[];
  countries: Relation[];
  /** Every party's partners, strongest first, by the party's page URL. */
  partners: Map<string, Partner[]>;
}

/** `articles` in reading order (newest first), so evidence lists come out newest first. */
export function buildRelations(articles: readonly Article[], taxonomy: Taxonomy<Article>, refOf: (a: Article) => ArticleRef): Relations {
  const pairs = new Map<string, Relation>();
  for (const article of articles) {
    const seen = new Set<string>();
    for (const meeting of article.record.meetings) {
      const kind = meeting.kind;
      const terms = kind === 'people' ? taxonomy.people : taxonomy.countries;
      const parties = meeting.pair.map((key) => terms.get(key)).filter((t) => t !== undefined);
      if (parties.length !== 2) continue;
      const [a, b] = parties.map(({ name, url }) => ({ name, url })).sort((x, y) => (x.url < y.url ? -1 : 1)) as [Party, Party];
      const key = `${kind} ${a.url} ${b.url}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let relation = pairs.get(key);
      if (!relation) pairs.set(key, (relation = { kind, a, b, evidence: [] }));
      relation.evidence.push({ article: refOf(article), sentence: meeting.sentence });
    }
  }
  const strongest = (x: Relation, y: Relation) =>
    y.evidence.length - x.evidence.length || x.a.name.localeCompare(y.a.name, 'en') || x.b.name.localeCompare(y.b.name, 'en');
  const all = [...pairs.values()].sort(strongest);
  const partners = new Map<string, Partner[]>();
  for (const relation of all) {
    for (const [self, other] of [[relation.a, relation.b], [relation.b, relation.a]] as const) {
      let list = partners.get(self.url);
      if (!list) partners.set(self.url, (list = []));
      list.push({ party: other, evidence: relation.evidence });
    }
  }
  return { people: all.filter((r) => r.kind === 'people'), countries: all.filter((r) => r.kind === 'countries'), partners };
}

/** /api/relations.json: every pair with every article that reports it. */
export function relationsJson(relations: Pick<Relations, 'people' | 'countries'>, siteUrl: string): string {
  const out = (list: Relation[]) => list.map((r) => ({
    a: r.a.name,
    b: r.b.name,
    articles: r.evidence.length,
    evidence: r.evidence.map((e) => ({ page: `${siteUrl}${e.article.url}`, title: e.article.title, date: e.article.date, sentence: e.sentence })),
  }));
  return JSON.stringify({ people: out(relations.people), countries: out(relations.countries) });
}
