// Runs ingestFile over many raw files on all cores. Extraction is pure CPU work (~5-10 ms an
// article, mostly language, topic and name detection), so a 10,000-article archive spends most
// of its ingest in one busy thread unless files are shared out. Results come back in file order,
// so records, slugs and reports are exactly what the one-thread loop produces.
import { Worker } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { ingestFile, type IngestOutcome } from './ingest-file.ts';
import type { IngestTask } from './ingest-worker.ts';

/** Below this many files, starting workers (~0.5 s each, loading the extractors) costs more than it saves. */
export const PARALLEL_FROM = 300;
/** Tasks queued per worker, so a worker never waits on the main thread for its next file. */
const IN_FLIGHT = 4;

export interface RawInput { file: string; origin: string }

export async function ingestMany(inputs: RawInput[], today: string, threads = defaultThreads(inputs.length)): Promise<IngestOutcome[]> {
  const outcomes: (IngestOutcome | undefined)[] = new Array(inputs.length);
  if (threads >= 2) await runOnWorkers(inputs, today, threads, outcomes).catch(() => undefined);
  // Anything the workers did not finish (none could start, or one died) is done here, in order.
  for (let i = 0; i < inputs.length; i++) {
    outcomes[i] ??= ingestFile({ bytes: await readFile(inputs[i].file), origin: inputs[i].origin, today });
  }
  return outcomes as IngestOutcome[];
}

function defaultThreads(files: number): number {
  if (files < PARALLEL_FROM) return 1;
  return Math.min(os.availableParallelism(), 8);
}

function runOnWorkers(inputs: RawInput[], today: string, threads: number, outcomes: (IngestOutcome | undefined)[]): Promise<void> {
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  return new Promise<void>((resolve, reject) => {
    const stop = (error?: Error) => {
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker) => {
      if (next >= inputs.length) return;
      const index = next++;
      worker.postMessage({ index, ...inputs[index], today } satisfies IngestTask);
    };
    for (let t = 0; t < threads; t++) {
      // Workers inherit the parent's execArgv, so the TypeScript loader (tsx) is active in them too.
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url));
      workers.push(worker);
      worker.on('message', (message: { index: number; outcome?: IngestOutcome; error?: string }) => {
        // An extractor that throws fails the ingest, as it would in the one-thread loop.
        if (message.error) return stop(new Error(message.error));
        outcomes[message.index] = message.outcome;
        if (++done === inputs.length) return stop();
        feed(worker);
      });
      worker.on('error', (error) => stop(error));
      for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
    }
  });
}
