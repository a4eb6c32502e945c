// The Eleventy stage in a worker thread. Eleventy keeps the rendered site and its caches in
// module-level state that outlives runEleventy (~1.2 GiB of the build's memory at 10,000
// articles, not returned even after a forced GC); a worker's heap is released as a whole when it
// ends, before Pagefind's process, the build's largest, starts.
import { runTypeScriptWorker } from '../worker/typescript-worker.ts';
import type { EleventyOptions, EleventyResult } from './eleventy.ts';

const WORKER_ENTRY = new URL('./eleventy-worker.ts', import.meta.url);

export function runEleventyInWorker(options: EleventyOptions): Promise<EleventyResult> {
  return runTypeScriptWorker(WORKER_ENTRY, options, 'Eleventy');
}
