// Remembers each raw file's ingest outcome so a rebuild re-extracts only files that changed.
// Extraction costs ~5 ms of CPU an article; hashing a file costs microseconds, so adding one
// article to a 10,000-article archive no longer re-extracts the other 9,999.
// An entry is reused only when the file's bytes and the extraction code (every source file it
// runs, and the locked dependencies) are unchanged. The cache is only a hint: an entry of the
// wrong shape (a damaged or hand-edited file) is dropped with the rest, every record it holds is
// checked against the record schema and every body against its digest, so nothing in it, a slug
// included, is trusted.
//
// The file is the code key's line, then one entry a line, each article's body right after its
// entry's line as the UTF-8 bytes it is (its length and digest in the entry), then a newline;
// read in chunks and written as a stream. At 100,000 articles a single JSON text of the cache
// would be a string of a gigabyte, past what a Node heap holds. The bodies are most of the file
// (51 of 61 MB at 10,000 articles) and most builds only compare them: kept as the bytes read
// (body-text.ts), they are never parsed as JSON, decoded or collected. A run that changes a few
// files appends their entries (and a "gone" line for a file removed) rather than writing the file
// again; a later entry stands for its file over an earlier one. The file is written whole again
// when entries that no longer count would make up a fifth of it, so reading it never costs much
// more than reading the entries that count.
//
// A process that builds again (npm start, after each change) keeps the entries it last read or
// wrote, and reads the file again only when it is not the file it left (another build, a user):
// parsing and checking 60 MB took 0.7-2 s of every rebuild of 10,000 articles.
import { createHash } from 'node:crypto';
import { closeSync, createWriteStream, fstatSync, openSync, readFileSync, readSync, readdirSync, statSync, type BigIntStats } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { IngestedArticle, IngestOutcome } from './ingest-file.ts';
import { recordSchema } from '../record/schema.ts';
import { BodyText, digestOf } from '../record/body-text.ts';

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
  article: z.object({ record: recordSchema, body: z.object({ bytes: z.number().int().nonnegative(), digest: z.string() }), slugGiven: z.boolean() }).nullable(),
  problems: z.array(problemSchema),
});
const headSchema = z.object({ key: z.string() });
const entrySchema = z.union([
  z.object({ origin: z.string(), hash: z.string(), outcome: outcomeSchema }),
  z.object({ origin: z.string(), gone: z.literal(true) }),
]);
/** An outcome as the build keeps it: the body as text or bytes, with its digest (body-text.ts). */
export interface CachedOutcome extends Omit<IngestOutcome, 'article'> {
  article: (Omit<IngestedArticle, 'body'> & { body: BodyText }) | null;
}

/** An extractor's outcome as the cache and the build keep it. */
export function toCached({ article, problems }: IngestOutcome): CachedOutcome {
  return { article: article && { ...article, body: BodyText.of(article.body) }, problems };
}

type Entries = Record<string, { hash: string; outcome: CachedOutcome }>;

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
    let reader: CacheReader | undefined;
    try {
      reader = new CacheReader(file);
      const head = reader.line();
      // An outdated cache is expected after any code change; only its key is looked at.
      if (head === null || headSchema.parse(JSON.parse(head)).key !== key) return new IngestCache(root, key, {});
      for (let line = reader.line(); line !== null; line = reader.line()) {
        const entry = entrySchema.parse(JSON.parse(line));
        if ('gone' in entry) delete entries[entry.origin];
        else {
          const { article, problems } = entry.outcome;
          let body: BodyText | undefined;
          if (article) {
            const bytes = reader.bytes(article.body.bytes);
            // Cut short: the entries before it stand.
            if (bytes === null) break;
            // Checked, as every part of an entry is: a digest that did not match its body would keep
            // pages made from other text.
            if (digestOf(bytes) !== article.body.digest) throw new Error('a body that is not its digest\'s');
            body = BodyText.ofBytes(bytes, article.body.digest);
          }
          entries[entry.origin] = { hash: entry.hash, outcome: { article: article && { ...article, body: body! }, problems } };
        }
        count++;
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new IngestCache(root, key, {});
      warn(`${path.relative(root, file)} is damaged and was ignored; every article is extracted again`);
      return new IngestCache(root, key, {});
    } finally {
      reader?.close();
    }
    // A file that ends mid-entry is written whole at the next save: an entry appended to it would
    // be glued to the cut one, and the file unreadable.
    const appendable = !reader!.cut;
    if (stamp && stamp === stampOf(file)) kept = { file, key, stamp, entries, entryLines: count, appendable };
    return new IngestCache(root, key, entries, count, appendable);
  }

  /** True when nothing can be reused (first run, or new code): every file is extracted. */
  get isEmpty(): boolean {
    return Object.keys(this.old).length === 0;
  }

  get(origin: string, hash: string): CachedOutcome | null {
    const entry = this.old[origin];
    return entry?.hash === hash ? entry.outcome : null;
  }

  /** The outcome is kept as given: callers must not change it afterwards. */
  set(origin: string, hash: string, outcome: CachedOutcome): void {
    this.fresh[origin] = { hash, outcome };
  }

  /** Saves the entries set in this run only, so files that are gone drop out of the cache. */
  async save(): Promise<void> {
    // What the file does not hold yet: entries set anew (an outcome the file gave is set as the
    // same object), and the files it holds that this run did not see.
    const added: Line[] = [];
    for (const [origin, entry] of Object.entries(this.fresh)) {
      const before = this.old[origin];
      if (before?.hash !== entry.hash || before.outcome !== entry.outcome) added.push({ origin, ...entry });
    }
    for (const origin of Object.keys(this.old)) if (!(origin in this.fresh)) added.push({ origin, gone: true });
    if (added.length === 0) return;
    const live = Object.keys(this.fresh).length;
    const append = this.appendable && !this.isEmpty && (this.entryLines + added.length) * 4 < live * 5;
    const lines: Line[] = append ? added : [{ key: this.key }, ...Object.entries(this.fresh).map(([origin, entry]) => ({ origin, ...entry }))];
    const file = path.join(this.root, CACHE_FILE);
    await mkdir(path.dirname(file), { recursive: true });
    kept = null;
    const out = createWriteStream(file, { flags: append ? 'a' : 'w' });
    try {
      for (const line of lines) {
        for (const part of lineParts(line)) if (!out.write(part)) await once(out, 'drain');
      }
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

type Line = { key: string } | { origin: string; gone: true } | { origin: string; hash: string; outcome: CachedOutcome };

/** What a line is written as: its JSON, the body's length and digest in place of the body, then the body. */
function lineParts(line: Line): (string | Buffer)[] {
  if (!('outcome' in line) || !line.outcome.article) return [`${JSON.stringify(line)}\n`];
  const { body, ...article } = line.outcome.article;
  const bytes = Buffer.allocUnsafe(body.byteLength);
  body.writeInto(bytes, 0);
  const entry = { ...line, outcome: { ...line.outcome, article: { ...article, body: { bytes: bytes.byteLength, digest: body.digest } } } };
  return [`${JSON.stringify(entry)}\n`, bytes, '\n'];
}

const CHUNK_BYTES = 4 << 20;

/**
 * The cache file's lines, and the bodies after them, read synchronously a few megabytes at a time
 * into buffers of their own: a body is a view of the buffer it was read into, so the buffers are
 * never reused. Node's readline took twice as long (1.0 s against 0.5 s for 60 MB of lines), and
 * the build waits for it. `cut` is set once the file has ended inside a line or a body.
 */
class CacheReader {
  #fd: number;
  #size: number;
  /** Bytes read from the file so far. */
  #read = 0;
  #buffer: Buffer<ArrayBufferLike> = Buffer.alloc(0);
  #start = 0;
  #end = 0;
  #ended = false;
  cut = false;

  constructor(file: string) {
    this.#fd = openSync(file, 'r');
    this.#size = fstatSync(this.#fd).size;
  }

  /** The next line, without its newline; null at the end of the file. */
  line(): string | null {
    // Bytes after the start already looked through for the newline.
    let searched = 0;
    for (;;) {
      const newline = this.#buffer.indexOf(10, this.#start + searched);
      if (newline !== -1 && newline < this.#end) {
        const line = this.#buffer.toString('utf8', this.#start, newline);
        this.#start = newline + 1;
        return line;
      }
      searched = this.#end - this.#start;
      // Every line is written with its newline: one without is a write cut short (a build
      // killed while saving), and only its own file is extracted again.
      if (!this.#more(searched + 1)) return this.#stop();
    }
  }

  /** The next `count` bytes and the newline after them; null when the file ends first. */
  bytes(count: number): Uint8Array | null {
    // An entry without the whole of its body is cut short, even where the file ends right after the
    // entry's line; and a length past the file's end (a damaged entry) is not made room for.
    if (count + 1 > this.#size - (this.#read - (this.#end - this.#start))) return this.#stop(true);
    while (this.#end - this.#start < count + 1) if (!this.#more(count + 1)) return this.#stop(true);
    if (this.#buffer[this.#start + count] !== 10) throw new Error('a body not followed by a newline');
    const bytes = this.#buffer.subarray(this.#start, this.#start + count);
    this.#start += count + 1;
    return bytes;
  }

  close(): void {
    closeSync(this.#fd);
  }

  #stop(cut = this.#end > this.#start): null {
    this.cut = cut;
    return null;
  }

  /** Reads on into a new buffer that holds at least `want` bytes from the unread start; false at the end. */
  #more(want: number): boolean {
    if (this.#ended) return false;
    const left = this.#end - this.#start;
    // Shared memory, so the render's worker reads the bodies in it where they are (packed-texts.ts).
    const next = Buffer.from(new SharedArrayBuffer(Math.max(CHUNK_BYTES, want + CHUNK_BYTES)));
    this.#buffer.copy(next, 0, this.#start, this.#end);
    const read = readSync(this.#fd, next, left, next.length - left, null);
    this.#read += read;
    if (read === 0) this.#ended = true;
    this.#buffer = next;
    this.#start = 0;
    this.#end = left + read;
    return read > 0;
  }
}
