// Worker-thread side of eleventy-thread.ts: runs the Eleventy stage once with the options it is
// given and posts back its result, or the error's text.
import { answerOnce } from '../worker/typescript-worker.ts';
import { runEleventy, type EleventyOptions } from './eleventy.ts';

await answerOnce((options: EleventyOptions) => runEleventy(options));
