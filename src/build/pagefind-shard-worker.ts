// Worker-thread side of pagefind.ts: indexes one shard's pages into one bundle folder. Each
// worker has its own copy of the pagefind module and so its own Pagefind process: shards build
// side by side, and a shard's memory is returned when its process ends.
import * as pagefind from 'pagefind';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { answerOnce } from '../worker/typescript-worker.ts';
import { globOf } from './pagefind-shards.ts';
import { SITE_LANGUAGE } from '../site/site-language.ts';

export interface ShardTask {
  /** The built site's folder. */
  site: string;
  /** The shard's pages, relative to the site folder. */
  pages: string[];
  /** The folder the shard's bundle is written to. */
  folder: string;
}

async function indexShard({ site, pages, folder: given }: ShardTask): Promise<{ pages: number }> {
  const folder = path.resolve(given);
  let files: { path: string; content: Uint8Array }[];
  try {
    // One index for every language: Pagefind otherwise files each page under its <html lang>
    // and a search page only searches its own language's index, so an English search page
    // would never find a Russian article. Words are split and matched as before; only
    // stemming follows the site's language.
    const created = await pagefind.createIndex({ keepIndexUrl: false, forceLanguage: SITE_LANGUAGE });
    const index = created.index;
    if (!index || created.errors.length) fail('could not start', created.errors);
    if (pages.length) {
      const added = await index.addDirectory({ path: site, glob: globOf(pages) });
      if (added.errors.length) fail(`could not index ${site}`, added.errors);
    }
    // Pagefind's writeFiles is not used: in 1.5.2 it answers before its files are on disk, and
    // close() then kills the process mid-write (reproduced: an empty pagefind-entry.json in 3 of
    // 40 builds under load). getFiles hands over the bundle in memory; writing it here means
    // every file is complete before the stage reports success.
    const built = await index.getFiles();
    if (built.errors.length) fail('could not build the index files', built.errors);
    files = built.files;
  } catch (error) {
    // The API rejects with plain strings for some failures; give the build the text.
    if (error instanceof PagefindShardError) throw error;
    throw new PagefindShardError(`Pagefind failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
  await writeBundle(folder, files);
  return { pages: indexedPages(files) };
}

class PagefindShardError extends Error {}

function fail(what: string, errors: string[]): never {
  throw new PagefindShardError(`Pagefind ${what}: ${errors.join('; ') || 'no details given'}`);
}

async function writeBundle(folder: string, files: { path: string; content: Uint8Array }[]): Promise<void> {
  const made = new Set<string>();
  for (const file of files) {
    const target = path.join(folder, file.path);
    // Paths come from Pagefind, but a bundle file must never land outside its folder.
    if (!target.startsWith(folder + path.sep)) fail('produced a file outside its folder', [file.path]);
    const dir = path.dirname(target);
    if (!made.has(dir)) await mkdir(dir, { recursive: true });
    made.add(dir);
    await writeFile(target, file.content);
  }
}

// The entry file counts the pages that actually went into the index, per language.
function indexedPages(files: { path: string; content: Uint8Array }[]): number {
  const entryFile = files.find((f) => f.path === 'pagefind-entry.json');
  if (!entryFile) fail('produced no pagefind-entry.json', []);
  const entry = JSON.parse(Buffer.from(entryFile.content).toString('utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, lang) => sum + (lang.page_count ?? 0), 0);
}

// Last, so the classes and helpers above exist before the work starts.
await answerOnce(indexShard);
