// /api/articles-text.json: every article's body as plain text, for reading or analysis in bulk,
// beside /api/articles.json (the records). The text is the body's markdown with its escapes
// undone, paragraphs apart by a blank line; JSON.stringify keeps any text in it data.
import { jsonList, type ExportedArticle } from './archive-exports.ts';
import { markdownToText } from '../../record/markdown.ts';

/** The file's text in pieces, an article each: see archive-exports.ts. */
export function articlesText(articles: readonly ExportedArticle[]): Generator<string> {
  return jsonList('articles', articles, (a) => ({ page: a.url, slug: a.record.slug, title: a.record.title, text: markdownToText(a.body) }));
}
