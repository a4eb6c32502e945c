// Index the built site for offline search with Pagefind's Node API. The index and Pagefind's
// UI bundle are written to <outDir>/pagefind/, served next to the pages, so search works with
// no server-side code and nothing fetched from elsewhere.
import * as pagefind from 'pagefind';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface PagefindResult {
  /** Pages in the search index (article pages: they alone carry data-pagefind-body). */
  pages: number;
  /** Total size in bytes of <outDir>/pagefind/, the bundle a reader's browser fetches from. */
  indexBytes: number;
}

/** The folder, relative to the site root, that holds the index and the UI scripts. */
export const BUNDLE_DIR = 'pagefind';

const BODY_MARKER = 'data-pagefind-body';

export async function runPagefind({ outDir }: { outDir: string }): Promise<PagefindResult> {
  const site = path.resolve(outDir);
  const bundle = path.join(site, BUNDLE_DIR);
  const htmlFiles = await listHtml(site, bundle);
  // No HTML at all means the render stage wrote nothing (or outDir is wrong): an index of
  // nothing would only hide that, so stop the build and say where we looked.
  if (htmlFiles.length === 0) {
    throw new PagefindError(`Pagefind found no HTML pages to index in ${site}; the site must be rendered before it is indexed`);
  }
  // When no page carries data-pagefind-body, Pagefind falls back to indexing every page whole,
  // navigation and all. An archive with no articles should instead get an empty index, so the
  // search page still loads and simply finds nothing.
  const hasArticles = await someFileContains(htmlFiles, BODY_MARKER);

  // A stale bundle from an earlier build would keep fragments of deleted articles and inflate
  // indexBytes, since Pagefind names its files by content hash and never removes old ones.
  await rm(bundle, { recursive: true, force: true });
  let files: { path: string; content: Uint8Array }[] = [];
  try {
    const created = await pagefind.createIndex({ keepIndexUrl: false });
    const index = created.index;
    if (!index || created.errors.length) fail('could not start', created.errors);
    if (hasArticles) {
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) fail(`could not index ${site}`, added.errors);
    }
    // Pagefind's writeFiles is not used: in 1.5.2 it answers before its files are on disk, and
    // close() then kills the process mid-write (reproduced: an empty pagefind-entry.json in 3 of
    // 40 builds under load). getFiles hands over the bundle in memory; writing it here
    // means every file is complete before the stage reports success.
    const built = await index.getFiles();
    if (built.errors.length) fail('could not build the index files', built.errors);
    files = built.files;
  } catch (error) {
    // The API rejects with plain strings for some failures; give the build an Error with the text.
    if (error instanceof PagefindError) throw error;
    throw new PagefindError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    await pagefind.close();
  }
  await writeBundle(bundle, files);
  return { pages: indexedPages(files), indexBytes: await folderBytes(bundle) };
}

export class PagefindError extends Error {
  override name = 'PagefindError';
}

function fail(what: string, errors: string[]): never {
  throw new PagefindError(`Pagefind ${what}: ${errors.join('; ') || 'no details given'}`);
}

async function writeBundle(bundle: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  for (const file of files) {
    const target = path.join(bundle, file.path);
    // Paths come from Pagefind, but a bundle file must never land outside the bundle folder.
    if (!target.startsWith(bundle + path.sep)) throw new PagefindError(`Pagefind produced a file outside its folder: ${file.path}`);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

// addDirectory's page_count counts every HTML file it read, indexed or not; the entry file
// counts the pages that actually went into the index, per language.
function indexedPages(files: { path: string; content: Uint8Array }[]): number {
  const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entryFile) throw new PagefindError('Pagefind produced no pagefind-entry.json');
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, lang) => sum + (lang.page_count ?? 0), 0);
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

async function someFileContains(files: string[], marker: string): Promise<boolean> {
  // Article pages live under /articles/, so look there first: usually the first file read answers.
  const ordered = [...files].sort((a, b) => Number(b.includes(`${path.sep}articles${path.sep}`)) - Number(a.includes(`${path.sep}articles${path.sep}`)));
  for (const file of ordered) {
    if ((await readFile(file, 'utf8')).includes(marker)) return true;
  }
  return false;
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}
