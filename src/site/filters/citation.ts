// How an article is cited and shared: the "cite this article" line and the JSON-LD NewsArticle
// that search engines and reference managers read. Both are built from the record alone, and the
// JSON-LD is written so that no text in it can end its <script> element.
import type { Article } from '../articles.ts';
import { longDate } from './reader-date.ts';

/** "Khovar. “Title.” 4 June 2025. https://original. Archived at https://archive/articles/x/." */
export function citation(article: Article, pageUrl: string): string {
  const { source, url } = article.record;
  const title = article.title.replace(/[.!?]?$/, (end) => end || '.');
  return [
    `${source ?? 'Unknown outlet'}.`,
    `“${title}”`,
    article.date ? `${longDate(article.date)}.` : 'n.d.',
    ...(url ? [`${url}.`] : []),
    `Archived at ${pageUrl}.`,
  ].join(' ');
}

export function newsArticleJsonLd(article: Article, pageUrl: string, siteTitle: string): string {
  const { record } = article;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: record.summary || undefined,
    datePublished: article.date ?? undefined,
    inLanguage: record.language === 'und' ? undefined : record.language,
    author: record.author ? { '@type': 'Person', name: record.author } : undefined,
    publisher: record.source ? { '@type': 'Organization', name: record.source } : undefined,
    isBasedOn: record.url ?? undefined,
    url: pageUrl,
    mainEntityOfPage: pageUrl,
    isPartOf: { '@type': 'WebSite', name: siteTitle },
    contentLocation: record.place ? { '@type': 'Place', name: record.place } : undefined,
  };
  // "<" as an escape, so "</script>" or "<!--" in a title stays inside the JSON.
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
