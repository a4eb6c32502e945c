// The records folder, kept up to date: one front-matter file per article, written only when its
// text changes, and removed when its article is gone.
//
// Writing a record means serialising it as YAML, which at 10,000 articles takes seconds, and a
// rebuild after one new article would spend them only to find 9,999 files as they were. So the
// folder's manifest (.cache/records.json) remembers, for each file this code wrote, a digest of
// what it was made from and the file's size and modification time as written: a record whose
// digest is the same and whose file is still as written is not serialised again. A file edited
// or replaced by hand no longer matches and is written again, as is every file when the code that
// writes records changes (the manifest's key).
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { RECORD_FIELDS, type ArticleRecord } from '../record/schema.ts';
import type { BodyText } from '../record/body-text.ts';

export interface SavedRecords { written: number; removed: number }

/** Beside the ingest cache, not in the records folder: that folder holds records only. */
export const MANIFEST_FILE = path.join('.cache', 'records.json');
// Records written at once: enough to keep the disk busy, few enough to stay under fd limits.
const WRITE_BATCH = 32;

/** What the manifest remembers of a file: [digest of its record and body, size, mtime in ms]. */
type Written = [digest: string, size: number, mtimeMs: number];
interface Manifest { key: string; folder: string; files: Record<string, Written> }

/**
 * Writes each record whose text changed and removes records whose article is gone. `remember`
 * is the project's root and the key of the code that serialises records (the ingest cache's);
 * without it (a one-off ingest into another folder) every record is compared with its file.
 */
export async function writeRecords(recordsDir: string, records: { record: ArticleRecord; body: BodyText }[], remember?: { root: string; key: string }): Promise<SavedRecords> {
  await mkdir(recordsDir, { recursive: true });
  const folder = path.resolve(recordsDir);
  const manifestFile = remember && path.join(remember.root, MANIFEST_FILE);
  const known = manifestFile ? await readManifest(manifestFile, remember.key, folder) : new Map<string, Written>();
  const existing = new Set(await readdir(recordsDir));
  const files = new Map<string, Written>();
  let written = 0;
  for (let start = 0; start < records.length; start += WRITE_BATCH) {
    const changed = await Promise.all(records.slice(start, start + WRITE_BATCH).map(async ({ record, body }) => {
      const name = `${record.slug}.md`;
      const file = path.join(recordsDir, name);
      const digest = recordDigest(record, body);
      const before = known.get(name);
      if (before?.[0] === digest && unchangedSince(file, before)) {
        files.set(name, before);
        return false;
      }
      const wrote = await writeIfChanged(file, serialiseRecord(record, body.text), existing.has(name));
      const info = await stat(file);
      files.set(name, [digest, info.size, info.mtimeMs]);
      return wrote;
    }));
    written += changed.filter(Boolean).length;
  }
  let removed = 0;
  for (const name of existing) {
    if (name.endsWith('.md') && !files.has(name)) {
      await rm(path.join(recordsDir, name));
      removed++;
    }
  }
  if (manifestFile) {
    await mkdir(path.dirname(manifestFile), { recursive: true });
    await writeFile(manifestFile, JSON.stringify({ key: remember.key, folder, files: Object.fromEntries(files) } satisfies Manifest));
  }
  return { written, removed };
}

export function serialiseRecord(record: ArticleRecord, body: string): string {
  // lineWidth -1 keeps long titles and summaries on one line, which reads and diffs better.
  const options = { lineWidth: -1 } as never;
  // Given a string, gray-matter first parses it for front matter of its own (and copies it into a
  // Buffer); a body that cannot open with a delimiter or a BOM is passed as parsed content instead,
  // which stringifies to the same text.
  if (body.startsWith('---') || body.startsWith('\uFEFF')) return matter.stringify(body, ordered(record), options);
  return matter.stringify({ content: body, data: {} } as never, ordered(record), options);
}

const ordered = (record: ArticleRecord) => Object.fromEntries(RECORD_FIELDS.map((field) => [field, record[field]]));

/** Everything the record's text is made of, besides the code that writes it: the body by its digest. */
function recordDigest(record: ArticleRecord, body: BodyText): string {
  return createHash('sha1').update(JSON.stringify(ordered(record))).update('\0').update(body.digest).digest('hex');
}

// Synchronous, like the reads of raw files (run-ingest.ts): a stat is one short system call, less
// than its round trip through libuv's thread pool would cost (at 10,000 files, 0.8 s against 0.6 s
// for the whole of a run that writes nothing).
function unchangedSince(file: string, [, size, mtimeMs]: Written): boolean {
  const info = statSync(file, { throwIfNoEntry: false });
  return info !== undefined && info.isFile() && info.size === size && info.mtimeMs === mtimeMs;
}

/** The manifest's entries, or none when it is missing, damaged, or of other code or folder. */
async function readManifest(file: string, key: string, folder: string): Promise<Map<string, Written>> {
  const files = new Map<string, Written>();
  try {
    const manifest = JSON.parse(await readFile(file, 'utf8')) as Partial<Manifest>;
    if (manifest.key !== key || manifest.folder !== folder || typeof manifest.files !== 'object' || manifest.files === null) return files;
    for (const [name, entry] of Object.entries(manifest.files)) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number' && typeof entry[2] === 'number') files.set(name, entry);
    }
  } catch {
    // Missing or damaged: every record is compared with its file, as on a first run.
  }
  return files;
}

// Unchanged records keep their modification time, which keeps rebuilds cheap to reason about.
// A record that was not there before the run is written without trying to read it first.
async function writeIfChanged(file: string, content: string, exists: boolean): Promise<boolean> {
  const existing = exists ? await readFile(file, 'utf8').catch(() => null) : null;
  if (existing === content) return false;
  await writeFile(file, content);
  return true;
}
