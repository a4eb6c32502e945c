// The index stage: the site's documents (one per article, src/site/search-document.ts) indexed
// for offline search with Pagefind into <outDir>/pagefind/, served next to the pages, so search
// works with no server-side code and nothing fetched from elsewhere. The documents are made from
// the records, not read from the rendered pages, so this stage runs while the pages render. The
// index is built in shards (pagefind-shards.ts), each by its own Pagefind process; a shard whose
// documents are what they were in the previous site is taken from it as it is, so a build after
// a small change indexes only what changed. Beside the shards, a small index of which shards
// hold which words (shard-words.ts) lets a search skip the shards that cannot answer it.
import { readdirSync, statSync } from 'node:fs';
import { copyFile, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PAGES_PER_SHARD, planShards, shardManifest, type IndexDocument, type ShardManifest, type ShardPlan } from './pagefind-shards.ts';
import { indexShard, PagefindError, shardEntry } from './pagefind-shard.ts';
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
  /**
   * Other work sharing the machine with this stage (the build's render): while it runs, one
   * shard is indexed at a time, and two once it has settled. Without it, two from the start.
   */
  sharing?: Promise<unknown>;
}

/** The folder, relative to the site root, that holds the index and the search runtime. */
export const BUNDLE_DIR = 'pagefind';
const MANIFEST = 'shards.json';
/** The words index's folder in the bundle; no shard's folder has this name. */
const WORDS_FOLDER = 'words';

export async function runPagefind({ outDir, documents, shardSize = PAGES_PER_SHARD, previousSite, language = DEFAULT_SETTINGS.language, wordsCache, sharing }: PagefindOptions): Promise<PagefindResult> {
  const bundle = path.join(path.resolve(outDir), BUNDLE_DIR);
  const plan = planShards(documents, shardSize);
  const found = previousSite ? await readManifest(path.join(previousSite, BUNDLE_DIR)) : null;
  const previous = found?.language === language ? found : null;

  // One shard is always searched whole: a words index would have nothing to skip.
  const wanted = plan.length > 1;
  const kept = await clearBundle(bundle, plan, language, wanted ? wordsDigest(plan) : null);
  const built: { pages: number; reused: boolean }[] = new Array(plan.length);
  try {
    // Word lists read while a shard's documents are at hand, so none is made from HTML twice.
    const lists = new Map<string, string>();
    const indexNext = async (i: number): Promise<void> => {
      const shard = plan[i]!;
      const folder = path.join(bundle, shard.folder);
      if (kept.has(shard.folder)) {
        built[i] = { pages: shard.pages.length, reused: true };
        return;
      }
      const same = previous?.shards.find((old) => old.digest === shard.digest);
      if (same && (await linkTree(path.join(previousSite!, BUNDLE_DIR, same.folder), folder))) {
        built[i] = { pages: shard.pages.length, reused: true };
        return;
      }
      const pages = shard.pages.map(htmlOnce);
      built[i] = { pages: await indexShard({ pages, folder, language }), reused: false };
      if (wanted) lists.set(shard.folder, await wordsOf({ ...shard, pages }, wordsCache));
    };
    // Shards are taken in order by two lanes, the second opening when the work sharing the
    // machine has settled. On two cores, a second Pagefind process beside the render slowed the
    // render more than it sped the index (at 10,000 articles the build took 50.5 s against 48.2
    // with one; lowering the processes' priority did worse still, 58-59 s); but once the render
    // had ended, indexing went on for 10-17 s with the second core mostly idle.
    let next = 0;
    let failed = false;
    const lane = async (): Promise<void> => {
      while (!failed && next < plan.length) {
        try {
          await indexNext(next++);
        } catch (error) {
          failed = true;
          throw error;
        }
      }
    };
    const first = lane();
    // Opened when the shared work has settled, or at once when the first lane has taken every shard.
    const second = Promise.race([sharing, first]).then(lane, lane);
    // Both lanes have stopped before a failure is reported, so none writes into a removed bundle.
    const [one, two] = await Promise.allSettled([first, second]);
    if (one.status === 'rejected') throw one.reason;
    if (two.status === 'rejected') throw two.reason;
    const words = wanted ? await writeWordsIndex(bundle, plan, lists, { kept, previous, previousSite, wordsCache, language }) : undefined;
    if (wordsCache) await pruneWords(words ? plan : [], wordsCache);
    await Promise.all([...plan.map((shard) => shard.folder), ...(words ? [WORDS_FOLDER] : [])].map((folder) => pruneBundle(path.join(bundle, folder))));
    // The page loads Pagefind's script from the bundle's top; each shard has the same copy.
    for (const file of ['pagefind.js', 'pagefind-highlight.js']) await copyFile(path.join(bundle, plan[0]!.folder, file), path.join(bundle, file));
    const entries = await Promise.all(plan.map((shard) => shardEntry(path.join(bundle, shard.folder))));
    const wordsEntry = words && { ...words, tag: (await shardEntry(path.join(bundle, WORDS_FOLDER))).tag };
    await writeFile(path.join(bundle, MANIFEST), JSON.stringify(shardManifest(plan, language, entries, wordsEntry)) + '\n');
  } catch (error) {
    // A failed stage leaves no half-built bundle.
    await rm(bundle, { recursive: true, force: true });
    throw error;
  }
  return {
    pages: built.reduce((sum, b) => sum + b.pages, 0),
    indexBytes: folderBytes(bundle),
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
  { kept, previous, previousSite, wordsCache, language }: { kept: Set<string>; previous: ShardManifest | null; previousSite?: string; wordsCache?: string; language: string },
): Promise<Omit<NonNullable<ShardManifest['words']>, 'tag'>> {
  const words = { folder: `${WORDS_FOLDER}/`, filter: WORDS_FILTER, digest: wordsDigest(plan) };
  const folder = path.join(bundle, WORDS_FOLDER);
  if (kept.has(WORDS_FOLDER)) return words;
  if (previous?.words?.digest === words.digest && (await linkTree(path.join(previousSite!, BUNDLE_DIR, previous.words.folder), folder))) return words;
  for (const shard of plan) if (!lists.has(shard.folder)) lists.set(shard.folder, await wordsOf(shard, wordsCache));
  await indexShard({ pages: wordsIndex(plan, plan.map((shard) => lists.get(shard.folder)!)), folder, language });
  return words;
}

/**
 * Empties the bundle folder, but for the shards (and words index) already in it that this build
 * would make again: they are kept as they are. The build indexes into a staging site
 * (publish-site.ts), so the published site keeps its whole index until the swap; a bundle already
 * there is the site's two builds old, whole, and may share its files with the published one, so
 * nothing in it is written into. Everything else goes: a stale bundle would keep fragments of
 * deleted articles (Pagefind names files by content and never removes any).
 */
async function clearBundle(bundle: string, plan: ShardPlan<IndexDocument>[], language: string, words: string | null): Promise<Set<string>> {
  const here = await readManifest(bundle);
  const kept = new Set<string>();
  if (here?.language === language) {
    for (const { folder, digest } of plan) if (here.shards.some((s) => s.folder === `${folder}/` && s.digest === digest)) kept.add(folder);
    if (words && here.words?.folder === `${WORDS_FOLDER}/` && here.words.digest === words) kept.add(WORDS_FOLDER);
  }
  // As linkTree asks of a shard: not whole (damaged by hand), it is made again.
  for (const folder of kept) if (!(await stat(path.join(bundle, folder, 'pagefind-entry.json')).catch(() => null))) kept.delete(folder);
  const names = await readdir(bundle).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => !kept.has(name)).map((name) => rm(path.join(bundle, name), { recursive: true, force: true })));
  return kept;
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

// Pagefind writes its own search UIs beside every index, and the script of a worker to search
// in. The search page has its own UI (site/assets/search.js) and searches on its own thread, so
// those would only be files nobody fetches.
const UNUSED_UI = /^pagefind-(?:(?:ui|modular-ui|component-ui)\.(?:js|css)|worker\.js)$/;

async function pruneBundle(folder: string): Promise<void> {
  const names = await readdir(folder);
  await Promise.all(names.filter((name) => UNUSED_UI.test(name)).map((name) => rm(path.join(folder, name))));
}

// Synchronous: through the promise API each of the bundle's 13,000 files (at 10,000 articles)
// waits its turn in libuv's thread pool, which took 0.6 s at the end of every build, against 0.1 s.
function folderBytes(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) total += statSync(path.join(e.parentPath, e.name)).size;
  return total;
}
