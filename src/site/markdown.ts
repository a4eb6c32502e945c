// Article bodies are markdown written by the ingest, already escaped so that they render exactly
// as the source text. The renderer is strict on top of that: no raw HTML, no auto-links, no smart
// quotes, so nothing in an article can ever become markup the reader did not write.
import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Text -> HTML text or attribute value (markdown-it's own escaping: & < > "). */
export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;

/** Body markdown -> HTML. `##` headings stay h2, under the page's single h1 (the headline). */
export function renderBody(body: string): string {
  return markdown.render(body);
}
