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
