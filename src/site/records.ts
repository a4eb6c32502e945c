// Records are the site's data, never its templates: each file is parsed with gray-matter,
// checked against the record schema and its body rendered here, so no article text is ever
// seen by the template engine.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontMatter } from '../record/front-matter-yaml.ts';
import { recordSchema, type ArticleRecord } from '../record/schema.ts';
import { renderBody } from './markdown.ts';

export interface LoadedRecord { record: ArticleRecord; html: string }

/** A record as the ingest holds it in memory: its front matter and its markdown body. */
export interface RecordSource { record: ArticleRecord; body: string }

/**
 * Records handed over by the ingest that just wrote them, so the build need not read and parse
 * the folder again. They pass the same schema check as records read from disk, and are taken in
 * the same order (by file name), so the site is the same either way.
 */
export function prepareRecords(sources: readonly RecordSource[]): LoadedRecord[] {
  return [...sources]
    .sort((a, b) => compareNames(`${a.record.slug}.md`, `${b.record.slug}.md`))
    .map(({ record, body }) => ({ record: checkRecord(record, record.origin), html: renderBody(body) }));
}

export async function loadRecords(recordsDir: string): Promise<LoadedRecord[]> {
  const names = (await readdir(recordsDir).catch(missingIsEmpty))
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort();
  const loaded: LoadedRecord[] = [];
  for (const name of names) {
    const file = path.join(recordsDir, name);
    const { data, content } = parseFrontMatter(await readFile(file, 'utf8'));
    loaded.push({ record: checkRecord(data, file), html: renderBody(content) });
  }
  return loaded;
}

function checkRecord(data: unknown, where: string): ArticleRecord {
  const checked = recordSchema.safeParse(data);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    throw new Error(`${where}: ${issue.path.join('.') || 'record'} ${issue.message}`);
  }
  return checked.data;
}

// Array.prototype.sort's default order (UTF-16 code units), as used for the folder's names.
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// No records folder yet means an empty archive, not a failed build.
function missingIsEmpty(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
