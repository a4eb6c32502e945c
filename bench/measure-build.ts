// Runs the real build (src/cli/build.ts, or the ingest CLI alone) as a child process and measures
// it from outside: wall time, the tree's sampled memory, GNU time's peak, and the stage timings
// the build writes with --json, placed in time so each stage gets its own memory peak.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sampleTree, type TreeSample } from './process-tree.ts';

export interface StageResult { stage: string; seconds: number; peakRssBytes: number }

export interface BuildRun {
  ok: boolean;
  error?: string;
  /** Spawn to exit, including Node and tsx start-up. */
  wallSeconds: number;
  /** From process start to the first stage: loading Node, tsx and the build's modules. */
  startupSeconds: number;
  stages: StageResult[];
  /** Highest sampled sum of resident memory over the whole process tree. */
  peakTreeRssBytes: number;
  /** GNU time's %M: the largest single process of the tree (null when /usr/bin/time is missing). */
  maxProcessRssBytes: number | null;
  /** CPU seconds (user + system) the build's process tree used, from GNU time. */
  cpuSeconds: number | null;
  /**
   * Average cores busy with other work during the build (whole machine minus the build tree and
   * this benchmark): the machine is shared, and anything above ~0.1 makes the timings pessimistic.
   */
  otherCores: number | null;
  /** The largest processes of the tree by their own peak (VmHWM), to tell Node from Pagefind's binary. */
  processPeaks: { name: string; bytes: number }[];
  /** The build's own --json summary (counts and stage seconds), when it wrote one. */
  summary: Record<string, unknown> | null;
  output: string;
}

export interface RunOptions {
  root: string;
  /** Repository root: where src/cli lives. */
  repo: string;
  /** Run only the ingest CLI (for checking the ingest before the other stages exist). */
  ingestOnly?: boolean;
  /** Write V8 CPU profiles of the build process into this folder. */
  cpuProfDir?: string;
}

const GNU_TIME = '/usr/bin/time';

export async function measureBuild({ root, repo, ingestOnly = false, cpuProfDir }: RunOptions): Promise<BuildRun> {
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'bench-run-'));
  const jsonFile = path.join(scratch, 'summary.json');
  const timeFile = path.join(scratch, 'time.txt');
  const nodeArgs = ['--import', 'tsx', ...(cpuProfDir ? ['--cpu-prof', '--cpu-prof-dir', cpuProfDir] : [])];
  const cli = ingestOnly
    ? [path.join(repo, 'src/cli/ingest.ts'), '--root', root]
    : [path.join(repo, 'src/cli/build.ts'), '--root', root, '--json', jsonFile];
  const command = [process.execPath, ...nodeArgs, ...cli];
  const hasTime = existsSync(GNU_TIME);
  const [file, ...args] = hasTime ? [GNU_TIME, '-f', '%M %U %S', '-o', timeFile, ...command] : command;

  const busyBefore = machineBusySeconds();
  const ownBefore = process.cpuUsage();
  const spawnedAt = Date.now();
  const child = spawn(file, args, { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleTree(child.pid!);
  // Keep only the tail of the output: the ingest CLI prints a line per article.
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
  const exitedAt = Date.now();
  const { samples, processPeaks } = sampler.stop();
  const busy = machineBusySeconds() - busyBefore;
  const own = process.cpuUsage(ownBefore);

  const summary = await readFile(jsonFile, 'utf8').then(JSON.parse).catch(() => null);
  // GNU time prints "Command exited with non-zero status" first when the build fails.
  const [timeKiB, user, system] = hasTime
    ? ((await readFile(timeFile, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '').split(' ').map(Number)
    : [NaN, NaN, NaN];
  const cpuSeconds = Number.isFinite(user + system) ? user + system : null;
  await rm(scratch, { recursive: true, force: true });

  const wallSeconds = (exitedAt - spawnedAt) / 1000;
  const startedAt: number = summary?.startedAt ?? spawnedAt;
  const stageList: { stage: string; seconds: number }[] = ingestOnly
    ? [{ stage: 'ingest', seconds: wallSeconds }]
    : (summary?.stages ?? []);
  const stages = placeStages(stageList, ingestOnly ? spawnedAt : startedAt, samples);
  return {
    ok: code === 0 && (ingestOnly || !!summary?.stages),
    ...(code !== 0 && { error: summary?.error ?? output.trim().split('\n').slice(-3).join(' ') }),
    wallSeconds,
    startupSeconds: ingestOnly ? 0 : (startedAt - spawnedAt) / 1000,
    stages,
    peakTreeRssBytes: Math.max(0, ...samples.map((s) => s.rss)),
    processPeaks: processPeaks.sort((a, b) => b.bytes - a.bytes).slice(0, 4),
    maxProcessRssBytes: Number.isFinite(timeKiB) ? timeKiB * 1024 : null,
    cpuSeconds,
    otherCores: cpuSeconds === null ? null
      : Math.max(0, (busy - cpuSeconds - (own.user + own.system) / 1e6) / wallSeconds),
    summary,
    output,
  };
}

/** Stages ran back to back from `startedAt`: each gets the highest tree sample inside its window. */
function placeStages(stages: { stage: string; seconds: number }[], startedAt: number, samples: TreeSample[]): StageResult[] {
  let from = startedAt;
  return stages.map(({ stage, seconds }) => {
    const to = from + seconds * 1000;
    const inside = samples.filter((s) => s.at >= from && s.at <= to + 50);
    from = to;
    return { stage, seconds, peakRssBytes: Math.max(0, ...inside.map((s) => s.rss)) };
  });
}

/** CPU seconds the whole machine has spent busy since boot (all cores), from /proc/stat. */
function machineBusySeconds(): number {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    // user nice system idle iowait irq softirq steal: everything but idle and iowait is busy.
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return (user + nice + system + irq + softirq + steal) / 100;
  } catch {
    return NaN;
  }
}
