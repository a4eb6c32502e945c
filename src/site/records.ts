// Records are the site's data, never its templates: each file is parsed with gray-matter,
// checked against the record schema and its body rendered here, so no article text is ever
// seen by the template engine.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { recordSchema, type ArticleRecord } from '../record/schema.ts';
import { renderBody } from './markdown.ts';

export interface LoadedRecord { record: ArticleRecord; html: string }

export async function loadRecords(recordsDir: string): Promise<LoadedRecord[]> {
  const names = (await readdir(recordsDir).catch(missingIsEmpty))
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort();
  const loaded: LoadedRecord[] = [];
  for (const name of names) {
    const file = path.join(recordsDir, name);
    // An options object bypasses gray-matter's module-level cache, which would otherwise keep
    // every article's text alive for the life of the process.
    const { data, content } = matter(await readFile(file, 'utf8'), {});
    const checked = recordSchema.safeParse(normaliseYaml(data));
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new Error(`${file}: ${issue.path.join('.') || 'record'} ${issue.message}`);
    }
    loaded.push({ record: checked.data, html: renderBody(content) });
  }
  return loaded;
}

// YAML reads an unquoted 2025-06-04 as a Date; the schema (and the ingest) speak in strings.
function normaliseYaml(data: Record<string, unknown>): Record<string, unknown> {
  return data.date instanceof Date ? { ...data, date: data.date.toISOString().slice(0, 10) } : data;
}

// No records folder yet means an empty archive, not a failed build.
function missingIsEmpty(error: NodeJS.ErrnoException): string[] {
  if (error.code === 'ENOENT') return [];
  throw error;
}
