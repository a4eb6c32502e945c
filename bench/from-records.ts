// The site made again from the records a full build left, as Hugo + Pagefind make theirs: the
// anchor starts from the project's records and extracts nothing, so on equal terms the build keeps
// what the ingest keeps (its cache and the records) and makes the site and its index from scratch.
import { mkdir, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { CACHE_FILE } from '../src/ingest/ingest-cache.ts';
import { MANIFEST_FILE } from '../src/ingest/write-records.ts';
import { RAW_STATS_FILE } from '../src/ingest/raw-stats.ts';

/** Files in the project's .cache that belong to the ingest; the rest belongs to the site. */
const INGEST_FILES = new Set([CACHE_FILE, MANIFEST_FILE, RAW_STATS_FILE].map((file) => path.basename(file)));

/**
 * Moves the site and every file the build keeps for it (render digests, spare site, word lists)
 * into `aside`. Moved rather than removed: on the project machine's disk, files made within
 * minutes of many being removed are slow to make (bench/README.md), and the build that follows
 * makes 30,000 of them.
 */
export async function setSiteAside(root: string, aside: string): Promise<void> {
  await mkdir(aside, { recursive: true });
  await rename(path.join(root, '_site'), path.join(aside, '_site'));
  const cache = path.join(root, '.cache');
  for (const name of await readdir(cache)) {
    if (!INGEST_FILES.has(name)) await rename(path.join(cache, name), path.join(aside, name));
  }
}
