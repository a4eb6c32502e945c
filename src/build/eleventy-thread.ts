// The Eleventy stage in a worker thread. Eleventy keeps the rendered site and its caches in
// module-level state that outlives runEleventy (~1.2 GiB of the build's memory at 10,000
// articles, not returned even after a forced GC); a worker's heap is released as a whole when it
// ends, before Pagefind's process, the build's largest, starts.
import { Worker } from 'node:worker_threads';
import type { EleventyOptions } from './eleventy.ts';

const WORKER_ENTRY = new URL('./eleventy-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
// Under `tsx file.ts` a worker loads TypeScript as the main thread does; under `node --import tsx`
// (npm test, the bench) it does not inherit the loader, so the worker registers tsx itself.
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).catch(async (error) => {
  if (error.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  (await import(workerData.tsx)).register();
  // A new URL: the failed import of the plain one stays cached as a failure.
  await import(workerData.entry + '?tsx');
});`;

export async function runEleventyInWorker(options: EleventyOptions): Promise<{ pages: number }> {
  const worker = new Worker(BOOTSTRAP, { eval: true, workerData: { entry: WORKER_ENTRY, tsx: TSX_API, options } });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', (message: { result?: { pages: number }; error?: string }) => {
        if (message.result) resolve(message.result);
        else reject(new Error(message.error ?? 'the Eleventy worker sent no result'));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the Eleventy worker stopped (exit code ${code}) before it finished`)));
    });
  } finally {
    await worker.terminate();
  }
}
