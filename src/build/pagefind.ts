// Index the built site for offline search with Pagefind's Node API. The index and Pagefind's
// UI bundle are written to <outDir>/pagefind/, served next to the pages, so search works with
// no server-side code and nothing fetched from elsewhere. A large archive's index is built in
// shards (pagefind-shards.ts), several at once, each by its own Pagefind process.
import { readdir, readFile, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PAGES_PER_SHARD, planShards, shardFolder, shardManifest, sortValueOf, yearOf, type IndexablePage } from './pagefind-shards.ts';
import { indexShard, PagefindError } from './pagefind-shard.ts';

export { PagefindError };

export interface PagefindResult {
  /** Pages in the search index (article pages: they alone carry data-pagefind-body). */
  pages: number;
  /** Total size in bytes of <outDir>/pagefind/, the bundle a reader's browser fetches from. */
  indexBytes: number;
  /** How many Pagefind indexes the pages were split into (see pagefind-shards.ts). */
  shards: number;
}

export interface PagefindOptions {
  outDir: string;
  /** The pages to index, as the render stage reports them; without them the site is read. */
  pages?: IndexablePage[];
  /** Most pages in one shard; tests make it small to get several shards from a few pages. */
  shardSize?: number;
}

/** The folder, relative to the site root, that holds the index and the UI scripts. */
export const BUNDLE_DIR = 'pagefind';

const BODY_MARKER = 'data-pagefind-body';
/** Pages read at once while looking for article bodies: reads wait on the disk, not the CPU. */
const READS_AT_ONCE = 16;
/** Shards indexed at once: one per core, but each holds up to ~0.75 GiB while it builds. */
const PARALLEL_SHARDS = Math.max(1, Math.min(os.availableParallelism(), 4));

export async function runPagefind({ outDir, pages, shardSize = PAGES_PER_SHARD }: PagefindOptions): Promise<PagefindResult> {
  const site = path.resolve(outDir);
  const bundle = path.join(site, BUNDLE_DIR);
  // Only pages that mark their body are indexed: otherwise Pagefind would index whole pages,
  // navigation and all. An archive with no articles gets one empty index, so the search page
  // still loads and simply finds nothing.
  const shards = planShards(pages ?? (await indexablePages(site, await listHtml(site, bundle))), shardSize);

  // A stale bundle would keep fragments of deleted articles (Pagefind names files by content and
  // never removes any), so the folder is emptied first. The build indexes a fresh staging site
  // (publish-site.ts), so the published site keeps its whole index until the swap.
  await rm(bundle, { recursive: true, force: true });
  let counts: number[];
  try {
    counts = await inParallel(shards.map((shard, i) => () => indexShard({ site, pages: shard.pages, folder: path.join(bundle, shardFolder(i)) })), PARALLEL_SHARDS);
    await mkdir(bundle, { recursive: true });
    await Promise.all(shards.map((_, i) => pruneBundle(path.join(bundle, shardFolder(i)), i === 0)));
    await writeFile(path.join(bundle, 'shards.json'), JSON.stringify(shardManifest(shards)) + '\n');
  } catch (error) {
    // A failed stage leaves no half-built bundle.
    await rm(bundle, { recursive: true, force: true });
    throw error;
  }
  return { pages: counts.reduce((a, b) => a + b, 0), indexBytes: await folderBytes(bundle), shards: shards.length };
}

// Pagefind writes its own search UIs beside every index. The search page has its own UI
// (site/assets/search.js) and loads one runtime, the first shard's, into which it merges the
// others; the rest would only be files nobody fetches.
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;
const RUNTIME = /^(?:pagefind\.js|pagefind-worker\.js|pagefind-highlight\.js|wasm\..+\.pagefind)$/;

async function pruneBundle(folder: string, keepRuntime: boolean): Promise<void> {
  const names = await readdir(folder);
  await Promise.all(names
    .filter((name) => UNUSED_UI.test(name) || (!keepRuntime && RUNTIME.test(name)))
    .map((name) => rm(path.join(folder, name))));
}

/** The page as the index takes it, or undefined for a page that marks no body to index. */
export function indexablePage(site: string, file: string, html: string): IndexablePage | undefined {
  if (!html.includes(BODY_MARKER)) return undefined;
  return { path: path.relative(site, file).split(path.sep).join('/'), sortValue: sortValueOf(html), year: yearOf(html) };
}

async function indexablePages(site: string, files: string[]): Promise<IndexablePage[]> {
  // No HTML at all means the render stage wrote nothing (or outDir is wrong): an index of
  // nothing would only hide that, so stop the build and say where we looked.
  if (files.length === 0) {
    throw new PagefindError(`Pagefind found no HTML pages to index in ${site}; the site must be rendered before it is indexed`);
  }
  const found = await inParallel(files.map((file) => async () => indexablePage(site, file, await readFile(file, 'utf8'))), READS_AT_ONCE);
  return found.filter((page) => page !== undefined);
}

/**
 * Runs the jobs at most `limit` at a time; results in job order. After a failure no new job
 * starts, and the call rejects with a failure once the running jobs have ended, so nothing is still
 * writing when the caller cleans up.
 */
async function inParallel<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  let failed = false;
  const lane = async () => {
    for (let i = next++; i < jobs.length && !failed; i = next++) {
      try {
        results[i] = await jobs[i]();
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(limit, jobs.length) }, lane));
  const rejected = lanes.find((lane) => lane.status === 'rejected');
  if (rejected) throw rejected.reason;
  return results;
}

async function listHtml(site: string, skip: string): Promise<string[]> {
  const entries = await readdir(site, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  return entries
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((file) => !file.startsWith(skip + path.sep));
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}
