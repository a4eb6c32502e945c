// npm run bench [-- --sizes 100,1000,10000] [--seed 1] [--incremental] [--search] [--hugo] [--profile]
//   [--ingest-only] [--keep] [--selector CSS] [--out bench/results/latest.json]
// Generates synthetic archives, runs the real build on each in a child process and reports how
// time, memory and output grow with the archive. A script, not a test: it asserts nothing.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { generateArchive } from './generate.ts';
import { measureBuild } from './measure-build.ts';
import { siteStats } from './site-stats.ts';
import { describeMachine } from './machine.ts';
import { timeSearches, DEFAULT_RESULT_SELECTOR } from './search-timing.ts';
import { runAnchor } from './hugo-anchor.ts';
import { setSiteAside } from './from-records.ts';
import { warmRebuilds } from './warm-rebuilds-run.ts';
import { buildVocabulary } from './vocabulary.ts';
import * as report from './report.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '1' },
    incremental: { type: 'boolean', default: false },
    search: { type: 'boolean', default: false },
    latency: { type: 'string', default: '50' },
    hugo: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'ingest-only': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    selector: { type: 'string', default: DEFAULT_RESULT_SELECTOR },
    work: { type: 'string', default: path.join(repo, '.bench') },
    out: { type: 'string', default: path.join(repo, 'bench', 'results', 'latest.json') },
  },
});
const sizes = values.sizes.split(',').map((x) => Number(x.replace(/_/g, ''))).filter((x) => x > 0).sort((a, b) => a - b);
const seed = Number(values.seed);
const largest = sizes[sizes.length - 1];
const ingestOnly = values['ingest-only'];
const machine = describeMachine();
console.log(`${report.machineLine(machine)}\nSizes ${sizes.join(', ')}, seed ${seed}${ingestOnly ? ', ingest only' : ''}.`);

const results: report.SizeResult[] = [];
let incremental: report.IncrementalResult | null = null;
let search: report.SearchResult | null = null;
let anchor: report.AnchorResult | null = null;
for (const n of sizes) {
  const root = path.join(values.work, `archive-${n}`);
  await rm(root, { recursive: true, force: true });
  const genStart = performance.now();
  await generateArchive({ n, seed, dir: path.join(root, 'content', 'raw') });
  console.log(`\n${n} articles generated in ${((performance.now() - genStart) / 1000).toFixed(1)} s; building...`);
  const profileDir = values.profile && n === largest ? path.join(values.work, 'profiles', `build-${n}`) : undefined;
  const run = await measureBuild({ root, repo, ingestOnly, cpuProfDir: profileDir });
  const stats = await siteStats(root);
  const summary = run.summary as { pages?: number; indexedPages?: number } | null;
  results.push({ n, run, stats, pages: summary?.pages ?? null, indexedPages: summary?.indexedPages ?? null });
  console.log(run.ok ? `built in ${run.wallSeconds.toFixed(1)} s (${run.stages.map((s) => `${s.stage} ${s.seconds.toFixed(1)} s`).join(', ')})`
    : `build failed: ${run.error}`);
  if (profileDir) console.log(`CPU profile in ${profileDir} (summarise: tsx bench/profile-summary.ts ${profileDir})`);

  if (n === largest && run.ok && !ingestOnly && values.hugo) {
    // Right after the full build, on its records, before anything is added to them.
    const hugo = await runAnchor(path.join(root, 'content', 'articles'));
    console.log(hugo.ok ? `Hugo + one Pagefind index: ${hugo.seconds.toFixed(1)} s` : `anchor failed: ${hugo.error}`);
    // Then this project on the same terms: the site and its index made again from those records.
    await setSiteAside(root, path.join(root, '.set-aside'));
    const fromRecords = await measureBuild({ root, repo });
    console.log(fromRecords.ok ? `site made again from the records in ${fromRecords.wallSeconds.toFixed(1)} s` : `build failed: ${fromRecords.error}`);
    anchor = { n, ours: run, hugo, fromRecords };
  }
  if (n === largest && run.ok && !ingestOnly && values.incremental) {
    // Twice: the first rebuild after a full build makes its site in a fresh folder; from the
    // second on, a build is made in the site the last one replaced (src/build/publish-site.ts).
    const rebuilds = [];
    for (const i of [1, 2]) {
      await generateArchive({ n: 1, seed: seed + i, dir: path.join(root, 'content', 'raw'), start: n + i - 1 });
      const rebuild = await measureBuild({ root, repo });
      rebuilds.push(rebuild);
      console.log(`added one article, rebuilt in ${rebuild.wallSeconds.toFixed(1)} s`);
    }
    // And once with nothing changed: what any build from a new process costs at this size before
    // it does anything for a change (starting, loading, reading what it keeps, finding no change).
    const unchanged = await measureBuild({ root, repo });
    console.log(`nothing changed, built in ${unchanged.wallSeconds.toFixed(1)} s`);
    // Then as npm start rebuilds: in one process that has built before (bench/warm-rebuilds.ts).
    const warm = await warmRebuilds(root, seed);
    console.log(warm.length ? `in a process that builds again: ${warm.map((w) => w.seconds.toFixed(1)).join(' s, ')} s` : 'rebuilds in one process failed');
    incremental = { n, fullSeconds: run.wallSeconds, rebuilds, unchanged, warm };
  }
  if (n === largest && run.ok && !ingestOnly && values.search) {
    const v = buildVocabulary();
    // A very common word, a mid-frequency made-up one, a surname and a two-word query.
    const queries = [v.nouns[0], v.nouns[400], v.surnames[2], `${v.adjectives[0]} ${v.nouns[1]}`];
    const site = path.join(root, '_site');
    const local = await timeSearches(site, queries, values.selector);
    // Then as over a network, where a fetch that needs the one before it waits a round trip.
    const latencyMs = Number(values.latency);
    const remote = latencyMs > 0 ? await timeSearches(site, queries, values.selector, latencyMs) : [];
    search = { n, selector: values.selector, latencyMs: remote.length ? latencyMs : undefined, queries: local.map((q, i) => ({ ...q, msAtLatency: remote[i]?.ms })) };
  }
}

const markdown = [
  report.machineLine(machine), '',
  report.buildTable(results), '',
  ...(ingestOnly ? [] : [report.outputTable(results), '']),
  ...report.scalingLines(results), report.processLine(results), report.loadLine(results), '',
  ...(anchor ? [report.anchorTable(anchor), ''] : []),
  ...(incremental ? [report.incrementalTable(incremental), ''] : []),
  ...(search ? [report.searchTable(search), ''] : []),
].join('\n');
console.log(`\n${markdown}`);

// Output tails only matter when a run failed; they would bloat the results file otherwise.
const slim = (run: report.SizeResult['run']) => ({ ...run, output: run.ok ? undefined : run.output });
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify({
  measuredAt: new Date().toISOString(), machine, seed, ingestOnly,
  sizes: results.map((r) => ({ ...r, run: slim(r.run) })),
  incremental: incremental && { ...incremental, rebuilds: incremental.rebuilds.map(slim), unchanged: slim(incremental.unchanged) },
  search,
  anchor,
}, null, 2) + '\n');
await writeFile(values.out.replace(/\.json$/, '.md'), markdown);
console.log(`Results: ${path.relative(process.cwd(), values.out)} and .md`);
// The archives are removed only now: on a disk without a journal, files made within minutes of
// many being removed are slow to make (bench/README.md), and the next size's build would pay.
if (!values.keep) for (const n of sizes) await rm(path.join(values.work, `archive-${n}`), { recursive: true, force: true });
if (results.some((r) => !r.run.ok)) process.exitCode = 1;
