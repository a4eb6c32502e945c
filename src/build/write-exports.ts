// The export stage: the archive's bulk downloads (src/site/exports/), made on the build's main
// thread from the records while the pages render in their worker. Rendered among the pages, these
// three files of the whole archive took 2-3 s of every rebuild's render at 10,000 articles, on the
// path the rebuild waits for.
//
// They are written into the staging folder only once the render has ended: the render empties
// that folder of every file it does not make itself (eleventy.ts). What the published site's
// exports were made from is kept in .cache/exports.json, tied to the site folder as the render's
// manifest is (render-plan.ts): when it is what this build would make them from, they are linked
// from the published site and not made at all (2 s of the main thread's time at 10,000 articles).
import { createHash } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { RecordSource } from '../site/records.ts';
import { ARCHIVE_EXPORTS, exportedArticles, type ExportedArticle } from '../site/exports/archive-exports.ts';
import { folderIdentity } from './publish-site.ts';

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
}

/** Beside the render's manifest (.cache/render-pages.json). */
export const EXPORTS_MANIFEST = path.join('.cache', 'exports.json');

interface ExportsManifest { folder: string; digest: string }

export async function writeExports({ outDir, records, siteUrl, previousSite, remember, writable }: ExportOptions): Promise<ExportResult> {
  const output = path.resolve(outDir);
  const articles = exportedArticles(records);
  const manifestFile = remember && path.join(remember.root, EXPORTS_MANIFEST);
  const digest = remember && exportsDigest(articles, siteUrl, remember.version);
  const unchanged = previousSite !== undefined && manifestFile !== undefined && (await madeFrom(manifestFile, previousSite)) === digest;
  const made = new Map<string, Buffer[]>();
  if (!unchanged) {
    for (const { file, make } of ARCHIVE_EXPORTS) {
      // The index stage shares this thread: it gets a turn between files.
      await nextTurn();
      made.set(file, inChunks(make(articles, siteUrl)));
    }
  }
  await writable;
  let kept = 0;
  for (const { file, make } of ARCHIVE_EXPORTS) {
    const target = path.join(output, file);
    await mkdir(path.dirname(target), { recursive: true });
    // Replaced, never written into: a file already there may be the published site's too.
    await rm(target, { force: true });
    if (unchanged && (await link(path.join(path.resolve(previousSite), file), target).then(() => true, () => false))) kept++;
    // One missing from the published site (deleted by hand) is made after all.
    else await writeFile(target, made.get(file) ?? inChunks(make(articles, siteUrl)));
  }
  if (manifestFile && digest) {
    await mkdir(path.dirname(manifestFile), { recursive: true });
    await writeFile(manifestFile, JSON.stringify({ folder: await folderIdentity(output), digest } satisfies ExportsManifest));
  }
  return { files: ARCHIVE_EXPORTS.length, kept };
}

/** Characters of text in one chunk of a file: about 50 writes for the text export of 10,000 articles. */
const CHUNK_CHARS = 1 << 20;

/** The pieces, joined into chunks of about CHUNK_CHARS and encoded: what is written, and kept till then. */
function inChunks(pieces: Iterable<string>): Buffer[] {
  const chunks: Buffer[] = [];
  let text = '';
  for (const piece of pieces) {
    text += piece;
    if (text.length >= CHUNK_CHARS) {
      chunks.push(Buffer.from(text));
      text = '';
    }
  }
  if (text) chunks.push(Buffer.from(text));
  return chunks;
}

/** Everything the exports are made from: the code, the site's address, every record and body in order. */
function exportsDigest(articles: readonly ExportedArticle[], siteUrl: string, version: string): string {
  const hash = createHash('sha1').update(version).update('\0').update(siteUrl);
  for (const { record, body } of articles) hash.update('\0').update(JSON.stringify(record)).update('\0').update(body);
  return hash.digest('hex');
}

/** The digest the published site's exports were made from, or null when none describes that site. */
async function madeFrom(manifestFile: string, site: string): Promise<string | null> {
  try {
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Partial<ExportsManifest>;
    return manifest.folder === (await folderIdentity(site)) && typeof manifest.digest === 'string' ? manifest.digest : null;
  } catch {
    return null;
  }
}
