// The archive's bulk downloads: every article in one file, in three formats. Each is made from the
// records alone, in the archive's reading order, so they need nothing the render stage makes and
// are written by a stage of their own (src/build/write-exports.ts) while the pages render.
//
// Each is made as pieces, an article's at a time, never as one string: the plain-text export of
// 100,000 articles is about 520 million characters, next to the longest string V8 can hold
// (2^29 - 24), and as a string it took twice its size in memory.
import type { ArticleRecord } from '../../record/schema.ts';
import type { RecordSource } from '../records.ts';
import type { BodyText } from '../../record/body-text.ts';
import { articleUrl } from '../articles.ts';
import { newestFirst } from '../order.ts';
import type { ListFormat } from './list-format.ts';
import { articlesJson } from './articles-json.ts';
import { articlesText } from './articles-text.ts';
import { articlesCsv } from './articles-csv.ts';

/** What an export reads of an article: its record, its body, and its page on the archive. */
export interface ExportedArticle {
  url: string;
  record: ArticleRecord;
  /** Read only for the entries made, not those copied from the published files (write-exports.ts). */
  body: BodyText;
}

export interface ArchiveExport extends ListFormat<ExportedArticle> {
  /** The file in the site, relative to its root. */
  file: string;
}

export const ARCHIVE_EXPORTS: readonly ArchiveExport[] = [
  { file: 'api/articles.json', ...articlesJson },
  { file: 'api/articles-text.json', ...articlesText },
  { file: 'api/articles.csv', ...articlesCsv },
];

/** The records as the exports list them: newest first, as every list on the site is. */
export function exportedArticles(records: readonly RecordSource[]): ExportedArticle[] {
  return records.map(({ record, body }) => ({ url: articleUrl(record.slug), record, body })).sort((a, b) => newestFirst(a.record, b.record));
}
