// Atom feeds: the whole archive, and one per country and per topic. A feed is a stream in time,
// so it carries the newest dated articles only; undated ones stay on the listing pages.
import type { Article } from './articles.ts';
import type { Taxonomy } from './taxonomy.ts';

const FEED_SIZE = 20;

export interface Feed {
  /** Root-relative URL of the feed itself. */
  url: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  title: string;
  /** YYYY-MM-DD of the newest entry; a feed with no entries uses the epoch so builds stay stable. */
  updated: string;
  entries: Article[];
}

/** `articles` in reading order (newest first). */
export function buildFeeds(articles: Article[], taxonomy: Taxonomy<Article>): Feed[] {
  const feeds = [feed('/feed.xml', '/', 'Latest articles', articles)];
  for (const kind of ['countries', 'topics'] as const) {
    for (const term of taxonomy[kind].values()) feeds.push(feed(`${term.url}feed.xml`, term.url, term.name, term.articles));
  }
  return feeds;
}

function feed(url: string, pageUrl: string, title: string, newestFirst: Article[]): Feed {
  const entries = newestFirst.filter((a) => a.date).slice(0, FEED_SIZE);
  return { url, pageUrl, title, updated: entries[0]?.date ?? '1970-01-01', entries };
}
