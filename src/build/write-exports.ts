// The export stage: the archive's bulk downloads (src/site/exports/), made on the build's main
// thread from the records while the pages render in their worker. Rendered among the pages, these
// three files of the whole archive took 2-3 s of every rebuild's render at 10,000 articles, on the
// path the rebuild waits for.
//
// They are written into the staging folder only once the render has ended: the render empties
// that folder of every file it does not make itself (eleventy.ts). What the published site's
// exports were made from is kept in .cache/exports.json, tied to the site folder as the render's
// manifest is (render-plan.ts): a digest of each article's record and body, in the files' order,
// and the length of its entry in each file. When every digest is the same, the published files
// are linked, not made; otherwise an unchanged article's entries are copied from them and only
// the others are made (making all of them took 2 s of the main thread at 10,000 articles).
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordSource } from '../site/records.ts';
import { ARCHIVE_EXPORTS, exportedArticles, type ArchiveExport, type ExportedArticle } from '../site/exports/archive-exports.ts';
import { folderIdentity, readSiteNote } from './publish-site.ts';

export interface ExportOptions {
  outDir: string;
  records: readonly RecordSource[];
  /** The site's address (its settings' url), which the CSV's page addresses start with. */
  siteUrl: string;
  /** The published site, whose exports are kept when they were made from the same records. */
  previousSite?: string;
  /**
   * The project's root, where what the exports were made from is noted, and the version of the
   * code and settings that shape the site (render-plan.ts's renderVersion). Without it, the
   * exports are always made.
   */
  remember?: { root: string; version: string };
  /** Settles when the files may be written: the render stage is done with the folder. */
  writable?: Promise<unknown>;
}

export interface ExportResult {
  files: number;
  /** Of them, those taken from the published site rather than made. */
  kept: number;
  /** In the files made: their entries (one an article each), and of them those made rather than copied from the published files. */
  entries: number;
  entriesMade: number;
}

/** Beside the render's manifest (.cache/render-pages.json). */
export const EXPORTS_MANIFEST = path.join('.cache', 'exports.json');

interface ExportsManifest {
  /** The site folder the exports are in: its device and inode numbers. */
  folder: string;
  /** Of the code, the settings and the site's address, which shape every entry. */
  base: string;
  /** Each article's digest (of its record and body), in the files' order. */
  entries: string[];
  /** By file: each entry's length in bytes, in that order. */
  lengths: Record<string, number[]>;
}

/** One file as made: its bytes in chunks, its entries' lengths, how many entries were made rather than copied. */
interface MadeFile { chunks: Buffer[]; lengths: number[]; made: number }

export async function writeExports({ outDir, records, siteUrl, previousSite, remember, writable }: ExportOptions): Promise<ExportResult> {
  const output = path.resolve(outDir);
  const articles = exportedArticles(records);
  const manifestFile = remember && path.join(remember.root, EXPORTS_MANIFEST);
  const digests = articles.map(({ record, body }) => sha1(JSON.stringify(record), body.digest));
  const base = remember && sha1(remember.version, siteUrl);
  const before = manifestFile && previousSite !== undefined ? await madeFrom(manifestFile, previousSite, base!) : null;
  const unchanged = before !== null && sameList(before.entries, digests);
  const made = new Map<string, MadeFile>();
  if (!unchanged) {
    for (const format of ARCHIVE_EXPORTS) {
      // The index stage shares this thread: it gets a turn between files.
      await nextTurn();
      const earlier = before && (await earlierEntries(format, before, path.join(previousSite!, format.file)));
      made.set(format.file, makeFile(format, articles, digests, siteUrl, earlier));
    }
  }
  await writable;
  const lengths: Record<string, number[]> = {};
  let [kept, entries, entriesMade] = [0, 0, 0];
  for (const format of ARCHIVE_EXPORTS) {
    const { file } = format;
    const target = path.join(output, file);
    await mkdir(path.dirname(target), { recursive: true });
    // Replaced, never written into: a file already there may be the published site's too.
    await rm(target, { force: true });
    const published = path.join(path.resolve(previousSite ?? output), file);
    if (unchanged && (await isAsMade(published, format, before)) && (await link(published, target).then(() => true, () => false))) {
      kept++;
      lengths[file] = before.lengths[file]!;
      continue;
    }
    // One missing from the published site, or changed there (by hand), is made after all.
    const fresh = made.get(file) ?? makeFile(format, articles, digests, siteUrl, null);
    await writeFile(target, fresh.chunks);
    lengths[file] = fresh.lengths;
    entries += fresh.lengths.length;
    entriesMade += fresh.made;
  }
  if (manifestFile && base) {
    await mkdir(path.dirname(manifestFile), { recursive: true });
    await writeFile(manifestFile, JSON.stringify({ folder: await folderIdentity(output), base, entries: digests, lengths } satisfies ExportsManifest));
  }
  return { files: ARCHIVE_EXPORTS.length, kept, entries, entriesMade };
}

/** An earlier file's bytes, and where each entry is in them by its article's digest. */
interface EarlierFile { bytes: Buffer; at: Map<string, { start: number; end: number }> }

/**
 * The file as it was made, from the articles in order: an entry whose article has a digest the
 * earlier file has is copied from it (runs of them as one range, with what is between them),
 * the others are made.
 */
function makeFile(format: ArchiveExport, articles: readonly ExportedArticle[], digests: readonly string[], siteUrl: string, earlier: EarlierFile | null): MadeFile {
  const out = new Chunks();
  const lengths: number[] = [];
  const between = Buffer.byteLength(format.between);
  let made = 0;
  let run: { start: number; end: number } | null = null;
  out.text(format.head);
  for (const [i, article] of articles.entries()) {
    const was = earlier?.at.get(digests[i]!);
    if (was) lengths.push(was.end - was.start);
    // Next to the last one copied, in the earlier file as here: the run goes on.
    if (was && run && was.start === run.end + between) {
      run.end = was.end;
      continue;
    }
    if (run) out.bytes(earlier!.bytes.subarray(run.start, run.end));
    run = null;
    if (i > 0) out.text(format.between);
    if (was) run = { ...was };
    else {
      const entry = format.entry(article, siteUrl);
      out.text(entry);
      lengths.push(Buffer.byteLength(entry));
      made++;
    }
  }
  if (run) out.bytes(earlier!.bytes.subarray(run.start, run.end));
  out.text(format.tail);
  return { chunks: out.done(), lengths, made };
}

/** The published file and its entries, or null when it is not the file the manifest describes. */
async function earlierEntries(format: ArchiveExport, manifest: ExportsManifest, file: string): Promise<EarlierFile | null> {
  const lengths = manifest.lengths[format.file];
  if (!Array.isArray(lengths) || lengths.length !== manifest.entries.length) return null;
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return null;
  // A file of another length was changed since (by hand): nothing in it is taken.
  if (bytes.length !== fileLength(format, lengths)) return null;
  const at = new Map<string, { start: number; end: number }>();
  const between = Buffer.byteLength(format.between);
  let offset = Buffer.byteLength(format.head);
  for (const [i, length] of lengths.entries()) {
    if (i > 0) offset += between;
    at.set(manifest.entries[i]!, { start: offset, end: (offset += length) });
  }
  return { bytes, at };
}

/** The length in bytes of a file whose entries have these lengths. */
function fileLength(format: ArchiveExport, lengths: readonly number[]): number {
  const parts = Buffer.byteLength(format.head) + Buffer.byteLength(format.tail) + Math.max(0, lengths.length - 1) * Buffer.byteLength(format.between);
  return lengths.reduce((sum, length) => sum + length, parts);
}

/** The published file is as long as the manifest says it was made. */
async function isAsMade(published: string, format: ArchiveExport, manifest: ExportsManifest): Promise<boolean> {
  const lengths = manifest.lengths[format.file];
  if (!Array.isArray(lengths)) return false;
  const size = await stat(published).then((info) => info.size, () => -1);
  return size === fileLength(format, lengths);
}

/** Characters of text in one chunk of a file: about 50 writes for the text export of 10,000 articles. */
const CHUNK_CHARS = 1 << 20;

/** Text joined into chunks of about CHUNK_CHARS and encoded, with copied bytes between them: what is written, and kept till then. */
class Chunks {
  private readonly chunks: Buffer[] = [];
  private pending = '';

  text(text: string): void {
    this.pending += text;
    if (this.pending.length >= CHUNK_CHARS) this.flush();
  }

  bytes(bytes: Buffer): void {
    this.flush();
    this.chunks.push(bytes);
  }

  done(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.pending) this.chunks.push(Buffer.from(this.pending));
    this.pending = '';
  }
}

function sha1(...parts: string[]): string {
  const hash = createHash('sha1');
  for (const [i, part] of parts.entries()) (i ? hash.update('\0') : hash).update(part);
  return hash.digest('hex');
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The manifest of the published site's exports, when it describes that site and this build's code, settings and address. */
async function madeFrom(manifestFile: string, site: string, base: string): Promise<ExportsManifest | null> {
  const manifest = await readSiteNote<ExportsManifest>(manifestFile, site);
  const described = manifest?.base === base && Array.isArray(manifest.entries) && typeof manifest.lengths === 'object' && manifest.lengths !== null;
  return described ? (manifest as ExportsManifest) : null;
}
