// The Eleventy stage in a worker thread: it renders on one core while the main thread indexes
// on the other (run-build.ts). Eleventy also keeps the rendered site and its caches in
// module-level state that outlives runEleventy (~1.2 GiB of the build's memory at 10,000
// articles, not returned even after a forced GC); a worker's heap is released as a whole when it
// ends.
import os from 'node:os';
import { prepareTypeScriptWorker, type PreparedWorker } from '../worker/typescript-worker.ts';
import { packTexts, unpackTexts, type PackedTexts } from '../worker/packed-texts.ts';
import type { EleventyFolders, EleventyOptions, EleventyResult } from './eleventy.ts';
import type { ArticleRecord } from '../record/schema.ts';
import type { RecordSource } from '../site/records.ts';

const WORKER_ENTRY = new URL('./eleventy-worker.ts', import.meta.url);

/** The options as sent to the worker: the records' bodies packed, to be shared rather than copied. */
export interface EleventyWork extends Omit<EleventyOptions, 'records'> {
  packed?: { records: ArticleRecord[]; bodies: PackedTexts };
}

export function runEleventyInWorker({ records, ...options }: EleventyOptions, worker = prepareEleventyWorker()): Promise<EleventyResult> {
  if (!records) return worker.run(options);
  const bodies = packTexts(records.map((source) => source.body));
  return worker.run({ ...options, packed: { records: records.map((source) => source.record), bodies } } satisfies EleventyWork);
}

/** The worker's side: the records again, each body decoded when read. */
export function unpackWork({ packed, ...options }: EleventyWork): EleventyOptions {
  if (!packed) return options;
  const bodies = unpackTexts(packed.bodies);
  return { ...options, records: packed.records.map((record, i): RecordSource => ({ record, body: bodies[i]! })) };
}

/**
 * Eleventy keeps every rendered page in memory until it has written them all: at 100,000
 * articles more than V8's default heap of about 4 GiB. Half the machine's memory is allowed.
 */
const HEAP_MB = Math.floor(os.totalmem() / 2 ** 20 / 2);

/**
 * Rendering makes many short-lived objects. With V8's default young generation (32 MB) they
 * outlive it and are copied into the old one: at 10,000 articles garbage collection took 4 s and
 * the worker peaked higher. With 128 MB for new objects (192 here, as V8 counts it) it took 2 s,
 * and the peak was 150-250 MB lower.
 */
const YOUNG_MB = 192;

/** A worker started ahead for the next build (prepareNextEleventyWorker), not yet given work. */
let spare: PreparedWorker<EleventyResult> | null = null;

/**
 * The worker started now, so Eleventy (~1-2 s to load) loads while the ingest runs; or the one
 * started ahead, when there is one. Given the folders, it scans the output folder meanwhile too.
 */
export function prepareEleventyWorker(folders?: EleventyFolders): PreparedWorker<EleventyResult> {
  const worker = spare ?? startWorker();
  spare = null;
  // Told now, it looks at the output folder while the ingest runs.
  if (folders) worker.ahead(folders);
  return worker;
}

/**
 * Starts the next build's worker now, for a process that builds again (npm start): it loads
 * Eleventy while nothing else runs, rather than beside the next build's ingest, which a process
 * that has built before gets through in a second or two.
 */
export function prepareNextEleventyWorker(): void {
  spare ??= startWorker();
}

function startWorker(): PreparedWorker<EleventyResult> {
  return prepareTypeScriptWorker(WORKER_ENTRY, 'Eleventy', { maxOldGenerationSizeMb: Math.max(HEAP_MB, 4096), maxYoungGenerationSizeMb: YOUNG_MB });
}
