// npm run build as a function: ingest, then Eleventy, then Pagefind. Each stage is timed; a
// stage that throws stops the build, and its message is the build's message.
import { ingestArchive, type IngestResult } from '../ingest/run-ingest.ts';
import { countProblems } from '../ingest/report.ts';
import { prepareEleventyWorker, runEleventyInWorker } from './eleventy-thread.ts';
import { renderBody } from '../site/markdown.ts';
import { runPagefind } from './pagefind.ts';
import type { ProjectPaths } from '../cli/paths.ts';

export interface StageTiming { stage: 'ingest' | 'eleventy' | 'pagefind'; seconds: number }

export interface BuildSummary {
  ingest: IngestResult;
  articles: number;
  pages: number;
  indexedPages: number;
  indexBytes: number;
  errors: number;
  warnings: number;
  stages: StageTiming[];
  seconds: number;
}

export class BuildError extends Error {
  /** Timings of the stages that ran, the failed one last, so a failed build still says where time went. */
  constructor(readonly stage: StageTiming['stage'], cause: unknown, readonly stages: StageTiming[] = []) {
    super(`${stage} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export async function runBuild(paths: ProjectPaths & { today: string }): Promise<BuildSummary> {
  const stages: StageTiming[] = [];
  async function timed<T>(stage: StageTiming['stage'], work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } catch (error) {
      throw new BuildError(stage, error, stages);
    } finally {
      stages.push({ stage, seconds: (performance.now() - start) / 1000 });
    }
  }

  const eleventy = prepareEleventyWorker();
  const { saved, ...archive } = await timed('ingest', () => ingestArchive(paths)).catch(async (error: unknown) => {
    await eleventy.stop();
    throw error;
  });
  // The site is rendered from the records in memory while the main thread, otherwise idle
  // until the render ends, writes them to the records folder.
  const saving = saved.then((counts) => ({ counts }), (error: unknown) => ({ error }));
  const records = archive.records.map((record, i) => ({ record, body: archive.bodies[i] }));
  // The bodies are rendered here while Eleventy's thread builds the rest of the archive.
  const html = new Promise<void>((resolve) => setImmediate(resolve)).then(() => archive.bodies.map(renderBody));
  const site = await timed('eleventy', () => runEleventyInWorker({ ...paths, records, html }, eleventy));
  const written = await saving;
  if ('error' in written) throw new BuildError('ingest', written.error, stages);
  const ingest: IngestResult = { ...archive, ...written.counts };
  const index = await timed('pagefind', () => runPagefind({ ...paths, pages: site.indexable }));
  return {
    ingest,
    articles: ingest.records.length,
    pages: site.pages,
    indexedPages: index.pages,
    indexBytes: index.indexBytes,
    ...countProblems(ingest.problems),
    stages,
    seconds: stages.reduce((sum, s) => sum + s.seconds, 0),
  };
}
