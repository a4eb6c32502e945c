// What a build tells the user, shared by npm run build and npm start: the problems by file,
// then one summary line (articles, pages, warnings, seconds per stage).
import { articleLine, problemLines } from '../ingest/report.ts';
import type { BuildSummary } from './run-build.ts';
import { forTerminal } from '../record/safe-text.ts';

/** What a build prints when it has to wait for another one. */
export function waitingLine(pid: number | null): string {
  return `Another build${pid ? ` (process ${pid})` : ''} is running in this project; waiting for it to finish...`;
}

/**
 * Where a build's stage-by-stage progress goes: to a terminal someone watches; CI logs and
 * output piped to a file keep the summary only.
 */
export function progressPrinter(): ((line: string) => void) | undefined {
  return process.stderr.isTTY && process.env.CI !== 'true' ? (line) => console.error(line) : undefined;
}

export function buildReport(summary: BuildSummary, { verbose = false } = {}): string[] {
  const lines = verbose ? summary.ingest.records.map(articleLine) : [];
  const problems = problemLines(summary.ingest.problems);
  if (problems.length) lines.push('Problems, by file:', ...problems, '');
  const stages = summary.stages.map((s) => `${s.stage} ${s.seconds.toFixed(1)} s`).join(', ');
  lines.push(
    `Built ${summary.articles} articles into ${summary.pages} pages (${summary.indexedPages} searchable), ` +
      `${summary.errors} errors, ${summary.warnings} warnings, in ${summary.seconds.toFixed(1)} s (${stages}).`,
  );
  if (summary.pagesRendered < summary.pages || summary.indexShardsBuilt < summary.indexShards || summary.exportsKept > 0) {
    lines.push(`Unchanged since the last build, so kept: ${summary.pages - summary.pagesRendered} of ${summary.pages} pages, ` +
      `${summary.indexShards - summary.indexShardsBuilt} of ${summary.indexShards} parts of the search index, ` +
      `${summary.exportsKept} of ${summary.exports} exports.`);
  }
  if (summary.ingest.skipped.length) lines.push(forTerminal(`Skipped: ${summary.ingest.skipped.join(', ')}`));
  if (summary.kept.length) lines.push(forTerminal(`Kept in the site folder (not made by the build): ${summary.kept.join(', ')}`));
  return lines;
}
