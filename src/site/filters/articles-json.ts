// /api/articles.json: every article's record fields plus its URL, serialised by JSON.stringify
// so no article text can break the format.
import type { Article } from '../articles.ts';

export function articlesJson(articles: Article[]): string {
  return JSON.stringify({
    articles: articles.map(({ url, record: r }) => ({
      url,
      slug: r.slug,
      title: r.title,
      date: r.date,
      dateBasis: r.dateBasis,
      place: r.place,
      source: r.source,
      countries: r.countries,
      topics: r.topics,
      people: r.people,
      organizations: r.organizations,
      summary: r.summary,
      language: r.language,
      wordCount: r.wordCount,
      origin: r.origin,
    })),
  });
}
