// Worker-thread side of eleventy-thread.ts: links the published site's pages while it waits (if
// it was started with where they are), then runs the Eleventy stage once with the options it is
// given and posts back its result, or the error's text.
import { answerOnce, startData } from '../worker/typescript-worker.ts';
import { runEleventy, type EleventyOptions } from './eleventy.ts';
import { prelinkPages, type PrelinkOptions } from './prelink-pages.ts';

const early = startData<PrelinkOptions>();
const prelinked = early ? prelinkPages(early) : undefined;
// Awaited by runEleventy; until then a failure must not count as unhandled.
prelinked?.catch(() => {});

await answerOnce((options: EleventyOptions) => runEleventy({ ...options, prelinked }));
