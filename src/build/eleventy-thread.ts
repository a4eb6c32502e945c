// The Eleventy stage in a worker thread. Eleventy keeps the rendered site and its caches in
// module-level state that outlives runEleventy (~1.2 GiB of the build's memory at 10,000
// articles, not returned even after a forced GC); a worker's heap is released as a whole when it
// ends, before Pagefind's process, the build's largest, starts.
import { startTypeScriptWorker } from '../worker/typescript-worker.ts';
import type { EleventyOptions } from './eleventy.ts';

const WORKER_ENTRY = new URL('./eleventy-worker.ts', import.meta.url);

export async function runEleventyInWorker(options: EleventyOptions): Promise<{ pages: number }> {
  const worker = startTypeScriptWorker(WORKER_ENTRY, options);
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
