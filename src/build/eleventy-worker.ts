// Worker-thread side of eleventy-thread.ts: runs the Eleventy stage once with the options it is
// given and posts back its result, or the error's text. The bodies' HTML, when the main thread
// renders it meanwhile, comes as the later message.
import { answerOnce } from '../worker/typescript-worker.ts';
import { runEleventy } from './eleventy.ts';
import type { WorkerOptions } from './eleventy-thread.ts';

await answerOnce(({ htmlLater, ...options }: WorkerOptions, later) =>
  runEleventy({ ...options, html: htmlLater ? (later() as Promise<string[]>) : undefined }));
