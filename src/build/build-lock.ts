// One build at a time in a project folder. Two builds writing one site would each publish half
// of the other's work; `npm start` rebuilding while someone runs `npm run build` is enough. The
// lock is a file naming the process that holds it: a build that was killed leaves the file, but
// its process is gone, so the next build sees the lock is stale and takes it over. (A lock kept
// fresh by a timer, like proper-lockfile's, would be judged stale whenever a long render
// starves the timer; a process id is exact on the one machine that shares a project folder.)
import { mkdir, open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const LOCK_FILE = path.join('.cache', 'build.lock');
const POLL_MS = 200;
/** A lock file with no readable owner (its writer was killed mid-write) is stale after this. */
const UNREADABLE_STALE_MS = 5_000;

export interface BuildLock { release(): Promise<void> }

/**
 * Takes the project's build lock, waiting while another live process holds it; `onWait` is told
 * once, with the holder's process id, so the user knows why nothing happens.
 */
export async function acquireBuildLock(root: string, onWait: (pid: number | null) => void = () => {}): Promise<BuildLock> {
  const file = path.join(root, LOCK_FILE);
  await mkdir(path.dirname(file), { recursive: true });
  let told = false;
  for (;;) {
    const taken = await tryCreate(file);
    if (taken) return taken;
    const holder = await lockHolder(file);
    if (typeof holder === 'object' && holder !== null) {
      // Removed only if it still holds what was judged stale, so a lock another waiter has just
      // taken over is left alone.
      if ((await readFile(file, 'utf8').catch(() => null)) === holder.stale) await rm(file, { force: true });
      continue;
    }
    if (!told) {
      onWait(holder);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function tryCreate(file: string): Promise<BuildLock | null> {
  // 'wx' fails if the file exists: creating it is the atomic test-and-set.
  const handle = await open(file, 'wx').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') return null;
    throw error;
  });
  if (!handle) return null;
  const owner = { pid: process.pid, since: new Date().toISOString() };
  await handle.writeFile(JSON.stringify(owner));
  await handle.close();
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Only our own lock is removed, never one a later build took over.
      const text = await readFile(file, 'utf8').catch(() => '');
      if (text === JSON.stringify(owner)) await rm(file, { force: true });
    },
  };
}

/** The live process holding the lock (null when it is being written), or the text of a stale lock. */
async function lockHolder(file: string): Promise<number | null | { stale: string }> {
  const [text, info] = await Promise.all([readFile(file, 'utf8').catch(() => null), stat(file).catch(() => null)]);
  if (text === null || info === null) return null; // released meanwhile: try again
  let pid: unknown;
  try {
    pid = (JSON.parse(text) as { pid?: unknown }).pid;
  } catch {
    pid = undefined;
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) {
    return Date.now() - info.mtimeMs > UNREADABLE_STALE_MS ? { stale: text } : null;
  }
  return isAlive(pid) ? pid : { stale: text };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0 only asks whether the process exists
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
