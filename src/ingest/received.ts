// When the archive first received each raw file: content/received.yml, one line per file,
//
//   content/raw/003_5563cc646f6c1601.txt: 2026-12-01T04:10:29Z
//
// The text rarely says when an article reached the archive, and nothing else can be trusted to:
// file times change with every copy or clone. So the build writes down the moment it first sees a
// file and keeps it; the file belongs with content/raw in version control. Feeds order by it, so
// an old article added today is still seen, and it is never shown as a publication date.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Problem } from '../extract/types.ts';
import { isRealInstant } from '../vocabulary/calendar.ts';

export const RECEIVED_FILE = path.join('content', 'received.yml');

const HEADER = [
  '# When this archive first received each raw file (UTC), written by the build.',
  '# Keep it with content/raw: feeds list articles by it. You may edit a time; the build keeps it.',
];

export interface ReceivedLedger {
  /** When `origin` was received, as a UTC instant: as recorded, else now (and recorded on `save`). */
  stamp(origin: string): string;
  /** Writes the file if files came or went; never when it could not be read as written. */
  save(): Promise<void>;
  problems: Problem[];
}

/** The moment a build runs, to the second; SOURCE_DATE_EPOCH (seconds) stands in for it. */
export function receivedNow(env: NodeJS.ProcessEnv = process.env): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms = epoch && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : Date.now();
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The ledger in `file` (the project's RECEIVED_FILE; null for none: every file is received now and
 * nothing is written). `origins` are every article file of this build, in any order; `now` from
 * receivedNow().
 */
export async function openReceived(file: string | null, origins: readonly string[], now: string): Promise<ReceivedLedger> {
  const text = file === null ? null : await readFile(file, 'utf8').catch(() => null);
  const problems: Problem[] = [];
  const known = new Map<string, string>();
  let untouchable = false;
  if (text !== null) {
    try {
      const parsed = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) ?? {};
      if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('is not a list of "file: time" lines');
      for (const [origin, value] of Object.entries(parsed as Record<string, unknown>)) {
        if (typeof value === 'string' && isRealInstant(asInstant(value))) known.set(origin, value);
        else {
          untouchable = true;
          problems.push({ field: origin, message: `${JSON.stringify(value)} is not a time; this file is now received`, hint: 'write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ; the file is not rewritten until then', severity: 'warning' });
        }
      }
    } catch (error) {
      untouchable = true;
      problems.push({ field: 'received', message: `cannot be read: ${(error as Error).message.split('\n')[0]}; every file counts as received now`, hint: 'fix or delete the file; it is not rewritten until then', severity: 'warning' });
    }
  }
  const current = new Set(origins);
  // Files that are gone drop out; a file put back later is received again.
  let changed = [...known.keys()].some((origin) => !current.has(origin));
  const stamps = new Map<string, string>();
  for (const origin of origins) {
    const stamp = known.get(origin);
    if (stamp === undefined) changed = true;
    stamps.set(origin, stamp ?? now);
  }
  return {
    problems,
    stamp: (origin) => asInstant(stamps.get(origin) ?? now),
    async save() {
      if (file === null || untouchable || !changed) return;
      const lines = [...stamps].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([origin, stamp]) => `${yamlKey(origin)}: ${stamp}`);
      await writeFile(file, [...HEADER, ...lines, ''].join('\n'));
    },
  };
}

/** Paths YAML reads back unchanged without quotes. */
const PLAIN = /^[\p{L}\p{N}_][\p{L}\p{N}_./ ()-]*$/u;

/**
 * A path as a YAML key: plain where that reads back unchanged, else as a JSON string, which is
 * also a YAML double-quoted one, whatever the name holds (a colon, a quote, a line break).
 */
function yamlKey(origin: string): string {
  return PLAIN.test(origin) && !origin.endsWith(' ') ? origin : JSON.stringify(origin);
}

/** A day alone reads as its midnight. */
function asInstant(stamp: string): string {
  return stamp.length === 10 ? `${stamp}T00:00:00Z` : stamp;
}
