// Worker threads that run one of the project's TypeScript modules. Under `tsx file.ts` a worker
// loads TypeScript as the main thread does; under `node --import tsx` (npm test, the bench) it
// does not inherit the loader, so the worker registers tsx itself and imports the module again.
import { Worker } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).catch(async (error) => {
  if (error.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  (await import(workerData.tsx)).register();
  // A new URL: the failed import of the plain one stays cached as a failure.
  await import(workerData.entry + '?tsx');
});`;

/** Start a worker running `entry` (a module URL); it reads `data` from workerData.data. */
export function startTypeScriptWorker(entry: URL, data?: unknown): Worker {
  return new Worker(BOOTSTRAP, { eval: true, workerData: { entry: entry.href, tsx: TSX_API, data } });
}

/**
 * Run a one-shot worker: `entry` posts exactly one message, `{ result }` or `{ error }` (see
 * answerOnce), and the worker is ended either way.
 */
export async function runTypeScriptWorker<T>(entry: URL, data: unknown, what: string): Promise<T> {
  const worker = startTypeScriptWorker(entry, data);
  try {
    return await new Promise<T>((resolve, reject) => {
      worker.once('message', (message: { result?: T; error?: string }) => {
        if (message.result !== undefined) resolve(message.result);
        else reject(new Error(message.error ?? `the ${what} worker sent no result`));
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`the ${what} worker stopped (exit code ${code}) before it finished`)));
    });
  } finally {
    await worker.terminate();
  }
}

/** The worker side of runTypeScriptWorker: run `work` on the worker's data and post the outcome. */
export async function answerOnce<T>(work: (data: T) => Promise<unknown>): Promise<void> {
  const { parentPort, workerData } = await import('node:worker_threads');
  try {
    parentPort!.postMessage({ result: await work(workerData.data as T) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}
