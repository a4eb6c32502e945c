// npm run ingest [-- --strict] [--root DIR] [--raw DIR] [--out DIR] [--explain FILE]
import { parseArgs } from 'node:util';
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { explainFile } from '../ingest/explain.ts';
import { runIngest } from '../ingest/run-ingest.ts';
import { articleLine, problemLines, countProblems } from '../ingest/report.ts';
import { projectPaths, rootFromArgs, todayIso } from './paths.ts';
import { acquireBuildLock } from '../build/build-lock.ts';
import { waitingLine } from '../build/build-report.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    root: { type: 'string' },
    raw: { type: 'string' },
    out: { type: 'string' },
    // Why one raw file became the record it did; nothing is written.
    explain: { type: 'string' },
  },
});
if (values.explain) {
  const file = path.resolve(values.explain);
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    console.error(`Cannot read ${values.explain}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
    process.exit(1);
  });
  console.log(explainFile(bytes, path.relative(process.cwd(), file).split(path.sep).join('/')).join('\n'));
  process.exit(0);
}
const paths = projectPaths(rootFromArgs(values.root), {
  ...(values.raw && { rawDir: path.resolve(values.raw) }),
  ...(values.out && { recordsDir: path.resolve(values.out) }),
});

// The records folder is the build's too: a build running now must not be written under.
const lock = await acquireBuildLock(paths.root, (pid) => console.error(waitingLine(pid)));
// Another folder than the project's own raw folder is ingested once, apart from the project's state.
const oneOff = paths.rawDir !== projectPaths(paths.root).rawDir;
const result = await runIngest({ ...paths, today: todayIso(), oneOff }).finally(() => lock.release());
for (const record of result.records) console.log(articleLine(record));
const lines = problemLines(result.problems);
if (lines.length) console.log(`\nProblems, by file:\n${lines.join('\n')}`);
const { errors, warnings } = countProblems(result.problems);
console.log(`\n${result.records.length} articles ingested into ${path.relative(paths.root, paths.recordsDir)}` +
  ` (${result.written} written, ${result.removed} removed), ${result.skipped.length} skipped, ${errors} errors, ${warnings} warnings`);
if (values.strict && errors + warnings > 0) process.exitCode = 1;
else if (result.records.length === 0 && result.skipped.length > 0) process.exitCode = 1;
