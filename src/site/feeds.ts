// Atom feeds: the whole archive, and one per country and per topic. A feed tells a reader what is
// new in the archive, so entries are the articles most recently received (content/received.yml),
// undated ones included: an old article added today is news to the reader. Each entry's
// `updated` is that moment and says so; the publication date, when the text gives one, is
// `published`, and the entry's text names both.
import type { Article } from './articles.ts';
import type { Taxonomy } from './taxonomy.ts';
import { newestFirst } from './order.ts';
import { longDate } from './filters/reader-date.ts';
import { keepBest } from './best-few.ts';

const FEED_SIZE = 20;
/** A feed with no entries is dated at the epoch, so builds stay stable. */
const EPOCH = '1970-01-01T00:00:00Z';

export interface FeedEntry {
  article: Article;
  /** When the archive received the article (UTC instant): Atom's `updated`. */
  updated: string;
  /** The publication date (YYYY-MM-DD), when the text gives one. */
  published: string | null;
  /** What the entry's text says about both, e.g. "Published 4 June 2025; added to the archive 1 December 2026." */
  note: string;
}

export interface Feed {
  /** Root-relative URL of the feed itself. */
  url: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  title: string;
  /** The newest entry's `updated`. */
  updated: string;
  entries: FeedEntry[];
}

/** `articles` in reading order (newest first). */
export function buildFeeds(articles: Article[], taxonomy: Taxonomy<Article>): Feed[] {
  const feeds = [feed('/feed.xml', '/', 'Latest articles', articles)];
  for (const kind of ['countries', 'topics'] as const) {
    for (const term of taxonomy[kind].values()) feeds.push(feed(`${term.url}feed.xml`, term.url, term.name, term.articles));
  }
  return feeds;
}

function feed(url: string, pageUrl: string, title: string, articles: Article[]): Feed {
  // The few latest kept as they are met: sorting every term's articles took a quarter of a
  // second at 10,000 articles, for 20 entries a feed.
  const latest: Article[] = [];
  for (const article of articles) keepBest(latest, article, FEED_SIZE, (a, b) => latestReceived(a, b) < 0);
  const entries = latest.map(entry);
  return { url, pageUrl, title, updated: entries[0]?.updated ?? EPOCH, entries };
}

/** Most recently received first; received together, in reading order. */
export function latestReceived(a: Article, b: Article): number {
  const [ra, rb] = [receivedOf(a), receivedOf(b)];
  return ra !== rb ? (ra < rb ? 1 : -1) : newestFirst(a, b);
}

function receivedOf(article: Article): string {
  // Only a record read from a cache older than the field lacks it; its publication day stands in.
  return article.record.received ?? (article.date ? `${article.date}T00:00:00Z` : EPOCH);
}

function entry(article: Article): FeedEntry {
  const updated = receivedOf(article);
  const published = article.date ? `Published ${longDate(article.date)}` : 'Publication date not stated';
  return { article, updated, published: article.date, note: `${published}; added to the archive ${longDate(updated)}.` };
}
