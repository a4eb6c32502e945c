// The published site's pages linked into the staging folder before the archive is known, while
// the ingest still runs: the render stage's thread has nothing else to do then, and linking
// 17,000 unchanged pages (a folder made for most of them) is over a second of its work once the
// archive is there. Every page of the published site's manifest is linked, on the guess that the
// render version is the same; when the plan is made, the render stage unlinks each one that is
// not reused as it is (unlinkUnused), so no file it writes is one the published site shares.
import path from 'node:path';
import { readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import { linkFiles } from './link-files.ts';
import { readManifest, renderVersion, type RenderManifest } from './render-plan.ts';
import { loadSiteSettings } from '../site/site-settings.ts';
import { REPO_ROOT } from '../site/plugin.ts';

export interface PrelinkOptions {
  /** The project (its settings, its .cache). */
  root: string;
  /** The staging folder the site is rendered into; empty. */
  outDir: string;
  /** The published site. */
  previousSite: string;
}

export interface Prelinked {
  /** The published site's manifest. */
  manifest: RenderManifest;
  /** The pages linked, by their path in the site. */
  linked: string[];
  /** Pages the manifest names that the published site no longer has (removed by hand). */
  missing: Set<string>;
}

/** Where the render stage keeps the published site's manifest. */
export const manifestFile = (root: string) => path.join(path.resolve(root), '.cache', 'render-pages.json');

/**
 * Links every page of the published site's manifest, or none (null) when there is no manifest of
 * that site or its pages were made with another render version: all of them would be rendered.
 */
export async function prelinkPages({ root, outDir, previousSite }: PrelinkOptions): Promise<Prelinked | null> {
  const manifest = await readManifest(manifestFile(root), previousSite);
  if (!manifest?.version) return null;
  const { settings } = await loadSiteSettings(root);
  if (manifest.version !== (await renderVersion(REPO_ROOT, settings))) return null;
  const linked = Object.keys(manifest.pages);
  const missing = new Set(linkFiles(previousSite, path.resolve(outDir), linked));
  return { manifest, linked: linked.filter((file) => !missing.has(file)), missing };
}

/**
 * Unlinks every linked page that is not among `reused`: it is rendered again, or is gone. The
 * folders this empties go too, as a build from scratch would not have made them.
 */
export function unlinkUnused(outDir: string, { linked }: Prelinked, reused: readonly string[]): void {
  const root = path.resolve(outDir);
  const keep = new Set(reused);
  for (const file of linked) {
    if (keep.has(file)) continue;
    unlinkSync(path.join(root, file));
    for (let dir = path.dirname(path.join(root, file)); dir !== root && isEmpty(dir); dir = path.dirname(dir)) rmdirSync(dir);
  }
}

function isEmpty(dir: string): boolean {
  return readdirSync(dir).length === 0;
}
