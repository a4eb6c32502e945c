// Runs ingestFile over many raw files on all cores. Extraction is pure CPU work (~5 ms an
// article, mostly name, topic and date detection), so a 10,000-article archive spends most
// of its ingest in one busy thread unless files are shared out. The main thread works through
// the same queue as the workers (so nothing waits while workers load the extractors), and
// outcomes are kept in file order: records, slugs and reports are exactly the one-thread ones.
// Kept rather than tinypool or piscina: no slower at 10,000 files (README, "Project layout"), one
// worker fewer, and no separate JavaScript entry for the workers to load TypeScript.
import type { Worker } from 'node:worker_threads';
import { startTypeScriptWorker } from '../worker/typescript-worker.ts';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { IngestOutcome } from './ingest-file.ts';
import type { IngestTask } from './ingest-worker.ts';

/** Below this many files a worker (~1-3 s to load the extractors) would barely get to start. */
const PARALLEL_FROM = 100;
/** Tasks queued per worker, so a worker never waits on the main thread for its next file. */
const IN_FLIGHT = 4;

const WORKER_ENTRY = new URL('./ingest-worker.ts', import.meta.url);

export interface RawInput {
  file: string;
  origin: string;
  /** The file's bytes when the caller has read them already (to hash them); else the file is read here. */
  bytes?: Uint8Array;
}

/** Each file is read at most once: bytes already read are used, and dropped once handed on. */
async function bytesOf(input: RawInput): Promise<Uint8Array> {
  const bytes = input.bytes ?? (await readFile(input.file));
  input.bytes = undefined;
  return bytes;
}

type Extractor = typeof import('./ingest-file.ts');

/** Counts the files extracted by worker threads: a worker that fails to start degrades silently. */
export interface PoolStats { fromWorkers: number }

export interface IngestPool {
  /** Extract every input; the pool's workers are ended when this settles. */
  run(inputs: RawInput[], stats?: PoolStats): Promise<IngestOutcome[]>;
  /** Ends the workers without running anything (when the caller fails before `run`). */
  stop(): Promise<void>;
}

/**
 * Workers load the extractors as soon as they start (~1-3 s); starting them before the raw
 * files are read and hashed lets that loading overlap the reading.
 */
export function startIngestPool(workers: number): IngestPool {
  const started = Array.from({ length: workers }, () => startTypeScriptWorker(WORKER_ENTRY));
  // This thread loads the extractors only when it has files to extract (0.9 s, most of a build's
  // start-up when nothing changed), and with the workers when there are many.
  let loading: Promise<Extractor> | undefined;
  const extractor = () => (loading ??= import('./ingest-file.ts'));
  if (workers > 0) void extractor().catch(() => {});
  // A worker can fail while loading, before there is work for it; it is then left out.
  const failed = new Set<Worker>();
  for (const worker of started) worker.once('error', () => failed.add(worker));
  const stop = async () => void (await Promise.all(started.map((w) => w.terminate())));
  return {
    stop,
    async run(inputs, stats) {
      if (inputs.length === 0) {
        await stop();
        return [];
      }
      const outcomes: (IngestOutcome | undefined)[] = new Array(inputs.length);
      let next = 0;
      const take = () => (next < inputs.length ? next++ : -1);
      const live = started.filter((w) => !failed.has(w));
      const pool = feedWorkers(live, inputs, take, outcomes, stats);
      let ingestFile: Extractor['ingestFile'];
      try {
        ({ ingestFile } = await extractor());
        for (let i = take(); i >= 0; i = take()) {
          outcomes[i] = ingestFile({ bytes: await bytesOf(inputs[i]), origin: inputs[i].origin });
          // Bytes already in memory mean no I/O wait here, so the event loop is let in after each file:
          // otherwise workers' results (and their requests for the next file) wait until the queue is empty.
          await new Promise<void>((resolve) => setImmediate(resolve));
        }
        await pool.drained;
      } finally {
        await stop();
      }
      // Whatever a failed worker left undone (or an extractor threw on) is redone here, so an error
      // surfaces exactly as in the one-thread loop.
      for (let i = 0; i < inputs.length; i++) {
        outcomes[i] ??= ingestFile({ bytes: await bytesOf(inputs[i]), origin: inputs[i].origin });
      }
      return outcomes as IngestOutcome[];
    },
  };
}

/** Workers worth starting for this many files: none for a few, else one per spare core. */
export function defaultWorkers(files: number): number {
  if (files < PARALLEL_FROM) return 0;
  return Math.min(os.availableParallelism() - 1, 7);
}

function feedWorkers(workers: Worker[], inputs: RawInput[], take: () => number, outcomes: (IngestOutcome | undefined)[], stats?: PoolStats) {
  // Files each live worker holds; a dead worker's count goes, so the others are still awaited.
  const held = new Map<Worker, number>();
  let settle = () => {};
  const drained = new Promise<void>((resolve) => (settle = resolve));
  const check = () => [...held.values()].every((n) => n === 0) && settle();
  const feed = (worker: Worker) => {
    const index = take();
    if (index < 0) return check();
    held.set(worker, held.get(worker)! + 1);
    const { file, origin, bytes } = inputs[index];
    // The bytes are copied to the worker; the main thread keeps no copy (a file a failed worker
    // leaves undone is read again).
    inputs[index].bytes = undefined;
    worker.postMessage({ index, file, origin, bytes } satisfies IngestTask);
  };
  for (const worker of workers) {
    held.set(worker, 0);
    worker.on('message', (message: { index: number; outcome?: IngestOutcome; error?: string }) => {
      // On an extractor error the outcome stays empty and the main thread redoes that file.
      if (message.outcome) {
        outcomes[message.index] = message.outcome;
        if (stats) stats.fromWorkers++;
      }
      if (!held.has(worker)) return;
      held.set(worker, held.get(worker)! - 1);
      feed(worker);
    });
    // A worker that cannot start or dies: its queued files are redone by the main thread.
    worker.on('error', () => {
      held.delete(worker);
      void worker.terminate();
      check();
    });
    for (let k = 0; k < IN_FLIGHT; k++) feed(worker);
  }
  if (workers.length === 0) settle();
  return { drained };
}
