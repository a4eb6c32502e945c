// One record -> what its pages and lists show: URLs, reader dates, links to its countries,
// topics, people, organisations and source, and (filled in later) its related and neighbouring articles.
import type { ArticleRecord } from '../record/schema.ts';
import { longDate, readerDate, shortDate } from './filters/reader-date.ts';
import { termKeys, TAXONOMY_KINDS, type Taxonomy, type TaxonomyKind } from './taxonomy.ts';
import type { RecordSource } from './records.ts';
import { renderBody } from './markdown.ts';

export interface Link { name: string; url: string }

/** A small, acyclic view of an article for lists, feeds and "related" links. */
export interface ArticleRef {
  slug: string;
  url: string;
  title: string;
  date: string | null;
  readerDate: string | null;
  shortDate: string | null;
  place: string | null;
  source: string | null;
  summary: string;
  language: string;
}

export interface Article extends ArticleRef {
  record: ArticleRecord;
  /**
   * The body as the records hold it (escaped markdown), and a digest of it. A page's digest
   * (render-plan.ts) is made from the item's enumerable fields: it reads the body's digest, not
   * the body, the largest part of the item (a third less time at 10,000 articles).
   */
  readonly body: string;
  bodyDigest: string;
  /**
   * The body rendered, when a page asks: most builds render a few article pages and keep the
   * rest, so most bodies are never needed as HTML. Not kept: the article page and a few feeds
   * ask for it, and Eleventy holds their output anyway. Not enumerable, like the body.
   */
  readonly html: string;
  /** "2025", or "Undated". */
  year: string;
  /** "2025-06", or "Undated". */
  month: string;
  /** When the archive received it, "1 December 2026"; never its publication date. */
  receivedDate: string | null;
  /** Language for the <html> element: the article's, or the site's when undetermined. */
  pageLanguage: string;
  links: Record<TaxonomyKind, Link[]>;
  /** Organisations no other article names: shown as text, since they have no page. */
  unlinkedOrganizations: string[];
  related: ArticleRef[];
  earlier: ArticleRef | null;
  later: ArticleRef | null;
}

/** Where an article's page is, from its record's slug. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
/** "2025" from "2025-06-04"; "Undated" without a date. */
export const yearOf = (date: string | null): string => date?.slice(0, 4) ?? 'Undated';
/** "2025-06" from "2025-06-04"; "Undated" without a date. */
export const monthOf = (date: string | null): string => date?.slice(0, 7) ?? 'Undated';

export function toArticle(source: RecordSource): Article {
  const { record } = source;
  const article: Omit<Article, 'html' | 'body'> = {
    slug: record.slug,
    url: articleUrl(record.slug),
    title: record.title,
    date: record.date,
    readerDate: record.date && readerDate(record.date),
    shortDate: record.date && shortDate(record.date),
    place: record.place,
    source: record.source,
    summary: record.summary,
    language: record.language,
    record,
    bodyDigest: source.body.digest,
    year: yearOf(record.date),
    month: monthOf(record.date),
    receivedDate: record.received && longDate(record.received),
    pageLanguage: record.language === 'und' ? 'en' : record.language,
    links: { countries: [], topics: [], sources: [], people: [], organizations: [] },
    unlinkedOrganizations: [],
    related: [],
    earlier: null,
    later: null,
  };
  return Object.defineProperties(article, {
    // Read from the source when asked: in the render's worker, a body is decoded only for a page
    // that shows it.
    body: { get: () => source.body.text, enumerable: false },
    html: { get: () => renderBody(source.body.text), enumerable: false },
  }) as Article;
}

export function toRef(article: Article): ArticleRef {
  const { slug, url, title, date, readerDate, shortDate, place, source, summary, language } = article;
  return { slug, url, title, date, readerDate, shortDate, place, source, summary, language };
}

export function linkTerms(articles: Article[], taxonomy: Taxonomy<Article>): void {
  for (const article of articles) {
    for (const kind of TAXONOMY_KINDS) {
      const links: Link[] = [];
      for (const key of new Set(termKeys(article.record, kind))) {
        const term = taxonomy[kind].get(key);
        if (term) links.push({ name: term.name, url: term.url });
        // An organisation named in no other article has no page (taxonomy.ts).
        else if (kind === 'organizations') article.unlinkedOrganizations.push(key);
      }
      article.links[kind] = links;
    }
  }
}

/** Earlier/later by date among dated articles; undated ones are chained among themselves. */
export function linkNeighbours(articlesNewestFirst: Article[], refOf: (article: Article) => ArticleRef): void {
  for (const group of [articlesNewestFirst.filter((a) => a.date), articlesNewestFirst.filter((a) => !a.date)]) {
    group.forEach((article, i) => {
      article.later = i > 0 ? refOf(group[i - 1]) : null;
      article.earlier = i + 1 < group.length ? refOf(group[i + 1]) : null;
    });
  }
}
