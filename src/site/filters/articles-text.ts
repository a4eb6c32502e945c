// /api/articles-text.json: every article's body as plain text, for reading or analysis in bulk,
// beside /api/articles.json (the records). The text comes from the body as rendered, with its
// paragraphs kept apart by a blank line; JSON.stringify keeps any text in it data.
import type { Article } from '../articles.ts';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** The body's text: block ends become blank lines, tags go, the escapes are undone. */
export function htmlToText(html: string): string {
  return html
    .replace(/<\/(?:p|h[1-6]|li|blockquote|figcaption)>\s*/g, '\n\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]!)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function articlesText(articles: Article[]): string {
  return JSON.stringify({ articles: articles.map((a) => ({ page: a.url, slug: a.slug, title: a.title, text: htmlToText(a.html) })) });
}
