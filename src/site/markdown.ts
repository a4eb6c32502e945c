// Article bodies are markdown written by the ingest, already escaped so that they render exactly
// as the source text. The renderer is strict on top of that: no raw HTML, no auto-links, no smart
// quotes, so nothing in an article can ever become markup the reader did not write.
import MarkdownIt from 'markdown-it';
import { writtenBlocks } from '../record/markdown.ts';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Text -> HTML text or attribute value (markdown-it's own escaping: & < > "). */
export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;

/**
 * Body markdown -> HTML. `##` headings stay h2, under the page's single h1 (the headline). A body
 * as the ingest writes it is rendered without parsing, to what markdown-it makes of it, in about a
 * quarter of the time: each body is rendered twice in a build (its page, its search document).
 */
export function renderBody(body: string): string {
  const blocks = writtenBlocks(body);
  if (!blocks) return markdown.render(body);
  let html = '';
  for (const { kind, text } of blocks) html += kind === 'heading' ? `<h2>${escapeHtml(text)}</h2>\n` : `<p>${escapeHtml(text)}</p>\n`;
  return html;
}
