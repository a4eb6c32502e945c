// Records are the site's data, never its templates: each file is parsed with gray-matter and
// checked against the record schema; its body is rendered by the archive (markdown.ts), so no
// article text is ever seen by the template engine.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontMatter } from '../record/front-matter-yaml.ts';
import { recordSchema, type ArticleRecord } from '../record/schema.ts';
import { BodyText } from '../record/body-text.ts';
/** A record with its markdown body, as the ingest holds it in memory or the records folder holds it. */
export interface RecordSource {
  record: ArticleRecord;
  /** Text or bytes, with the digest that stands for it where the text is not read (body-text.ts). */
  body: BodyText;
}

export async function loadRecords(recordsDir: string): Promise<RecordSource[]> {
  const names = (await readdir(recordsDir).catch(missingIsEmpty))
    .filter((name) => name.endsWith('.md') && !name.startsWith('.'))
    .sort();
  const loaded: RecordSource[] = [];
  for (const name of names) {
    const file = path.join(recordsDir, name);
    const { data, content } = parseFrontMatter(await readFile(file, 'utf8'));
    loaded.push({ record: checkRecord(data, file), body: BodyText.of(content) });
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
