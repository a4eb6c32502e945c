// Worker-thread side of eleventy-thread.ts: runs the Eleventy stage once with the options it is
// given and posts back its result, or the error's text.
import { parentPort, workerData } from 'node:worker_threads';
import { runEleventy, type EleventyOptions } from './eleventy.ts';

try {
  parentPort!.postMessage({ result: await runEleventy(workerData.data as EleventyOptions) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
