// /api/articles.csv: one row per article, for a spreadsheet. Lists (countries, topics, people,
// organisations) are joined with "; ". Fields are quoted as RFC 4180 says, and a cell that a
// spreadsheet would take for a formula (starting with = + - @ or a tab or carriage return) is
// prefixed with an apostrophe: article text is data there too, never something that runs.
import type { ExportedArticle } from './archive-exports.ts';

const COLUMNS = [
  'page', 'slug', 'title', 'date', 'dateBasis', 'place', 'source', 'author', 'url', 'language',
  'countries', 'topics', 'people', 'organizations', 'wordCount', 'summary', 'origin', 'received',
] as const;

/** The file's text in pieces, a row each: see archive-exports.ts. */
export function* articlesCsv(articles: readonly ExportedArticle[], siteUrl: string): Generator<string> {
  yield `${COLUMNS.join(',')}\r\n`;
  for (const { url: page, record } of articles) {
    const cells: Record<(typeof COLUMNS)[number], unknown> = { ...record, page: `${siteUrl}${page}` };
    yield `${COLUMNS.map((column) => cell(cells[column])).join(',')}\r\n`;
  }
}

export function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
