// Indexes one shard's pages into one bundle folder, each shard in its own Pagefind process, so a
// shard's memory is returned when its process ends.
//
// The Pagefind command runs rather than its Node API: the API hands the finished bundle back
// over a pipe as base64 (a second or more of decoding per 2,500 pages), and adding pages to it one
// message at a time took longer than writing them for the command (2.7-3.2 s against 1.4-2.6 s for
// 555 pages). The command writes its own files and reports failure with its exit code.
//
// The command reads the pages from files, written for it into a scratch folder in memory
// (/dev/shm) where the system has one: on this project's machine, writing a shard's 555 pages
// took 0.5-0.6 s on its disk and 0.02 s there, and the build writes every article's page once
// this way. Without it, or where it is full (a container's is often 64 MB), the system's
// temporary folder is used.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_CHUNK_SIZE, type IndexDocument } from './pagefind-shards.ts';

/** All a shard's bundle needs of a page: where it goes and its HTML. */
export type ShardPage = Pick<IndexDocument, 'path' | 'html'>;

export interface ShardTask {
  /** The shard's pages: each is written at its path, so Pagefind gives it the page's URL. */
  pages: ShardPage[];
  /** The folder the shard's bundle is written to. */
  folder: string;
  /** The site's language: the one index's, whatever each page's own is. */
  language: string;
  /** Where the pages are written for Pagefind, first choice first (tests change it). */
  scratch?: string[];
}

/** Memory-backed where there is such a folder, else the system's temporary folder. */
const SCRATCH = ['/dev/shm', os.tmpdir()];

export class PagefindError extends Error {
  override name = 'PagefindError';
}

/** What a search page learns of a bundle (from shards.json) before Pagefind starts on it. */
export interface ShardEntry {
  /**
   * A digest of the bundle's pagefind-entry.json, given to Pagefind as its metaCacheTag: the
   * entry's address then changes when the bundle does, and only then. Without it, Pagefind asks
   * for the entry at a new address on every visit, which nothing can fetch ahead or cache.
   */
  tag: string;
  /**
   * The files a search fetches first from the bundle, in Pagefind's order: the entry, then its
   * language's metadata and WebAssembly, which Pagefind only names once it has read the entry.
   * Paths relative to the bundle, the entry's with its tag.
   */
  first: string[];
}

export async function shardEntry(folder: string): Promise<ShardEntry> {
  const bytes = await readFile(path.join(folder, 'pagefind-entry.json'));
  const tag = createHash('sha1').update(bytes).digest('hex').slice(0, 16);
  const languages = Object.values((JSON.parse(bytes.toString('utf8')) as { languages?: Record<string, { hash: string; wasm?: string }> }).languages ?? {});
  const first = [`pagefind-entry.json?ts=${tag}`];
  // One language (the build forces the site's) is the one Pagefind takes, whatever the page's
  // own; of several, which it takes depends on the page, so only the entry is named.
  if (languages.length === 1) first.push(`pagefind.${languages[0]!.hash}.pf_meta`, `wasm.${languages[0]!.wasm ?? 'unknown'}.pagefind`);
  return { tag, first };
}

/** Builds the shard's bundle; resolves to the number of pages in it. */
export async function indexShard(task: ShardTask): Promise<number> {
  const folder = path.resolve(task.folder);
  if (task.pages.length === 0) await writeEmptyIndex(folder, task.language);
  else await runPagefindCommand({ ...task, folder });
  return indexedPages(folder);
}

async function runPagefindCommand({ pages, folder, language, scratch = SCRATCH }: ShardTask): Promise<void> {
  for (const [i, base] of scratch.entries()) {
    // Pagefind reads the shard's documents from a folder of their own, each at its page's path.
    const workdir = await mkdtemp(path.join(path.resolve(base), 'pagefind-shard-')).catch(() => null);
    if (!workdir) continue;
    try {
      try {
        writeDocuments(path.join(workdir, 'site'), pages);
      } catch (error) {
        // No room, or no right to write there after all: the next place is tried.
        if (i < scratch.length - 1 && ['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM'].includes((error as NodeJS.ErrnoException).code ?? '')) continue;
        throw error;
      }
      return await indexDocuments(workdir, folder, language);
    } finally {
      await rm(workdir, { recursive: true, force: true });
    }
  }
  throw new PagefindError(`Pagefind could not index ${folder}: no folder to write its pages in (tried ${scratch.join(', ')})`);
}

async function indexDocuments(workdir: string, folder: string, language: string): Promise<void> {
  const settings = {
    site: path.join(workdir, 'site'),
    glob: '**/*.html',
    output_path: folder,
    // One index for every language: Pagefind otherwise files each page under its <html lang>
    // and a search page only searches its own language's index, so an English search page
    // would never find a Russian article. Only stemming follows the site's language.
    force_language: language,
  };
  await writeFile(path.join(workdir, 'pagefind.json'), JSON.stringify(settings));
  // The setting is marked unstable in Pagefind; the version is pinned (INDEX_VERSION) and the
  // search tests run against it.
  const env = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) };
  const { code, output } = await run(await pagefindBinary(), ['--silent'], workdir, env);
  if (code !== 0) throw new PagefindError(`Pagefind could not index ${folder}: ${output.trim() || `it stopped with exit code ${code}`}`);
}

// Synchronous: each file is a few kilobytes, and a promise-based write waits on libuv's thread
// pool three times (open, write, close). Blocking the thread for a shard's writes holds up
// nothing: the other lane's Pagefind runs in its own process.
function writeDocuments(input: string, pages: ShardPage[]): void {
  const folders = new Set<string>();
  for (const page of pages) {
    const file = path.resolve(input, page.path);
    // A path is the page's place in the site: one that leads out of it is refused, not written.
    if (!file.startsWith(input + path.sep) || !file.endsWith('.html')) throw new PagefindError(`Pagefind cannot index ${JSON.stringify(page.path)}: not the path of an HTML page in the site`);
    const dir = path.dirname(file);
    if (!folders.has(dir)) {
      mkdirSync(dir, { recursive: true });
      folders.add(dir);
    }
    writeFileSync(file, page.html());
  }
}

/**
 * An archive with no articles still gets a search bundle, so the search page loads and simply
 * finds nothing. The command refuses to build an index of no pages; the Node API does not.
 */
async function writeEmptyIndex(folder: string, language: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new PagefindError(`Pagefind could not start: ${errors.join('; ')}`);
    const built = await index.getFiles();
    if (built.errors.length) throw new PagefindError(`Pagefind could not build an empty index: ${built.errors.join('; ')}`);
    for (const file of built.files) {
      const target = path.join(folder, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
  } finally {
    await pagefind.close();
  }
}

// The entry file counts the pages that actually went into the index, per language.
async function indexedPages(folder: string): Promise<number> {
  const text = await readFile(path.join(folder, 'pagefind-entry.json'), 'utf8').catch(() => {
    throw new PagefindError(`Pagefind wrote no pagefind-entry.json in ${folder}`);
  });
  const entry = JSON.parse(text) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, lang) => sum + (lang.page_count ?? 0), 0);
}

let binary: Promise<string> | undefined;
/** The executable the pagefind package installed for this platform, found the way it finds it. */
function pagefindBinary(): Promise<string> {
  binary ??= (async () => {
    const resolver = new URL('./resolveBinary.js', import.meta.resolve('pagefind'));
    const { resolveBinaryPath } = (await import(resolver.href)) as { resolveBinaryPath(names: string[]): string };
    return resolveBinaryPath(['pagefind_extended', 'pagefind']);
  })();
  return binary;
}

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}
