// npm run build as a function: ingest; then Eleventy renders the pages while Pagefind indexes the
// same records (the index is made from records, not pages: src/site/search-document.ts) and the
// bulk exports are made from them too (write-exports.ts); then publish. Each stage is timed; a
// stage that throws stops the build, and its message is the build's message. Pages, index and
// exports are made in a staging folder (which holds the site replaced two builds ago: each stage
// brings its part of it up to date) and replace the site only when all succeeded
// (publish-site.ts), and one build at a time runs in a project (build-lock.ts).
import { ingestArchive, type IngestResult } from '../ingest/run-ingest.ts';
import { countProblems } from '../ingest/report.ts';
import { prepareEleventyWorker, prepareNextEleventyWorker, runEleventyInWorker } from './eleventy-thread.ts';
import { BUNDLE_DIR, runPagefind } from './pagefind.ts';
import { writeExports } from './write-exports.ts';
import { renderVersion } from './render-plan.ts';
import { REPO_ROOT } from '../site/site-paths.ts';
import { searchDocuments } from '../site/search-document.ts';
import path from 'node:path';
import { loadSiteSettings, SITE_SETTINGS_FILE } from '../site/site-settings.ts';
import type { ProjectPaths } from '../cli/paths.ts';
import { acquireBuildLock } from './build-lock.ts';
import { discardStaging, prepareStaging, publishSite, siteFolders, type SiteFolders } from './publish-site.ts';

export interface StageTiming { stage: 'ingest' | 'eleventy' | 'pagefind' | 'export' | 'publish'; seconds: number }

export interface BuildSummary {
  ingest: IngestResult;
  articles: number;
  pages: number;
  /** Of the pages, those this build rendered; the others were unchanged and kept. */
  pagesRendered: number;
  indexedPages: number;
  indexBytes: number;
  /** The search index's shards, and how many were indexed again (the rest were unchanged). */
  indexShards: number;
  indexShardsBuilt: number;
  /** The bulk exports, and how many were kept from the published site rather than made again. */
  exports: number;
  exportsKept: number;
  errors: number;
  warnings: number;
  /** Files the user keeps in the site folder, carried into the new site. */
  kept: string[];
  stages: StageTiming[];
  /** Wall time of the whole build. */
  seconds: number;
}

export class BuildError extends Error {
  /** Timings of the stages that ran, the failed one last, so a failed build still says where time went. */
  constructor(readonly stage: StageTiming['stage'], cause: unknown, readonly stages: StageTiming[] = []) {
    super(`${stage} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export interface BuildOptions extends ProjectPaths {
  today: string;
  /** When articles seen for the first time count as received (UTC instant); default now. */
  now?: string;
  /** Told when another build holds the project's lock, before this one waits for it. */
  onWait?: (pid: number | null) => void;
  /** Most articles in one search index shard (pagefind-shards.ts); tests make it small. */
  indexShardSize?: number;
  /** Told as each stage starts and ends, with what it did: for a progress display. */
  onProgress?: (line: string) => void;
  /** The process builds again later (npm start): the next build's render worker starts loading once this build is done. */
  again?: boolean;
}

const STAGE_LABELS: Record<StageTiming['stage'], string> = {
  ingest: 'Reading raw articles',
  eleventy: 'Rendering pages',
  pagefind: 'Indexing for search',
  export: 'Writing the exports',
  publish: 'Publishing the site',
};

const STAGE_ORDER = Object.keys(STAGE_LABELS);

export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const lock = await acquireBuildLock(options.root, options.onWait);
  const folders = siteFolders(options.outDir, options.root);
  try {
    await prepareStaging(folders);
    return await buildInto(folders, options, async () => publishSite(folders));
  } catch (error) {
    await discardStaging(folders);
    throw error;
  } finally {
    await lock.release();
    if (options.again) prepareNextEleventyWorker();
  }
}

async function buildInto({ staging, site: published }: SiteFolders, paths: BuildOptions, publish: () => Promise<string[]>): Promise<BuildSummary> {
  const stages: StageTiming[] = [];
  const started = performance.now();
  async function timed<T>(stage: StageTiming['stage'], work: () => Promise<T>, done?: (result: T) => string): Promise<T> {
    const start = performance.now();
    paths.onProgress?.(`${STAGE_LABELS[stage]}...`);
    try {
      const result = await work();
      const seconds = (performance.now() - start) / 1000;
      paths.onProgress?.(`${STAGE_LABELS[stage]}: ${done ? `${done(result)}, ` : ''}${seconds.toFixed(1)} s`);
      return result;
    } catch (error) {
      throw new BuildError(stage, error, stages);
    } finally {
      // In the build's order, though rendering and indexing end in either order.
      stages.push({ stage, seconds: (performance.now() - start) / 1000 });
      stages.sort((a, b) => STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
    }
  }

  const eleventy = prepareEleventyWorker({ outDir: staging, previousSite: published, others: [BUNDLE_DIR] });
  const { saved, settings, version, ...archive } = await timed('ingest', async () => {
    // What every page and export is made from besides the records, read once for both stages,
    // and before the ingest ends: the records go to the render the moment they are made, ahead
    // of their writing to the records folder, which the ingest starts in the background.
    const site = loadSiteSettings(paths.root).then(async (loaded) => ({ ...loaded, version: await renderVersion(REPO_ROOT, loaded.settings) }));
    site.catch(() => {});
    const ingested = await ingestArchive({ rawDir: paths.rawDir, recordsDir: paths.recordsDir, root: paths.root, today: paths.today, now: paths.now });
    const { settings, problems, version } = await site;
    // The site's settings are reported with the articles' problems, grouped by file like them.
    if (problems.length) ingested.problems.set(SITE_SETTINGS_FILE.split(path.sep).join('/'), problems);
    return { ...ingested, settings, version };
  }, (r) => `${r.records.length} articles`).catch(async (error: unknown) => {
    await eleventy.stop();
    throw error;
  });
  // The site is rendered from the records in memory, in Eleventy's worker, while this thread
  // indexes them (shards whose documents are unchanged are taken from the published site) and
  // writes them to the records folder.
  const saving = saved.then((counts) => ({ counts }), (error: unknown) => ({ error }));
  const records = archive.records.map((record, i) => ({ record, body: archive.bodies[i] }));
  const render = timed('eleventy', () => runEleventyInWorker({ root: paths.root, recordsDir: paths.recordsDir, outDir: staging, records, previousSite: published, others: [BUNDLE_DIR], settings, version }, eleventy),
    (r) => `${r.rendered} of ${r.pages} pages rendered, the others unchanged`);
  const index = timed('pagefind', () => runPagefind({
    outDir: staging, documents: searchDocuments(records), previousSite: published, shardSize: paths.indexShardSize, language: settings.language,
    wordsCache: path.join(paths.root, '.cache', 'search-words'), sharing: render,
  }), (r) => `${r.pages} articles, ${r.shards - r.reused} of ${r.shards} parts indexed`);
  const exported = timed('export', () => writeExports({
    outDir: staging, records, siteUrl: settings.url, previousSite: published, remember: { root: paths.root, version }, writable: render,
  }), (r) => `${r.files - r.kept} of ${r.files} files made, the others unchanged${r.entriesMade < r.entries ? `; ${r.entriesMade} of ${r.entries} entries made, the others copied` : ''}`);
  const [rendering, indexing, exporting] = await Promise.allSettled([render, index, exported]);
  // All have ended before any failure is reported, so nothing still writes into the staging
  // folder when the build clears it.
  if (rendering.status === 'rejected') throw rendering.reason;
  if (indexing.status === 'rejected') throw indexing.reason;
  if (exporting.status === 'rejected') throw exporting.reason;
  const [site, indexed, exports] = [rendering.value, indexing.value, exporting.value];
  const written = await saving;
  if ('error' in written) throw new BuildError('ingest', written.error, stages);
  const ingest: IngestResult = { ...archive, ...written.counts };
  const kept = await timed('publish', publish);
  return {
    ingest,
    articles: ingest.records.length,
    pages: site.pages,
    pagesRendered: site.rendered,
    indexedPages: indexed.pages,
    indexBytes: indexed.indexBytes,
    indexShards: indexed.shards,
    indexShardsBuilt: indexed.shards - indexed.reused,
    exports: exports.files,
    exportsKept: exports.kept,
    ...countProblems(ingest.problems),
    kept,
    stages,
    // Rendering and indexing overlap: the build took its wall time, not the sum of its stages.
    seconds: (performance.now() - started) / 1000,
  };
}
