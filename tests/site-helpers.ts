// Builds a small archive site from tests/fixtures/site (plus generated filler articles, so that
// long lists have a second page) into a temp folder, and reads what a reader would get.
import { mkdtemp, mkdir, copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/ingest/run-ingest.ts';
import { runEleventy } from '../src/build/eleventy.ts';
import { writeExports } from '../src/build/write-exports.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { loadRecords, type RecordSource } from '../src/site/records.ts';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'site');
export const SITE_URL = 'https://news.example.org';
/** Filler articles: enough for one country and one year to need a second page of 50. */
export const FILLERS = 55;

export interface BuiltSite { root: string; outDir: string; pages: number; seconds: number; records: RecordSource[] }

/** When the fixtures reached the archive (content/received.yml): all at once, but for these. */
export const RECEIVED_FIRST = '2026-01-01T09:00:00Z';
export const RECEIVED_LATER = [['trade-fair.txt', '2026-01-15'], ['undated-bridge.txt', '2026-02-01T10:30:00Z']] as const;

export async function buildFixtureSite({ beforeBuild }: { beforeBuild?: (site: { outDir: string }) => Promise<void> } = {}): Promise<BuiltSite> {
  const root = await mkdtemp(path.join(tmpdir(), 'site-test-'));
  const rawDir = path.join(root, 'content', 'raw');
  const recordsDir = path.join(root, 'content', 'articles');
  const outDir = path.join(root, '_site');
  await mkdir(rawDir, { recursive: true });
  for (const name of await readdir(FIXTURES)) await copyFile(path.join(FIXTURES, name), path.join(rawDir, name));
  for (let i = 1; i <= FILLERS; i++) await writeFile(path.join(rawDir, `filler-${String(i).padStart(2, '0')}.txt`), filler(i));
  process.env.SITE_URL = SITE_URL;
  // Two articles reached the archive after the rest: the undated one last of all.
  await writeFile(path.join(root, 'content', 'received.yml'), RECEIVED_LATER.map(([file, at]) => `content/raw/${file}: ${at}\n`).join(''));
  await runIngest({ rawDir, recordsDir, root, today: '2026-01-01', now: RECEIVED_FIRST });
  await beforeBuild?.({ outDir });
  const start = performance.now();
  const { pages } = await runEleventy({ root, recordsDir, outDir });
  const records = await loadRecords(recordsDir);
  // The bulk exports are a stage of their own, beside the render (src/build/run-build.ts).
  await writeExports({ outDir, records, siteUrl: (await loadSiteSettings(root)).settings.url });
  return { root, outDir, pages, seconds: (performance.now() - start) / 1000, records };
}

function filler(i: number): string {
  const day = `2022-${String(1 + Math.floor((i - 1) / 28)).padStart(2, '0')}-${String(1 + ((i - 1) % 28)).padStart(2, '0')}`;
  return `---
title: Uzbek market report number ${i}
date: ${day}
source: Filler Wire
countries: [UZ]
topics: [trade]
language: en
---
Uzbek market report number ${i}

Prices at the market in Tashkent were steady on day ${i}, traders said, with fruit and grain selling well.
`;
}

/** The file a root-relative URL is served from: /x/ -> x/index.html. */
export function fileFor(outDir: string, url: string): string {
  const clean = decodeURIComponent(url.split('#')[0].split('?')[0]);
  return path.join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readPage(outDir: string, url: string): Promise<string> {
  return readFile(fileFor(outDir, url), 'utf8');
}

export async function listFiles(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => path.join(e.parentPath, e.name)).sort();
}

/** Every href and src value in an HTML page, entities decoded. */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&#39;/g, "'"));
}

export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}
