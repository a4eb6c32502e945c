// Worker-thread side of eleventy-thread.ts: runs the Eleventy stage once with the options it is
// given and posts back its result, or the error's text. Told the folders ahead, it scans the output
// folder while the build's ingest runs (link-files.ts scanFolder).
import { answerOnce } from '../worker/typescript-worker.ts';
import { runEleventy, type EleventyFolders } from './eleventy.ts';
import { unpackWork, type EleventyWork } from './eleventy-thread.ts';
import { scanFolder, type FolderScan } from './link-files.ts';

let scanned: FolderScan | undefined;

await answerOnce(
  (work: EleventyWork) => runEleventy({ ...unpackWork(work), scanned }),
  ({ outDir, previousSite, others }: EleventyFolders) => {
    try {
      scanned = scanFolder(previousSite ?? outDir, outDir, others);
    } catch {
      // Scanned again when the work comes, where a failure is reported as the stage's.
      scanned = undefined;
    }
  },
);
