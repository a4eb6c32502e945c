// npm run build [-- --strict] [--verbose] [--root DIR] [--json FILE]: ingest, render and index in one command.
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { runBuild, BuildError, type BuildSummary } from '../build/run-build.ts';
import { buildReport, progressPrinter, waitingLine } from '../build/build-report.ts';
import { projectPaths, rootFromArgs, todayIso } from './paths.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    root: { type: 'string' },
    // A machine-readable summary (stage timings and counts) for the benchmark and other tools.
    json: { type: 'string' },
  },
});

// Wall-clock start, so a tool sampling the process from outside can place each stage in time.
const startedAt = Date.now();
try {
  const summary = await runBuild({
    ...projectPaths(rootFromArgs(values.root)),
    today: todayIso(),
    onWait: (pid) => console.error(waitingLine(pid)),
    onProgress: progressPrinter(),
  });
  if (values.json) await writeFile(values.json, summaryJson(summary, startedAt));
  console.log(buildReport(summary, { verbose: values.verbose }).join('\n'));
  if (values.strict && summary.errors + summary.warnings > 0) process.exitCode = 1;
} catch (error) {
  if (values.json) {
    const failed = { startedAt, error: error instanceof Error ? error.message : String(error), stages: error instanceof BuildError ? error.stages : [] };
    await writeFile(values.json, JSON.stringify(failed, null, 2) + '\n');
  }
  console.error(error instanceof BuildError ? `Build stopped: ${error.message}` : error);
  process.exitCode = 1;
}

function summaryJson(s: BuildSummary, started: number): string {
  const { ingest, ...counts } = s;
  const ingestCounts = { written: ingest.written, removed: ingest.removed, skipped: ingest.skipped.length };
  return JSON.stringify({ startedAt: started, ...counts, ingest: ingestCounts }, null, 2) + '\n';
}
