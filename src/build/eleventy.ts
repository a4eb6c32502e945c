// The Eleventy stage: render the records folder into a static site with the repository's own
// templates and config, wherever the process happens to be running from.
import { access, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import newsArchivePlugin, { REPO_ROOT, SITE_DIR } from '../site/plugin.ts';
import type { RecordSource } from '../site/records.ts';
import { BUNDLE_DIR, indexablePage } from './pagefind.ts';
import type { IndexablePage } from './pagefind-shards.ts';

export interface EleventyOptions {
  root: string;
  recordsDir: string;
  outDir: string;
  /**
   * The records the ingest has just written, with their bodies: given, the folder is not read
   * and parsed again. They must be the folder's contents (the build passes the ingest's own).
   */
  records?: readonly RecordSource[];
  /**
   * The records' bodies as HTML, in the order of `records`, when another thread is rendering
   * them meanwhile; without it, the bodies are rendered here.
   */
  html?: Promise<readonly string[]>;
}

const CONFIG_PATH = path.join(REPO_ROOT, '.eleventy.ts');

interface TemplateResult { outputPath?: string | false; content?: string }

export interface EleventyResult {
  pages: number;
  /** The pages written that the search index takes, so the next stage need not read the site again. */
  indexable: IndexablePage[];
}
interface PassthroughResult { map?: Record<string, string> }

export async function runEleventy({ recordsDir, outDir, records, html: bodies }: EleventyOptions): Promise<EleventyResult> {
  const output = path.resolve(outDir);
  // A folder that did not exist holds nothing stale: the walk through it afterwards is skipped.
  const existed = await access(output).then(() => true, () => false);
  const eleventy = new Eleventy(SITE_DIR, output, {
    configPath: CONFIG_PATH,
    quietMode: true,
    // Runs before the config file; the plugin is unique, so this records folder is the one used.
    config(eleventyConfig) {
      eleventyConfig.addPlugin(newsArchivePlugin, { recordsDir: path.resolve(recordsDir), records, html: bodies });
    },
  });
  const [passthrough, templates] = (await eleventy.write()) as [PassthroughResult[], TemplateResult[]];
  const written = new Set<string>();
  for (const t of templates) if (typeof t.outputPath === 'string') written.add(path.resolve(t.outputPath));
  for (const p of passthrough) for (const dest of Object.values(p.map ?? {})) written.add(path.resolve(dest));
  if (existed) await removeUnwritten(output, written);
  const html = templates.filter((t): t is TemplateResult & { outputPath: string } => typeof t.outputPath === 'string' && t.outputPath.endsWith('.html'));
  const indexable: IndexablePage[] = [];
  for (const t of html) {
    const page = indexablePage(output, path.resolve(t.outputPath), t.content ?? '');
    if (page) indexable.push(page);
  }
  return { pages: html.length, indexable };
}

/**
 * Eleventy never deletes: pages of articles that are gone would otherwise stay online. Removing
 * only what this build did not write (rather than emptying the folder first) spares a rebuild
 * from recreating thousands of folders. The search bundle is the next stage's, which replaces it.
 * A passthrough destination may be a folder; everything under it counts as written.
 */
async function removeUnwritten(output: string, written: Set<string>): Promise<void> {
  const bundle = path.join(output, BUNDLE_DIR);
  const entries = await readdir(output, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const kept = (file: string): boolean => {
    if (file === bundle || file.startsWith(bundle + path.sep)) return true;
    for (let at = file; at.length > output.length; at = path.dirname(at)) if (written.has(at)) return true;
    return false;
  };
  const folders: string[] = [];
  for (const e of entries) {
    const full = path.join(e.parentPath, e.name);
    if (e.isDirectory()) folders.push(full);
    else if (!kept(full)) await rm(full, { force: true });
  }
  // Deepest first, so a folder emptied by the removal of its subfolders goes too.
  folders.sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if (kept(folder)) continue;
    await rmdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    });
  }
}
