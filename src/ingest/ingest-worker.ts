// Worker-thread side of ingest-pool.ts: reads one raw file and runs the pure ingestFile on it.
// Reading here, not in the main thread, keeps file I/O in parallel with extraction too.
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { ingestFile } from './ingest-file.ts';

export interface IngestTask { index: number; file: string; origin: string; today: string }

parentPort!.on('message', async ({ index, file, origin, today }: IngestTask) => {
  try {
    parentPort!.postMessage({ index, outcome: ingestFile({ bytes: await readFile(file), origin, today }) });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
