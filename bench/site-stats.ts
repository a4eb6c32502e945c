// What a build leaves on disk: the size of the site, how many pages it wrote and how big the
// Pagefind index is (read from the folder, so it does not depend on what the stages report).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderStats { bytes: number; files: number; htmlFiles: number }

export async function folderStats(dir: string): Promise<FolderStats> {
  const totals: FolderStats = { bytes: 0, files: 0, htmlFiles: 0 };
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parent = entry.parentPath ?? (entry as unknown as { path: string }).path;
    totals.bytes += (await stat(path.join(parent, entry.name))).size;
    totals.files++;
    if (entry.name.endsWith('.html')) totals.htmlFiles++;
  }
  return totals;
}

export interface SiteStats {
  raw: FolderStats;
  records: FolderStats;
  site: FolderStats;
  /** Pagefind's folder inside the site (index chunks, fragments, its UI and WebAssembly). */
  pagefind: FolderStats;
}

export async function siteStats(root: string): Promise<SiteStats> {
  const [raw, records, site, pagefind] = await Promise.all([
    folderStats(path.join(root, 'content', 'raw')),
    folderStats(path.join(root, 'content', 'articles')),
    folderStats(path.join(root, '_site')),
    folderStats(path.join(root, '_site', 'pagefind')),
  ]);
  return { raw, records, site, pagefind };
}
