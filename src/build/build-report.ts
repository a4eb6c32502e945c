// What a build tells the user, shared by npm run build and npm start: the problems by file,
// then one summary line (articles, pages, warnings, seconds per stage).
import { articleLine, problemLines } from '../ingest/report.ts';
import type { BuildSummary } from './run-build.ts';
import { forTerminal } from '../record/safe-text.ts';

/** What a build prints when it has to wait for another one. */
export function waitingLine(pid: number | null): string {
  return `Another build${pid ? ` (process ${pid})` : ''} is running in this project; waiting for it to finish...`;
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
  if (summary.indexShardsBuilt < summary.indexShards) {
    lines.push(`Search index: ${summary.indexShardsBuilt} of ${summary.indexShards} parts indexed again; the others had not changed.`);
  }
  if (summary.ingest.skipped.length) lines.push(forTerminal(`Skipped: ${summary.ingest.skipped.join(', ')}`));
  if (summary.kept.length) lines.push(forTerminal(`Kept in the site folder (not made by the build): ${summary.kept.join(', ')}`));
  return lines;
}
