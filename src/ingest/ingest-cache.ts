// Remembers each raw file's ingest outcome so a rebuild re-extracts only files that changed.
// Extraction costs ~5 ms of CPU an article; hashing a file costs microseconds, so adding one
// article to a 10,000-article archive no longer re-extracts the other 9,999.
// An entry is reused only when the file's bytes and the extraction code (every source file it
// runs, and the locked dependencies) are unchanged. The cache is only a hint: an entry of the
// wrong shape (a damaged or hand-edited file) is dropped with the rest, and every record it
// holds is checked against the record schema, so nothing in it, a slug included, is trusted.
//
// The file is JSON Lines: the code key, then one entry a line, read in chunks and written as a
// stream. At 100,000 articles a single JSON text of the cache would be a string of a gigabyte,
// past what a Node heap holds. A run that changes a few files appends their entries (and a
// "gone" line for a file removed) rather than writing the file again, 60 MB at 10,000 articles;
// a later line stands for its file over an earlier one. The file is written whole again when
// lines that no longer count would make up a fifth of it, so reading it never costs much more
// than reading the entries that count.
//
// A process that builds again (npm start, after each change) keeps the entries it last read or
// wrote, and reads the file again only when it is not the file it left (another build, a user):
// parsing and checking 60 MB took 0.7-2 s of every rebuild of 10,000 articles.
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, openSync, readFileSync, readSync, readdirSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { IngestOutcome } from './ingest-file.ts';
import { recordSchema } from '../record/schema.ts';

// Beside the project's records, not among them: the records folder holds records only.
export const CACHE_FILE = path.join('.cache', 'ingest.jsonl');
/** Where earlier versions kept the cache as one JSON text; removed when the new one is written. */
const OLD_CACHE_FILE = path.join('.cache', 'ingest.json');
const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The folders whose code decides an outcome; the lock file stands for the libraries they use.
const CODE = ['extract', 'ingest', 'record', 'vocabulary'].map((dir) => path.join(SRC, dir));
const LOCK = path.join(SRC, '..', 'package-lock.json');

const problemSchema = z.object({ field: z.string(), message: z.string(), hint: z.string().optional(), severity: z.enum(['error', 'warning']) });
const outcomeSchema = z.object({
  article: z.object({ record: recordSchema, body: z.string(), slugGiven: z.boolean() }).nullable(),
  problems: z.array(problemSchema),
});
const headSchema = z.object({ key: z.string() });
const entrySchema = z.union([
  z.object({ origin: z.string(), hash: z.string(), outcome: outcomeSchema }),
  z.object({ origin: z.string(), gone: z.literal(true) }),
]);
type Entries = Record<string, { hash: string; outcome: IngestOutcome }>;

let codeHash: string | null = null;
/** A digest of the code that turns raw files into records: the cache is only good for this code. */
export function codeVersion(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const dir of CODE) {
    for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
      if (!name.endsWith('.ts')) continue;
      hash.update(name).update(readFileSync(path.join(dir, name)));
    }
  }
  try {
    hash.update(readFileSync(LOCK));
  } catch {
    // No lock file (an unusual checkout): the source alone keys the cache.
  }
  return (codeHash = hash.digest('hex'));
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('hex');
}

/** The entries this process last read from or wrote to a cache file, and that file as it then was. */
let kept: { file: string; key: string; stamp: string; entries: Entries; entryLines: number; appendable: boolean } | null = null;

/** Which file is at `file`, and as written when: another write changes it. Null when there is none. */
function stampOf(file: string): string | null {
  const info = statSync(file, { throwIfNoEntry: false, bigint: true });
  return info ? statStamp(info) : null;
}

/**
 * Which file this is and as written when: any write changes it, even one that puts the
 * modification time back, since no program can set the change time. Also raw-stats.ts's.
 */
export function statStamp(info: BigIntStats): string {
  return `${info.dev}:${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}`;
}

export class IngestCache {
  /**
   * `entryLines`: the entry lines in the cache file, counted to know when appending no longer
   * pays. `appendable`: the file ends with a whole line, so lines added after it stay whole.
   */
  private constructor(private readonly root: string, private readonly key: string, private readonly old: Entries, private readonly entryLines = 0, private readonly appendable = false) {}
  private readonly fresh: Entries = {};

  /** `warn` hears why a cache file that exists could not be used. */
  static async open(root: string, warn: (message: string) => void = () => {}): Promise<IngestCache> {
    const file = path.join(root, CACHE_FILE);
    const key = codeVersion();
    const stamp = stampOf(file);
    if (kept && kept.file === file && kept.key === key && kept.stamp === stamp) return new IngestCache(root, key, kept.entries, kept.entryLines, kept.appendable);
    kept = null;
    // A missing, corrupt or outdated cache is simply empty: everything is extracted again.
    const entries: Entries = {};
    let count = 0;
    const ending = { cut: false };
    try {
      let head = true;
      for (const line of readLines(file, ending)) {
        if (head) {
          // An outdated cache is expected after any code change; only its key is looked at.
          if (headSchema.parse(JSON.parse(line)).key !== key) return new IngestCache(root, key, {});
          head = false;
          continue;
        }
        const entry = entrySchema.parse(JSON.parse(line));
        if ('gone' in entry) delete entries[entry.origin];
        else entries[entry.origin] = { hash: entry.hash, outcome: entry.outcome as IngestOutcome };
        count++;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new IngestCache(root, key, {});
      warn(`${path.relative(root, file)} is damaged and was ignored; every article is extracted again`);
      return new IngestCache(root, key, {});
    }
    // A file that ends mid-line is written whole at the next save: a line appended to it would be
    // glued to the cut one, and the file unreadable.
    if (stamp && stamp === stampOf(file)) kept = { file, key, stamp, entries, entryLines: count, appendable: !ending.cut };
    return new IngestCache(root, key, entries, count, !ending.cut);
  }

  /** True when nothing can be reused (first run, or new code): every file is extracted. */
  get isEmpty(): boolean {
    return Object.keys(this.old).length === 0;
  }

  get(origin: string, hash: string): IngestOutcome | null {
    const entry = this.old[origin];
    return entry?.hash === hash ? entry.outcome : null;
  }

  /** The outcome is kept as given: callers must not change it afterwards. */
  set(origin: string, hash: string, outcome: IngestOutcome): void {
    this.fresh[origin] = { hash, outcome };
  }

  /** Saves the entries set in this run only, so files that are gone drop out of the cache. */
  async save(): Promise<void> {
    // What the file does not hold yet: entries set anew (an outcome the file gave is set as the
    // same object), and the files it holds that this run did not see.
    const added: object[] = [];
    for (const [origin, entry] of Object.entries(this.fresh)) {
      const before = this.old[origin];
      if (before?.hash !== entry.hash || before.outcome !== entry.outcome) added.push({ origin, ...entry });
    }
    for (const origin of Object.keys(this.old)) if (!(origin in this.fresh)) added.push({ origin, gone: true });
    if (added.length === 0) return;
    const live = Object.keys(this.fresh).length;
    const append = this.appendable && !this.isEmpty && (this.entryLines + added.length) * 4 < live * 5;
    const lines = append ? added : [{ key: this.key }, ...Object.entries(this.fresh).map(([origin, entry]) => ({ origin, ...entry }))];
    const file = path.join(this.root, CACHE_FILE);
    await mkdir(path.dirname(file), { recursive: true });
    kept = null;
    const out = createWriteStream(file, { encoding: 'utf8', flags: append ? 'a' : 'w' });
    try {
      for (const line of lines) if (!out.write(`${JSON.stringify(line)}\n`)) await once(out, 'drain');
    } finally {
      out.end();
      await once(out, 'close');
    }
    // What the file now holds is this run's entries: the next run in this process starts from them.
    const stamp = stampOf(file);
    if (stamp) kept = { file, key: this.key, stamp, entries: this.fresh, entryLines: append ? this.entryLines + added.length : lines.length - 1, appendable: true };
    await rm(path.join(this.root, OLD_CACHE_FILE), { force: true });
  }
}

const CHUNK_BYTES = 4 << 20;

/**
 * The file's lines that end with a newline, read synchronously a few megabytes at a time. Node's
 * readline took twice as long (1.0 s against 0.5 s for the 60 MB cache of 10,000 articles), and
 * the build waits for it. `ending.cut` is set when the file ends with a line cut short.
 */
function* readLines(file: string, ending: { cut: boolean }): Generator<string> {
  const fd = openSync(file, 'r');
  try {
    let buffer = Buffer.alloc(CHUNK_BYTES);
    // Bytes at the buffer's start that belong to a line not yet ended.
    let kept = 0;
    for (;;) {
      // A line longer than the buffer: the buffer grows to hold it.
      if (kept === buffer.length) buffer = Buffer.concat([buffer, Buffer.alloc(buffer.length)]);
      const read = readSync(fd, buffer, kept, buffer.length - kept, null);
      const end = kept + read;
      let start = 0;
      for (let newline = buffer.indexOf(10, kept); newline !== -1 && newline < end; newline = buffer.indexOf(10, start)) {
        yield buffer.toString('utf8', start, newline);
        start = newline + 1;
      }
      // Every line is written with its newline: one without is a write cut short (a build
      // killed while saving), and only its own file is extracted again.
      if (read === 0) {
        ending.cut = end > start;
        return;
      }
      kept = buffer.copy(buffer, 0, start, end);
    }
  } finally {
    closeSync(fd);
  }
}
