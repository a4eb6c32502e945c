// Runs bench/warm-rebuilds.ts in a child process and reads its one line of results.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

export interface WarmRebuild { seconds: number; stages: { stage: string; seconds: number }[] }

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'warm-rebuilds.ts');

/** Two one-article rebuilds in one process; none when it failed (its output is printed). */
export async function warmRebuilds(root: string, seed: number, count = 2): Promise<WarmRebuild[]> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT, '--root', root, '--seed', String(seed), '--count', String(count)], { maxBuffer: 64 << 20 });
    return (JSON.parse(stdout.trim().split('\n').at(-1)!) as { rebuilds: WarmRebuild[] }).rebuilds;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return [];
  }
}
