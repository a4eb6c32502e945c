// Benchmark results as markdown tables: the same text is printed and pasted into bench/README.md.
import os from 'node:os';
import type { Machine } from './machine.ts';
import type { SiteStats } from './site-stats.ts';
import type { BuildRun } from './measure-build.ts';
import type { AnchorRun } from './hugo-anchor.ts';
import type { WarmRebuild } from './warm-rebuilds-run.ts';

export interface SizeResult {
  n: number;
  run: BuildRun;
  stats: SiteStats;
  pages: number | null;
  indexedPages: number | null;
}
/** One-article rebuilds in turn: the first after the full build, the next after it. */
export interface IncrementalResult {
  n: number;
  fullSeconds: number;
  rebuilds: BuildRun[];
  /** A build from a new process with nothing changed, after the rebuilds: the floor under them. */
  unchanged: BuildRun;
  /** One-article rebuilds in a process that has built before, as npm start makes them. */
  warm?: WarmRebuild[];
}
export interface SearchQuery { query: string; ms: number; results: number; bytes: number; requests: number; /** The same search with each request's round trip taking `latencyMs`. */ msAtLatency?: number }
export interface SearchResult { n: number; selector: string; queries: SearchQuery[]; latencyMs?: number }
export interface AnchorResult {
  n: number;
  ours: BuildRun;
  hugo: AnchorRun;
  /** This project's site and index made again from the records, its ingest cache kept (from-records.ts). */
  fromRecords?: BuildRun;
}

const mib = (b: number | null) => (b === null ? '–' : `${(b / 2 ** 20).toFixed(b < 10 * 2 ** 20 ? 1 : 0)} MiB`);
const s = (x: number) => x.toFixed(x < 10 ? 2 : 1);
const rate = (n: number, sec: number) => (sec > 0 ? Math.round(n / sec).toLocaleString('en-US') : '–');
const num = (n: number) => n.toLocaleString('en-US');

export function machineLine(m: Machine): string {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.os}.`;
}

export function buildTable(results: SizeResult[]): string {
  const rows = ['| articles | stage | wall s | articles/s | ms/article | peak RSS (tree) |', '|---:|---|---:|---:|---:|---:|'];
  for (const { n, run } of results) {
    if (run.startupSeconds > 0) rows.push(`| ${num(n)} | start-up | ${s(run.startupSeconds)} | | | |`);
    for (const st of run.stages) {
      rows.push(`| ${num(n)} | ${st.stage} | ${s(st.seconds)} | ${rate(n, st.seconds)} | ${((st.seconds * 1000) / n).toFixed(2)} | ${mib(st.peakRssBytes)} |`);
    }
    if (!run.ok) {
      rows.push(`| ${num(n)} | **failed** | ${s(run.wallSeconds)} | | | ${(run.error ?? '').slice(0, 200).replace(/\|/g, '/')} |`);
      continue;
    }
    rows.push(`| ${num(n)} | **total** | **${s(run.wallSeconds)}** | ${rate(n, run.wallSeconds)} | ${((run.wallSeconds * 1000) / n).toFixed(2)} | **${mib(run.peakTreeRssBytes)}** |`);
  }
  return rows.join('\n');
}

export function outputTable(results: SizeResult[]): string {
  const rows = ['| articles | raw input | records | site (files) | HTML pages | pages built / indexed | Pagefind index (files) | largest process |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const { n, run, stats, pages, indexedPages } of results) {
    rows.push(`| ${num(n)} | ${mib(stats.raw.bytes)} | ${mib(stats.records.bytes)} | ${mib(stats.site.bytes)} (${num(stats.site.files)}) | ` +
      `${num(stats.site.htmlFiles)} | ${pages ?? '–'} / ${indexedPages ?? '–'} | ${mib(stats.pagefind.bytes)} (${num(stats.pagefind.files)}) | ${mib(run.maxProcessRssBytes)} |`);
  }
  return rows.join('\n');
}

export function processLine(results: SizeResult[]): string {
  const each = results.map((r) => `${num(r.n)}: ${r.run.processPeaks.filter((p) => p.name !== 'time').slice(0, 3).map((p) => `${p.name} ${mib(p.bytes)}`).join(', ')}`);
  return `Largest processes by their own peak: ${each.join('; ')}.`;
}

export function loadLine(results: SizeResult[]): string {
  const each = results.map((r) => `${num(r.n)}: ${r.run.cpuSeconds?.toFixed(1) ?? '–'} CPU s, other work ${r.run.otherCores?.toFixed(2) ?? '–'} cores`);
  return `Build CPU time and other load on the machine during each build (of ${os.availableParallelism()} cores): ${each.join('; ')}.`;
}

/** Per-article cost at the largest size against the one below it: 1.0 means linear. */
export function scalingLines(results: SizeResult[]): string[] {
  const ok = results.filter((r) => r.run.ok).sort((a, b) => a.n - b.n);
  const lines: string[] = [];
  for (let i = 1; i < ok.length; i++) {
    const [a, b] = [ok[i - 1], ok[i]];
    const per = (r: SizeResult, sec: number) => sec / r.n;
    const parts = b.run.stages.map((st) => {
      const before = a.run.stages.find((x) => x.stage === st.stage);
      return before ? `${st.stage} ${(per(b, st.seconds) / per(a, before.seconds)).toFixed(2)}×` : '';
    });
    lines.push(`Time per article at ${num(b.n)} vs ${num(a.n)}: total ${(per(b, b.run.wallSeconds) / per(a, a.run.wallSeconds)).toFixed(2)}× (${parts.filter(Boolean).join(', ')}).`);
  }
  return lines;
}

export function incrementalTable(r: IncrementalResult): string {
  const rows = ['| archive | full build s | add one article, rebuild, after | rebuild s | ratio | rebuild stages |', '|---:|---:|---|---:|---:|---|'];
  const row = (after: string, seconds: number, stages: { stage: string; seconds: number }[]) =>
    rows.push(`| ${num(r.n)} | ${s(r.fullSeconds)} | ${after} | ${s(seconds)} | ${(seconds / r.fullSeconds).toFixed(2)} | ${stages.map((st) => `${st.stage} ${s(st.seconds)} s`).join(', ')} |`);
  r.rebuilds.forEach((rebuild, i) => row(i === 0 ? 'the full build' : 'a rebuild', rebuild.wallSeconds, rebuild.stages));
  row('nothing added, after a rebuild', r.unchanged.wallSeconds, r.unchanged.stages);
  for (const rebuild of r.warm ?? []) row('a rebuild, in the same process (npm start)', rebuild.seconds, rebuild.stages);
  return rows.join('\n');
}

export function anchorTable(r: AnchorResult): string {
  const rows = ['| archive | this project s | peak memory | Hugo s | Pagefind s | Hugo + Pagefind s | Pagefind peak | ratio |', '|---:|---:|---:|---:|---:|---:|---:|---:|'];
  if (!r.hugo.ok) return [...rows, `| ${num(r.n)} | ${s(r.ours.wallSeconds)} | ${mib(r.ours.peakTreeRssBytes)} | anchor failed: ${r.hugo.error?.split('\n')[0]} | | | | |`].join('\n');
  const step = (name: string) => r.hugo.steps.find((st) => st.step === name);
  const row = (label: string, ours: BuildRun) => `| ${label} | ${ours.ok ? s(ours.wallSeconds) : 'failed'} | ${mib(ours.peakTreeRssBytes)} | ${s(step('hugo')!.seconds)} | ${s(step('pagefind')!.seconds)} | ${s(r.hugo.seconds)} | ${mib(step('pagefind')!.peakRssBytes)} | ${ours.ok ? (ours.wallSeconds / r.hugo.seconds).toFixed(2) : '–'} |`;
  rows.push(row(`${num(r.n)}, from raw files`, r.ours));
  if (r.fromRecords) rows.push(row(`${num(r.n)}, site from the same records`, r.fromRecords));
  return rows.join('\n');
}

export function searchTable(r: SearchResult): string {
  const ms = (value: number | undefined) => (value === undefined ? '' : Number.isNaN(value) ? 'no result' : String(Math.round(value)));
  const latency = r.latencyMs ? [` with ${r.latencyMs} ms a request, ms`] : [];
  const rows = [`| archive | query | load to first result, ms |${latency.map((l) => `${l} |`).join('')} results shown | requests | bytes sent, gzip (to first results) |`, `|---:|---|---:|${latency.map(() => '---:|').join('')}---:|---:|---:|`];
  for (const q of r.queries) rows.push(`| ${num(r.n)} | \`${q.query}\` | ${ms(q.ms)} |${latency.map(() => ` ${ms(q.msAtLatency)} |`).join('')} ${q.results} | ${q.requests} | ${(q.bytes / 1024).toFixed(0)} KiB |`);
  return rows.join('\n');
}
