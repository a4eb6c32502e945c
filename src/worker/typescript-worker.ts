// Worker threads that run one of the project's TypeScript modules. Under `tsx file.ts` a worker
// loads TypeScript as the main thread does; under `node --import tsx` (npm test, the bench) it
// does not inherit the loader, so the worker registers tsx itself and imports the module again.
import { parentPort, Worker, type ResourceLimits } from 'node:worker_threads';

const TSX_API = import.meta.resolve('tsx/esm/api');
const BOOTSTRAP = `
const { workerData } = require('node:worker_threads');
import(workerData.entry).catch(async (error) => {
  if (error.code !== 'ERR_UNKNOWN_FILE_EXTENSION') throw error;
  (await import(workerData.tsx)).register();
  // A new URL: the failed import of the plain one stays cached as a failure.
  await import(workerData.entry + '?tsx');
});`;

/**
 * Start a worker running `entry` (a module URL); its work is sent to it by message. `limits` sets
 * its heap's sizes where V8's defaults do not suit the work (see eleventy-thread.ts).
 */
export function startTypeScriptWorker(entry: URL, limits?: ResourceLimits): Worker {
  return new Worker(BOOTSTRAP, {
    eval: true,
    workerData: { entry: entry.href, tsx: TSX_API },
    ...(limits && { resourceLimits: limits }),
  });
}

export interface PreparedWorker<T> {
  /** Tells the worker what it can start on before its data comes (see answerOnce's `ahead`). */
  ahead(data: unknown): void;
  /** Hands the worker its data and waits for its one answer; the worker is ended either way. */
  run(data: unknown): Promise<T>;
  /** Ends the worker unused. */
  stop(): Promise<void>;
}

/**
 * Start a one-shot worker now and give it its data later: it loads its modules meanwhile, so a
 * stage that waits for an earlier one does not also wait for its own start-up. The worker posts
 * exactly one message, `{ result }` or `{ error }` (see answerOnce), and is ended either way.
 */
export function prepareTypeScriptWorker<T>(entry: URL, what: string, limits?: ResourceLimits): PreparedWorker<T> {
  const worker = startTypeScriptWorker(entry, limits);
  // Whatever happens before `run`: a failure to start is reported by run, never left unhandled.
  const ended = new Promise<{ message?: { result?: T; error?: string }; error?: unknown; code?: number }>((resolve) => {
    worker.once('message', (message) => resolve({ message }));
    worker.once('error', (error) => resolve({ error }));
    worker.once('exit', (code) => resolve({ code }));
  });
  // Until it has work, the worker does not keep the process alive: one started ahead for a build
  // that never comes (npm start's next one) must not hold up the process's end. (After the
  // listeners: adding one refs the worker's port again.)
  worker.unref();
  const stop = async () => void (await worker.terminate());
  return {
    stop,
    ahead: (data) => worker.postMessage({ ahead: data }),
    async run(data) {
      try {
        worker.ref();
        worker.postMessage({ work: data });
        const { message, error, code } = await ended;
        if (error !== undefined) throw error;
        if (message?.result !== undefined) return message.result;
        if (message) throw new Error(message.error ?? `the ${what} worker sent no result`);
        throw new Error(`the ${what} worker stopped (exit code ${code}) before it finished`);
      } finally {
        await stop();
      }
    },
  };
}

/**
 * The worker side of prepareTypeScriptWorker: wait for the data, run `work` on it and post the
 * outcome. What the worker is told ahead of its data is given to `ahead` as it comes.
 */
export async function answerOnce<T, A = unknown>(work: (data: T) => Promise<unknown>, ahead?: (data: A) => void): Promise<void> {
  const data = await new Promise<T>((resolve) => {
    const listen = (message: { ahead?: A; work?: T }) => {
      if ('work' in message) {
        parentPort!.off('message', listen);
        resolve(message.work as T);
      } else ahead?.(message.ahead as A);
    };
    parentPort!.on('message', listen);
  });
  try {
    parentPort!.postMessage({ result: await work(data) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
}
