// /api/articles.json: every article's record fields plus its URL, serialised by JSON.stringify
// so no article text can break the format.
import type { Article } from '../articles.ts';

export function articlesJson(articles: Article[]): string {
  // Every record field, so a field added to the schema is exported too; slug second, after url.
  return JSON.stringify({ articles: articles.map(({ url, record: { slug, ...fields } }) => ({ url, slug, ...fields })) });
}
