// /api/articles-text.json: every article's body as plain text, for reading or analysis in bulk,
// beside /api/articles.json (the records). The text is the body's markdown with its escapes
// undone, paragraphs apart by a blank line; JSON.stringify keeps any text in it data.
import type { ExportedArticle } from './archive-exports.ts';
import { jsonList } from './list-format.ts';
import { markdownToText } from '../../record/markdown.ts';

export const articlesText = jsonList<ExportedArticle>('articles', (a) => ({ page: a.url, slug: a.record.slug, title: a.record.title, text: markdownToText(a.body.text) }));
