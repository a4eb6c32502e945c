// Worker-thread side of ingest-pool.ts: runs the pure ingestFile on one raw file, on the bytes
// the main thread read to hash it, or reading the file here when it sent none.
import { parentPort } from 'node:worker_threads';
import { readFile } from 'node:fs/promises';
import { ingestFile } from './ingest-file.ts';

export interface IngestTask { index: number; file: string; origin: string; bytes?: Uint8Array }

parentPort!.on('message', async ({ index, file, origin, bytes }: IngestTask) => {
  try {
    parentPort!.postMessage({ index, outcome: ingestFile({ bytes: bytes ?? (await readFile(file)), origin }) });
  } catch (error) {
    parentPort!.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
