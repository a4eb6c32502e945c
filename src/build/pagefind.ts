// The index stage: the site's documents (one per article, src/site/search-document.ts) indexed
// for offline search with Pagefind into <outDir>/pagefind/, served next to the pages, so search
// works with no server-side code and nothing fetched from elsewhere. The documents are made from
// the records, not read from the rendered pages, so this stage runs while the pages render. The
// index is built in shards (pagefind-shards.ts), each by its own Pagefind process; a shard whose
// documents are what they were in the previous site is taken from it as it is, so a build after
// a small change indexes only what changed. Beside the shards, a small index of which shards
// hold which words (shard-words.ts) lets a search skip the shards that cannot answer it.
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGES_PER_SHARD, planShards, shardManifest, type IndexDocument, type ShardManifest, type ShardPlan } from './pagefind-shards.ts';
import { indexShard, PagefindError } from './pagefind-shard.ts';
import { linkFiles } from './link-files.ts';
import { pruneWords, WORDS_FILTER, wordsDigest, wordsIndex, wordsOf } from './shard-words.ts';
import { DEFAULT_SETTINGS } from '../site/site-settings.ts';

export { PagefindError };

export interface PagefindResult {
  /** Pages in the search index: the documents it was given. */
  pages: number;
  /** Total size in bytes of <outDir>/pagefind/, the bundle a reader's browser fetches from. */
  indexBytes: number;
  /** How many Pagefind indexes the pages were split into (see pagefind-shards.ts). */
  shards: number;
  /** How many of them were taken unchanged from the previous site. */
  reused: number;
}

export interface PagefindOptions {
  outDir: string;
  /** What to index; none gives an empty index, so the search page still loads and finds nothing. */
  documents: IndexDocument[];
  /** Most pages in one shard; tests make it small to get several shards from a few pages. */
  shardSize?: number;
  /** The previous site, whose shards are reused where their pages have not changed. */
  previousSite?: string;
  /** The site's language (its settings): the index stems words in it. */
  language?: string;
  /** Where each shard's word list is kept between builds; without it, lists are read again. */
  wordsCache?: string;
}

/** The folder, relative to the site root, that holds the index and the search runtime. */
export const BUNDLE_DIR = 'pagefind';
const MANIFEST = 'shards.json';
/** The words index's folder in the bundle; no shard's folder has this name. */
const WORDS_FOLDER = 'words';

export async function runPagefind({ outDir, documents, shardSize = PAGES_PER_SHARD, previousSite, language = DEFAULT_SETTINGS.language, wordsCache }: PagefindOptions): Promise<PagefindResult> {
  const bundle = path.join(path.resolve(outDir), BUNDLE_DIR);
  const plan = planShards(documents, shardSize);
  const found = previousSite ? await readManifest(path.join(previousSite, BUNDLE_DIR)) : null;
  const previous = found?.language === language ? found : null;

  // A stale bundle would keep fragments of deleted articles (Pagefind names files by content and
  // never removes any), so the folder starts empty. The build indexes into a fresh staging site
  // (publish-site.ts), so the published site keeps its whole index until the swap.
  await rm(bundle, { recursive: true, force: true });
  const built: { pages: number; reused: boolean }[] = [];
  try {
    // One shard is always searched whole: a words index would have nothing to skip.
    const wanted = plan.length > 1;
    // Word lists read while a shard's documents are at hand, so none is made from HTML twice.
    const lists = new Map<string, string>();
    // One shard at a time. The index is built while Eleventy renders on the other core
    // (run-build.ts): at 10,000 articles a second Pagefind process beside them slowed the render
    // more than it sped the index (the build took 50.5 s and 92.8 CPU s against 48.2 s and 85.7
    // with one), and lowering the processes' priority did worse still (58-59 s, 108-109 CPU s).
    for (const shard of plan) {
      const folder = path.join(bundle, shard.folder);
      const same = previous?.shards.find((old) => old.digest === shard.digest);
      if (same && (await linkTree(path.join(previousSite!, BUNDLE_DIR, same.folder), folder))) {
        built.push({ pages: shard.pages.length, reused: true });
        continue;
      }
      const pages = shard.pages.map(htmlOnce);
      built.push({ pages: await indexShard({ pages, folder, language }), reused: false });
      if (wanted) lists.set(shard.folder, await wordsOf({ ...shard, pages }, wordsCache));
    }
    const words = wanted ? await writeWordsIndex(bundle, plan, lists, { previous, previousSite, wordsCache, language }) : undefined;
    if (wordsCache) await pruneWords(words ? plan : [], wordsCache);
    await Promise.all([...plan.map((shard) => shard.folder), ...(words ? [WORDS_FOLDER] : [])].map((folder) => pruneBundle(path.join(bundle, folder))));
    // The page loads Pagefind's script from the bundle's top; each shard has the same copy.
    for (const file of ['pagefind.js', 'pagefind-highlight.js']) await copyFile(path.join(bundle, plan[0]!.folder, file), path.join(bundle, file));
    await writeFile(path.join(bundle, MANIFEST), JSON.stringify(shardManifest(plan, language, words)) + '\n');
  } catch (error) {
    // A failed stage leaves no half-built bundle.
    await rm(bundle, { recursive: true, force: true });
    throw error;
  }
  return {
    pages: built.reduce((sum, b) => sum + b.pages, 0),
    indexBytes: await folderBytes(bundle),
    shards: plan.length,
    reused: built.filter((b) => b.reused).length,
  };
}

/**
 * The words index (shard-words.ts), taken from the previous site when no shard changed, else
 * made from the shards' word lists: those in `lists`, read while their shards were indexed, and
 * the others from the cache or their documents.
 */
async function writeWordsIndex(
  bundle: string,
  plan: ShardPlan<IndexDocument>[],
  lists: Map<string, string>,
  { previous, previousSite, wordsCache, language }: { previous: ShardManifest | null; previousSite?: string; wordsCache?: string; language: string },
): Promise<ShardManifest['words']> {
  const words = { folder: `${WORDS_FOLDER}/`, filter: WORDS_FILTER, digest: wordsDigest(plan) };
  const folder = path.join(bundle, WORDS_FOLDER);
  if (previous?.words?.digest === words.digest && (await linkTree(path.join(previousSite!, BUNDLE_DIR, previous.words.folder), folder))) return words;
  for (const shard of plan) if (!lists.has(shard.folder)) lists.set(shard.folder, await wordsOf(shard, wordsCache));
  await indexShard({ pages: wordsIndex(plan, plan.map((shard) => lists.get(shard.folder)!)), folder, language });
  return words;
}

/** The document, making its HTML once however often it is asked for. */
function htmlOnce(document: IndexDocument): IndexDocument {
  let html: string | undefined;
  return { ...document, html: () => (html ??= document.html()) };
}

async function readManifest(bundle: string): Promise<ShardManifest | null> {
  try {
    const manifest = JSON.parse(await readFile(path.join(bundle, MANIFEST), 'utf8')) as ShardManifest;
    return Array.isArray(manifest.shards) ? manifest : null;
  } catch {
    return null;
  }
}

/**
 * The previous shard's files linked into `to`; false when it is not whole there (a site from
 * before shards had digests, or damaged by hand), and the shard is then indexed again.
 */
async function linkTree(from: string, to: string): Promise<boolean> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true }).catch(() => null);
  if (!entries?.some((e) => e.name === 'pagefind-entry.json')) return false;
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name)));
  if (linkFiles(from, to, files).length === 0) return true;
  // Part of it went missing meanwhile. What was linked goes, so that Pagefind, writing the shard
  // afresh, never writes into a file the published site shares.
  await rm(to, { recursive: true, force: true });
  return false;
}

// Pagefind writes its own search UIs beside every index. The search page has its own UI
// (site/assets/search.js), so those would only be files nobody fetches.
const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

async function pruneBundle(folder: string): Promise<void> {
  const names = await readdir(folder);
  await Promise.all(names.filter((name) => UNUSED_UI.test(name)).map((name) => rm(path.join(folder, name))));
}

async function folderBytes(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let total = 0;
  for (const e of entries) if (e.isFile()) total += (await stat(path.join(e.parentPath, e.name))).size;
  return total;
}
