// /api/articles.json: every article's record fields plus its page on the archive, serialised by
// JSON.stringify so no article text can break the format. (The record's own `url` is the
// original article's address.)
import { jsonList, type ExportedArticle } from './archive-exports.ts';

/** The file's text in pieces, an article each: see archive-exports.ts. */
export function articlesJson(articles: readonly ExportedArticle[]): Generator<string> {
  // Every record field, so a field added to the schema is exported too; slug second, after the page.
  return jsonList('articles', articles, ({ url: page, record: { slug, ...fields } }) => ({ page, slug, ...fields }));
}
