// /api/articles.csv: one row per article, for a spreadsheet. Lists (countries, topics, people,
// organisations) are joined with "; ". Fields are quoted as RFC 4180 says, and a cell that a
// spreadsheet would take for a formula (starting with = + - @ or a tab or carriage return) is
// prefixed with an apostrophe: article text is data there too, never something that runs.
import type { ExportedArticle } from './archive-exports.ts';
import type { ListFormat } from './list-format.ts';

const COLUMNS = [
  'page', 'slug', 'title', 'date', 'dateBasis', 'place', 'source', 'author', 'url', 'language',
  'countries', 'topics', 'people', 'organizations', 'wordCount', 'summary', 'origin', 'received',
] as const;

/** The header row, then a row per article: see archive-exports.ts. */
export const articlesCsv: ListFormat<ExportedArticle> = {
  head: `${COLUMNS.join(',')}\r\n`,
  between: '',
  tail: '',
  entry({ url: page, record }, siteUrl) {
    const cells: Record<(typeof COLUMNS)[number], unknown> = { ...record, page: `${siteUrl}${page}` };
    return `${COLUMNS.map((column) => cell(cells[column])).join(',')}\r\n`;
  },
};

export function cell(value: unknown): string {
  let text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
