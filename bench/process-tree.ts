// Memory of a process and all its descendants, sampled from /proc. The build spawns children
// (Pagefind is a native binary started by its npm package), and getrusage only reports the
// largest single process, so the tree's combined resident set has to be sampled from outside.
import { readdirSync, readFileSync } from 'node:fs';

export interface TreeSample {
  /** Date.now() of the sample. */
  at: number;
  /** Sum of VmRSS over the tree, bytes (shared pages counted once per process: an upper bound). */
  rss: number;
  processes: number;
}

function parentOf(pid: string): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields restart after the last ")".
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1];
  } catch {
    return null;
  }
}

function kib(status: string, field: string): number {
  const match = status.match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
  return match ? Number(match[1]) : 0;
}

/** The root and every live descendant. */
export function treePids(root: number): string[] {
  const children = new Map<string, string[]>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    const parent = parentOf(pid);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), pid]);
  }
  const found: string[] = [];
  const queue = [String(root)];
  while (queue.length) {
    const pid = queue.pop()!;
    found.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Samples the tree every `intervalMs` until stopped; also keeps each process's own peak (VmHWM). */
export function sampleTree(root: number, intervalMs = 100) {
  const samples: TreeSample[] = [];
  const hwm = new Map<string, { name: string; bytes: number }>();
  const take = () => {
    let rss = 0;
    const pids = treePids(root);
    for (const pid of pids) {
      try {
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        rss += kib(status, 'VmRSS') * 1024;
        const name = status.match(/^Name:\s+(.*)$/m)?.[1] ?? '?';
        const peak = kib(status, 'VmHWM') * 1024;
        if (peak > (hwm.get(pid)?.bytes ?? 0)) hwm.set(pid, { name, bytes: peak });
      } catch {
        // The process ended between listing and reading: nothing to add.
      }
    }
    samples.push({ at: Date.now(), rss, processes: pids.length });
  };
  take();
  const timer = setInterval(take, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { samples, processPeaks: [...hwm.values()] };
    },
  };
}
