// Rebuilds as `npm start` makes them: one process builds the archive (nothing changed), then, after
// a pause like a user's, one article is added and the site built again, `count` times. Run as a
// child of the benchmark (`node --import tsx bench/warm-rebuilds.ts --root DIR --seed N --count K`);
// prints one JSON line with each rebuild's wall time and stages.
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBuild } from '../src/build/run-build.ts';
import { projectPaths, todayIso } from '../src/cli/paths.ts';
import { generateArchive } from './generate.ts';

/** Long enough for what a build leaves running (the next build's render worker) to settle. */
const PAUSE_MS = 5000;

const { values } = parseArgs({ options: { root: { type: 'string' }, seed: { type: 'string', default: '1' }, count: { type: 'string', default: '2' } } });
const paths = projectPaths(values.root);
const today = todayIso();
await runBuild({ ...paths, today, again: true });
const rebuilds: { seconds: number; stages: { stage: string; seconds: number }[] }[] = [];
for (let i = 0; i < Number(values.count); i++) {
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  const n = readdirSync(paths.rawDir).length;
  await generateArchive({ n: 1, seed: Number(values.seed) + 100 + i, dir: paths.rawDir, start: n });
  const started = performance.now();
  const summary = await runBuild({ ...paths, today, again: true });
  rebuilds.push({ seconds: (performance.now() - started) / 1000, stages: summary.stages });
}
console.log(JSON.stringify({ rebuilds }));
