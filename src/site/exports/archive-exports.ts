// The archive's bulk downloads: every article in one file, in three formats. Each is made from the
// records alone, in the archive's reading order, so they need nothing the render stage makes and
// are written by a stage of their own (src/build/write-exports.ts) while the pages render.
//
// Each is made as pieces, an article's at a time, never as one string: the plain-text export of
// 100,000 articles is about 520 million characters, next to the longest string V8 can hold
// (2^29 - 24), and as a string it took twice its size in memory.
import type { ArticleRecord } from '../../record/schema.ts';
import type { RecordSource } from '../records.ts';
import { articleUrl } from '../articles.ts';
import { newestFirst } from '../order.ts';
import { articlesJson } from './articles-json.ts';
import { articlesText } from './articles-text.ts';
import { articlesCsv } from './articles-csv.ts';

/** What an export reads of an article: its record, its body, and its page on the archive. */
export interface ExportedArticle {
  url: string;
  record: ArticleRecord;
  body: string;
}

export interface ArchiveExport {
  /** The file in the site, relative to its root. */
  file: string;
  /** The file's text, in pieces that joined are the whole. */
  make: (articles: readonly ExportedArticle[], siteUrl: string) => Iterable<string>;
}

export const ARCHIVE_EXPORTS: readonly ArchiveExport[] = [
  { file: 'api/articles.json', make: articlesJson },
  { file: 'api/articles-text.json', make: articlesText },
  { file: 'api/articles.csv', make: articlesCsv },
];

/** `{"name":[item,item,...]}`, as JSON.stringify writes it, an item a piece. */
export function* jsonList<T>(name: string, items: readonly T[], shown: (item: T) => unknown): Generator<string> {
  yield `{${JSON.stringify(name)}:[`;
  for (const [i, item] of items.entries()) yield (i ? ',' : '') + JSON.stringify(shown(item));
  yield ']}';
}

/** The records as the exports list them: newest first, as every list on the site is. */
export function exportedArticles(records: readonly RecordSource[]): ExportedArticle[] {
  return records.map(({ record, body }) => ({ url: articleUrl(record.slug), record, body })).sort((a, b) => newestFirst(a.record, b.record));
}
