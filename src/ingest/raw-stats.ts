// Each raw file's hash, kept with what the file system says of the file when it was read (its
// device, inode, size, and modification and change times), so a build that finds a file as it
// was need not read and hash it again: at 10,000 articles, reading and hashing every raw file took
// 0.4-0.9 s of each build, and statting them 0.1 s (bench/README.md).
//
// As git and rsync do, with git's care for a file written in the same tick of the file system's
// clock as it was read, which could leave the same stat on other bytes: a file is known by its
// stat only if it had not changed for a few seconds when it was read. A program can set a file's
// modification time but not its change time, so a file edited and given its old time back is
// still read again. Like the ingest cache, this is only a hint: a missing or damaged file means
// every raw file is read.
import type { BigIntStats } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { statStamp } from './ingest-cache.ts';

export const RAW_STATS_FILE = path.join('.cache', 'raw-stats.json');
/** Longer than the coarsest file-system clock in use (FAT's two seconds). */
const SETTLED_NS = 3_000_000_000n;

type Known = Map<string, { stat: string; hash: string }>;

export class RawStats {
  private readonly next: Known = new Map();

  /** `readFrom`: when this run started reading raw files, in nanoseconds since the epoch. */
  private constructor(private readonly file: string, private readonly known: Known, private readonly readFrom: bigint) {}

  static async open(root: string, now = Date.now()): Promise<RawStats> {
    const file = path.join(root, RAW_STATS_FILE);
    const known: Known = new Map();
    try {
      const files = (JSON.parse(await readFile(file, 'utf8')) as { files?: unknown }).files;
      if (files && typeof files === 'object') {
        for (const [origin, entry] of Object.entries(files)) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string') known.set(origin, { stat: entry[0], hash: entry[1] });
        }
      }
    } catch {
      // Missing or damaged: every file is read, and the file is written afresh.
    }
    return new RawStats(file, known, BigInt(now) * 1_000_000n);
  }

  /** The file's hash as last read, if the file is still as it was then; else null. */
  hashOf(origin: string, info: BigIntStats): string | null {
    const entry = this.known.get(origin);
    return entry && entry.stat === statStamp(info) ? entry.hash : null;
  }

  /** Notes the file's hash for the next run, if the file had settled when this run read it. */
  note(origin: string, info: BigIntStats, hash: string): void {
    const since = this.readFrom - SETTLED_NS;
    if (info.mtimeNs < since && info.ctimeNs < since) this.next.set(origin, { stat: statStamp(info), hash });
  }

  /** Writes what this run noted, unless it is what the file already holds. */
  async save(): Promise<void> {
    const same = this.next.size === this.known.size && [...this.next].every(([origin, { stat, hash }]) => {
      const was = this.known.get(origin);
      return was?.stat === stat && was.hash === hash;
    });
    if (same) return;
    const files = Object.fromEntries([...this.next].map(([origin, { stat, hash }]) => [origin, [stat, hash]]));
    await mkdir(path.dirname(this.file), { recursive: true });
    // Whole or not at all: a build killed mid-write leaves the last file in place.
    const partial = `${this.file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify({ files }));
    await rename(partial, this.file);
  }
}
