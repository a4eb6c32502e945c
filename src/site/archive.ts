// The archive as site data: every article ready to render, and every listing already split
// into pages. Built once per build, in time linear in the number of articles.
import { loadRecords, type RecordSource } from './records.ts';
import { newestFirst } from './order.ts';
import { toArticle, toRef, linkTerms, linkNeighbours, type Article, type ArticleRef } from './articles.ts';
import { buildTaxonomy, TAXONOMY_KINDS, type TaxonomyKind, type Term } from './taxonomy.ts';
import { relatedIndices } from './related.ts';
import { chunk, type Chunk } from './chunks.ts';
import { buildTimeline, groupByPeriod, type Timeline, type ListingGroup } from './timeline.ts';
import { periodPages, type ListPage } from './period-pages.ts';
import { buildFeeds, type Feed } from './feeds.ts';
import { coverageChart, type CoverageChart } from './coverage.ts';
import { companionsOf, type CompanionGroup } from './co-occurrence.ts';
import { buildRelations, type Partner, type Relation } from './relations.ts';
import { worldMap, type WorldMap } from './world-map.ts';
import { DEFAULT_SETTINGS, type SiteSettings } from './site-settings.ts';

const ENTRY_POINTS_ON_HOME = 12;
const PARTNERS_ON_PAGE = 12;
const EVIDENCE_ON_PAGE = 3;

export const KIND_LABELS: Record<TaxonomyKind, { plural: string; singular: string }> = {
  countries: { plural: 'Countries', singular: 'Country' },
  topics: { plural: 'Topics', singular: 'Topic' },
  sources: { plural: 'Sources', singular: 'Source' },
  people: { plural: 'People', singular: 'Person' },
  organizations: { plural: 'Organisations', singular: 'Organisation' },
};

export interface TermSummary { name: string; url: string; count: number }

/** One page of a list of articles: a term's, a year's, or the undated ones. */
export interface Listing extends ListPage<ArticleRef> {
  /** The list's name: "Energy", "2021". */
  title: string;
  /** What the page's title and h1 say: the list's name, with its span on a span's page. */
  heading: string;
  /** Heading level context, e.g. "Country", shown above the title. */
  eyebrow: string;
  feedUrl: string | null;
  groups: ListingGroup[];
  /** Articles over time, on the list's own page of a country, topic, source, person or organisation. */
  chart: CoverageChart | null;
  /** The countries, people, organisations and topics most often in the same articles, on that page too. */
  companions: CompanionGroup[];
  /** For a person or a country: who it met, with the articles that report it, strongest first. */
  partners: Partner[];
}

/** One page of an index of terms (all countries, all people, ...). */
export interface TermIndexPage extends Chunk<TermSummary> {
  kind: TaxonomyKind;
  title: string;
  /** On the first page of the countries: the world shaded by articles. */
  map: WorldMap | null;
}

export interface Archive {
  articles: Article[];
  /** Who met whom: pairs of people and of countries, strongest first. */
  relations: { people: Relation[]; countries: Relation[] };
  /** Articles over time, for the home page. */
  coverage: CoverageChart | null;
  latest: ArticleRef[];
  stats: { articles: number; dated: number; undated: number; first: string | null; last: string | null };
  home: Record<TaxonomyKind, TermSummary[]> & { years: TermSummary[] };
  termIndexPages: TermIndexPage[];
  listings: Listing[];
  timeline: Timeline;
  feeds: Feed[];
}

/** From the records folder, or from records already in memory (the ingest's, during a build). */
export async function buildArchive(
  from: string | readonly RecordSource[],
  sizes: SiteSettings['pageSizes'] = DEFAULT_SETTINGS.pageSizes,
): Promise<Archive> {
  const loaded = typeof from === 'string' ? await loadRecords(from) : from;
  const articles = loaded.map(toArticle).sort(newestFirst);
  const taxonomy = buildTaxonomy(articles);
  linkTerms(articles, taxonomy);
  // One summary per article, shared by every list, neighbour link and related list it is in.
  const refs = new Map(articles.map((a) => [a, toRef(a)]));
  const refOf = (a: Article) => refs.get(a)!;
  linkNeighbours(articles, refOf);
  const related = relatedIndices(articles.map((a) => ({
    slug: a.slug,
    date: a.date,
    keys: [...a.record.countries.map((c) => `c:${c}`), ...a.record.topics.map((t) => `t:${t}`), ...a.record.people.map((p) => `p:${p}`)],
  })));
  articles.forEach((article, i) => (article.related = related[i].map((j) => refOf(articles[j]))));

  const timeline = buildTimeline(articles.map(refOf), sizes.list);
  // Where a chart's bar leads: the archive page of its year, or the month's place on it.
  const periodUrls = new Map<string, string>();
  for (const year of timeline.years) {
    periodUrls.set(year.year, year.url);
    for (const month of year.months) periodUrls.set(month.key, month.url);
  }
  const chartOf = (dates: (string | null)[]) => coverageChart(dates, (key) => periodUrls.get(key) ?? null);

  const allTerms = TAXONOMY_KINDS.flatMap((kind) => [...taxonomy[kind].values()].map(({ name, url }) => ({ kind, name, url })));
  const companions = companionsOf(articles.map((a) => a.links), allTerms);
  const relations = buildRelations(articles, taxonomy, refOf);
  // On a person's or country's page: the strongest partners, each with a few articles.
  const partnersOf = (url: string) =>
    (relations.partners.get(url) ?? []).slice(0, PARTNERS_ON_PAGE).map((p) => ({ ...p, evidence: p.evidence.slice(0, EVIDENCE_ON_PAGE) }));

  const listings: Listing[] = [];
  const termIndexPages: TermIndexPage[] = [];
  const home = {} as Archive['home'];
  for (const kind of TAXONOMY_KINDS) {
    const terms = [...taxonomy[kind].values()];
    const summaries = terms.map(summarise);
    const indexPages = chunk(`/${kind}/`, summaries, sizes.index, { kind, title: KIND_LABELS[kind].plural, map: null as WorldMap | null });
    if (kind === 'countries') indexPages[0]!.map = worldMap(new Map(terms.map((t) => [t.key, { count: t.articles.length, url: t.url, name: t.name }])));
    termIndexPages.push(...indexPages);
    home[kind] = [...summaries].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')).slice(0, ENTRY_POINTS_ON_HOME);
    for (const term of terms) {
      const items = term.articles.map(refOf);
      const feedUrl = kind === 'countries' || kind === 'topics' ? `${term.url}feed.xml` : null;
      const pages = periodPages(term.url, items, sizes.list, {
        title: term.name, heading: term.name, eyebrow: KIND_LABELS[kind].singular, feedUrl, groups: [] as ListingGroup[],
        chart: null as CoverageChart | null, companions: [] as CompanionGroup[], partners: [] as Partner[],
      });
      for (const page of pages) {
        page.groups = groupByPeriod(page.items);
        if (page.period) page.heading = `${term.name}: ${page.period.label}`;
      }
      if (kind === 'people' || kind === 'countries') pages[0]!.partners = partnersOf(term.url);
      pages[0]!.chart = chartOf(items.map((item) => item.date));
      pages[0]!.companions = companions.get(term.url) ?? [];
      listings.push(...pages);
    }
  }
  listings.push(...timeline.listings);
  for (const listing of listings) if (!listing.groups.length) listing.groups = [{ heading: null, id: null, items: listing.items }];
  home.years = timeline.years.map((y) => ({ name: y.year, url: y.url, count: y.count }));

  const dated = articles.filter((a) => a.date);
  return Object.freeze({
    articles,
    relations: { people: relations.people, countries: relations.countries },
    coverage: chartOf(articles.map((a) => a.date)),
    latest: articles.slice(0, sizes.latest).map(refOf),
    stats: {
      articles: articles.length,
      dated: dated.length,
      undated: articles.length - dated.length,
      first: dated.at(-1)?.readerDate ?? null,
      last: dated[0]?.readerDate ?? null,
    },
    home,
    termIndexPages,
    listings,
    timeline,
    feeds: buildFeeds(articles, taxonomy),
  });
}

function summarise(term: Term<Article>): TermSummary {
  return { name: term.name, url: term.url, count: term.articles.length };
}
