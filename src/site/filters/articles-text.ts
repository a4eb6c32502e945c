// /api/articles-text.json: every article's body as plain text, for reading or analysis in bulk,
// beside /api/articles.json (the records). The text is the body's markdown with its escapes
// undone, paragraphs apart by a blank line; JSON.stringify keeps any text in it data.
import type { Article } from '../articles.ts';
import { markdownToText } from '../../record/markdown.ts';

export function articlesText(articles: Article[]): string {
  return JSON.stringify({ articles: articles.map((a) => ({ page: a.url, slug: a.slug, title: a.title, text: markdownToText(a.body) })) });
}
