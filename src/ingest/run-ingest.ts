// The file-system edge of the ingest: read every raw file, write one record per article,
// remove records whose raw file is gone. Raw files are only ever read.
import { readdir, readFile, writeFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { ingestMany } from './ingest-pool.ts';
import { IngestCache, hashBytes } from './ingest-cache.ts';
import type { IngestOutcome } from './ingest-file.ts';
import { uniqueSlugs } from '../record/slug.ts';
import { RECORD_FIELDS, type ArticleRecord } from '../record/schema.ts';
import type { Problem } from '../extract/types.ts';

export interface IngestOptions {
  /** Folder of raw articles. */
  rawDir: string;
  /** Generated folder of records; owned by the generator. */
  recordsDir: string;
  /** Project root: origins are written relative to it. */
  root: string;
  /** YYYY-MM-DD. */
  today: string;
}

export interface IngestResult {
  records: ArticleRecord[];
  /** Each record's markdown body, in the same order as `records` (the site renders them from memory). */
  bodies: string[];
  /** Problems by origin, in file order; files without problems are absent. */
  problems: Map<string, Problem[]>;
  /** Raw files that produced no record. */
  skipped: string[];
  written: number;
  removed: number;
}

const ARTICLE_FILE = /\.(txt|md)$/i;
// Files read or written at once: enough to keep the disk busy, few enough to stay under fd limits.
const WRITE_BATCH = 32;

export async function runIngest({ rawDir, recordsDir, root, today }: IngestOptions): Promise<IngestResult> {
  const problems = new Map<string, Problem[]>();
  const skipped: string[] = [];
  const ingested = [];
  const origins = (await listRawFiles(rawDir)).map((file) => ({ file, origin: path.relative(root, file).split(path.sep).join('/') }));
  const outcomes = await ingestChanged(origins.filter(({ file }) => ARTICLE_FILE.test(file)), root, today);
  let next = 0;
  for (const { file, origin } of origins) {
    if (!ARTICLE_FILE.test(file)) {
      problems.set(origin, [{ field: 'file', message: 'is not a .txt or .md file; skipped', severity: 'warning' }]);
      continue;
    }
    const outcome = outcomes[next++];
    if (outcome.problems.length) problems.set(origin, outcome.problems);
    if (outcome.article) ingested.push(outcome.article);
    else skipped.push(origin);
  }

  // Slugs the user fixed are claimed first, so a derived slug never takes one of them.
  const order = [...ingested.filter((a) => a.slugGiven), ...ingested.filter((a) => !a.slugGiven)];
  const slugs = uniqueSlugs(order.map((a) => a.record));
  order.forEach((a, i) => (a.record.slug = slugs[i]));

  await mkdir(recordsDir, { recursive: true });
  const existing = new Set(await readdir(recordsDir));
  const wanted = new Set<string>();
  let written = 0;
  // A few dozen files at a time: one at a time leaves the disk idle between serialisations.
  for (let start = 0; start < ingested.length; start += WRITE_BATCH) {
    const changed = await Promise.all(ingested.slice(start, start + WRITE_BATCH).map(({ record, body }) => {
      const name = `${record.slug}.md`;
      wanted.add(name);
      return writeIfChanged(path.join(recordsDir, name), serialiseRecord(record, body), existing.has(name));
    }));
    written += changed.filter(Boolean).length;
  }
  let removed = 0;
  for (const name of existing) {
    if (name.endsWith('.md') && !wanted.has(name)) {
      await rm(path.join(recordsDir, name));
      removed++;
    }
  }
  return { records: ingested.map((a) => a.record), bodies: ingested.map((a) => a.body), problems, skipped, written, removed };
}

/**
 * Outcomes in file order: unchanged files from the cache, the rest extracted on all cores.
 * The cache is saved before slugs are made unique, which rewrites the records in place.
 */
async function ingestChanged(articles: { file: string; origin: string }[], root: string, today: string): Promise<IngestOutcome[]> {
  const cache = await IngestCache.open(root, today);
  const hashes: string[] = [];
  const outcomes: (IngestOutcome | null)[] = [];
  // Files to extract take the bytes just hashed along, so no file is read twice.
  const missing: { file: string; origin: string; bytes: Uint8Array; index: number }[] = [];
  for (let start = 0; start < articles.length; start += WRITE_BATCH) {
    const batch = await Promise.all(articles.slice(start, start + WRITE_BATCH).map(({ file }) => readFile(file)));
    batch.forEach((bytes, k) => {
      const index = start + k;
      hashes.push(hashBytes(bytes));
      outcomes.push(cache.get(articles[index].origin, hashes[index]));
      if (!outcomes[index]) missing.push({ ...articles[index], bytes, index });
    });
  }
  const fresh = await ingestMany(missing, today);
  missing.forEach(({ index }, k) => (outcomes[index] = fresh[k]));
  articles.forEach(({ origin }, i) => cache.set(origin, hashes[i], outcomes[i]!));
  await cache.save();
  return outcomes as IngestOutcome[];
}

export function serialiseRecord(record: ArticleRecord, body: string): string {
  const ordered = Object.fromEntries(RECORD_FIELDS.map((field) => [field, record[field]]));
  // lineWidth -1 keeps long titles and summaries on one line, which reads and diffs better.
  const options = { lineWidth: -1 } as never;
  // Given a string, gray-matter first parses it for front matter of its own (and copies it into a
  // Buffer); a body that cannot open with a delimiter or a BOM is passed as parsed content instead,
  // which stringifies to the same text.
  if (body.startsWith('---') || body.startsWith('\uFEFF')) return matter.stringify(body, ordered, options);
  return matter.stringify({ content: body, data: {} } as never, ordered, options);
}

async function listRawFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`there is no folder of raw articles at ${dir} (create it and put .txt or .md files in it)`);
    throw error;
  });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

// Unchanged records keep their modification time, which keeps rebuilds cheap to reason about.
// A record that was not there before the run is written without trying to read it first.
async function writeIfChanged(file: string, content: string, exists: boolean): Promise<boolean> {
  const existing = exists ? await readFile(file, 'utf8').catch(() => null) : null;
  if (existing === content) return false;
  await writeFile(file, content);
  return true;
}
