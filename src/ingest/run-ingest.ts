// The file-system edge of the ingest: read every raw file, write one record per article,
// remove records whose raw file is gone. Raw files are only ever read.
import { readFileSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { defaultWorkers, startIngestPool } from './ingest-pool.ts';
import { IngestCache, codeVersion, hashBytes, toCached, type CachedOutcome } from './ingest-cache.ts';
import { RawStats } from './raw-stats.ts';
import { writeRecords, type SavedRecords } from './write-records.ts';
import { MAX_FILE_BYTES, tooLarge } from '../record/limits.ts';
import { loadUserSources, USER_SOURCES_FILE } from './user-sources.ts';
import { openReceived, receivedNow, RECEIVED_FILE } from './received.ts';
import { uniqueSlugs } from '../record/slug.ts';
import type { ArticleRecord } from '../record/schema.ts';
import type { BodyText } from '../record/body-text.ts';
import type { Problem } from '../extract/types.ts';

export interface IngestOptions {
  /** Folder of raw articles. */
  rawDir: string;
  /** Generated folder of records; owned by the generator. */
  recordsDir: string;
  /** Project root: origins are written relative to it. */
  root: string;
  /** YYYY-MM-DD: dates after it are reported as in the future. */
  today: string;
  /** When a file seen for the first time counts as received (UTC instant); default now. */
  now?: string;
  /**
   * A one-off ingest of a folder that is not the project's own raw folder (`npm run ingest --
   * --raw DIR`): the project's received times (content/received.yml) and its ingest cache describe
   * its own articles, so this run neither reads the one nor writes either.
   */
  oneOff?: boolean;
}

export interface IngestedArchive {
  records: ArticleRecord[];
  /**
   * Each record's markdown body, in the same order as `records` (the site renders them from
   * memory): as the cache holds it, decoded only where it is read (body-text.ts).
   */
  bodies: BodyText[];
  /** Problems by origin, in file order; files without problems are absent. */
  problems: Map<string, Problem[]>;
  /** Raw files that produced no record. */
  skipped: string[];
  /**
   * Settles once the records folder and the cache are up to date. The records are in memory
   * before that, so the site can be rendered while they are written.
   */
  saved: Promise<SavedRecords>;
}

export type IngestResult = Omit<IngestedArchive, 'saved'> & SavedRecords;

/** Extract every article and write the records folder. */
export async function runIngest(options: IngestOptions): Promise<IngestResult> {
  const { saved, ...archive } = await ingestArchive(options);
  return { ...archive, ...(await saved) };
}

const ARTICLE_FILE = /\.(txt|md)$/i;
// Raw files read between two turns of the event loop.
const READ_BATCH = 256;

/** Extract every article; the records are written in the background (see `saved`). */
export async function ingestArchive({ rawDir, recordsDir, root, today, now = receivedNow(), oneOff = false }: IngestOptions): Promise<IngestedArchive> {
  const problems = new Map<string, Problem[]>();
  const skipped: string[] = [];
  const ingested = [];
  const originOf = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const listed = await listRawFiles(rawDir);
  const origins = listed.files.map((file) => ({ file, origin: originOf(file) }));
  const cacheProblems: Problem[] = [];
  const cache = await IngestCache.open(root, (message) => cacheProblems.push({ field: 'cache', message, severity: 'warning' }));
  if (cacheProblems.length) problems.set('.cache', cacheProblems);
  for (const link of listed.links) {
    problems.set(originOf(link), [{ field: 'file', message: 'is a symbolic link; skipped', hint: 'copy the file into content/raw instead: links are not followed, so nothing outside the folder is read', severity: 'warning' }]);
  }
  const articles = origins.filter(({ file }) => ARTICLE_FILE.test(file));
  const stats = oneOff ? null : await RawStats.open(root);
  const outcomes = await ingestChanged(articles, cache, stats);
  let next = 0;
  for (const { file, origin } of origins) {
    if (!ARTICLE_FILE.test(file)) {
      problems.set(origin, [{ field: 'file', message: 'is not a .txt or .md file; skipped', severity: 'warning' }]);
      continue;
    }
    const outcome = outcomes[next++];
    const found = [...outcome.problems, ...futureDate(outcome, today)];
    if (found.length) problems.set(origin, found);
    if (outcome.article) ingested.push(outcome.article);
    else skipped.push(origin);
  }

  // Slugs the user fixed are claimed first, so a derived slug never takes one of them. Records
  // are copied rather than given their slug in place: the cache holds the outcomes as extracted.
  const order = [...ingested.filter((a) => a.slugGiven), ...ingested.filter((a) => !a.slugGiven)];
  const slugs = new Map(uniqueSlugs(order.map((a) => a.record)).map((slug, i) => [order[i], slug]));
  const sources = await loadUserSources(root);
  if (sources.problems.length) problems.set(USER_SOURCES_FILE.split(path.sep).join('/'), sources.problems);
  const received = await openReceived(oneOff ? null : path.join(root, RECEIVED_FILE), articles.map((a) => a.origin), now);
  if (received.problems.length) problems.set(RECEIVED_FILE.split(path.sep).join('/'), received.problems);
  const finished = ingested.map((a) => ({
    record: { ...a.record, slug: slugs.get(a)!, source: sources.rename(a.record.source), received: received.stamp(a.record.origin) },
    body: a.body,
  }));
  for (const a of ingested) {
    if (slugs.get(a) === a.record.slug) continue;
    const list = problems.get(a.record.origin) ?? [];
    list.push({ field: 'slug', message: `"${a.record.slug}" is already another article's; this one is at "${slugs.get(a)}"`, hint: 'give each article its own slug', severity: 'warning' });
    problems.set(a.record.origin, list);
  }
  // The cache is serialised after the records are written, not now: serialising it takes a
  // second or more at 10,000 articles, and the site is waiting for these records.
  const saved = writeRecords(recordsDir, finished, oneOff ? undefined : { root, key: codeVersion() }).then(async (counts) => {
    if (!oneOff) {
      await received.save();
      await cache.save();
      await stats?.save();
    }
    return counts;
  });
  // Whoever holds the archive awaits `saved` in time; until then a failure must not count as unhandled.
  saved.catch(() => {});
  return { records: finished.map((a) => a.record), bodies: finished.map((a) => a.body), problems, skipped, saved };
}

/** Outcomes in file order: unchanged files from the cache, the rest extracted on all cores. */
async function ingestChanged(articles: { file: string; origin: string }[], cache: IngestCache, stats: RawStats | null): Promise<CachedOutcome[]> {
  // With nothing cached every file will be extracted, so the workers start loading now, while
  // the files are read and hashed, rather than after.
  const pool = cache.isEmpty ? startIngestPool(defaultWorkers(articles.length)) : null;
  try {
    const hashes: string[] = [];
    const outcomes: (CachedOutcome | null)[] = [];
    // Files to extract take the bytes just hashed along, so no file is read twice.
    const missing: { file: string; origin: string; bytes: Uint8Array; index: number }[] = [];
    for (const [index, { file, origin }] of articles.entries()) {
      // Read synchronously: an article is a few kilobytes, and a promise-based read costs four
      // thread-pool round trips, which made reading 10,000 files take seconds of the main thread.
      // The event loop is let in now and then, so the workers can report that they have started.
      if (index % READ_BATCH === READ_BATCH - 1) await new Promise<void>((resolve) => setImmediate(resolve));
      // An oversized file is refused before it is read: it could be larger than memory.
      const info = statSync(file, { bigint: true });
      const size = Number(info.size);
      if (size > MAX_FILE_BYTES) {
        hashes.push(`size ${size}`);
        // From the cache when it holds it, so an unchanged run leaves the cache file alone.
        outcomes.push(cache.get(origin, hashes[index]!) ?? toCached(tooLarge(size)));
        continue;
      }
      // A file found as it was last read keeps its hash, and is not read when its outcome is cached.
      const known = stats?.hashOf(origin, info);
      const kept = known ? cache.get(origin, known) : null;
      if (known && kept) {
        hashes.push(known);
        outcomes.push(kept);
        stats!.note(origin, info, known);
        continue;
      }
      const bytes = readFileSync(file);
      hashes.push(hashBytes(bytes));
      stats?.note(origin, info, hashes[index]!);
      outcomes.push(cache.get(origin, hashes[index]!));
      if (!outcomes[index]) missing.push({ file, origin, bytes, index });
    }
    const fresh = await (pool ?? startIngestPool(defaultWorkers(missing.length))).run(missing);
    missing.forEach(({ index }, k) => (outcomes[index] = toCached(fresh[k]!)));
    articles.forEach(({ origin }, i) => cache.set(origin, hashes[i], outcomes[i]!));
    return outcomes as CachedOutcome[];
  } finally {
    await pool?.stop();
  }
}

/** A date after today is kept (a scheduled event, or a typo) and reported; the user decides. */
function futureDate({ article }: CachedOutcome, today: string): Problem[] {
  const date = article?.record.date;
  if (!date || !(date > today)) return []; // both YYYY-MM-DD, so text order is date order
  return [{ field: 'date', message: `${date} is in the future (today is ${today}); from ${article.record.dateBasis}`, hint: 'check the date, or add date: YYYY-MM-DD front matter', severity: 'warning' }];
}

async function listRawFiles(dir: string): Promise<{ files: string[]; links: string[] }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`there is no folder of raw articles at ${dir} (create it and put .txt or .md files in it)`);
    throw error;
  });
  const visible = entries.filter((e) => !e.name.startsWith('.'));
  const full = (e: (typeof entries)[number]) => path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name);
  const sorted = (list: string[]) => list.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    files: sorted(visible.filter((e) => e.isFile()).map(full)),
    links: sorted(visible.filter((e) => e.isSymbolicLink()).map(full)),
  };
}
