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
 * the folder again. The ingest has checked each against the schema; their order does not
 * matter, since the archive sorts articles into one total order (order.ts).
 */
export function prepareRecords(sources: readonly RecordSource[]): LoadedRecord[] {
  return sources.map(({ record, body }) => ({ record, html: renderBody(body) }));
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

// No records folder yet means an empty archive, not a failed build.
function missingIsEmpty(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
