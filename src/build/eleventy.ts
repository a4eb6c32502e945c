// The Eleventy stage: render the records folder into a static site with the repository's own
// templates and config, wherever the process happens to be running from.
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import newsArchivePlugin, { REPO_ROOT, SITE_DIR } from '../site/plugin.ts';
import type { RecordSource } from '../site/records.ts';
import { indexablePage } from './pagefind.ts';
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

/**
 * Renders the site into `outDir`. Eleventy never deletes, so the folder should start empty: the
 * build renders into a fresh staging folder (publish-site.ts), where no page of a deleted
 * article can linger.
 */
export async function runEleventy({ recordsDir, outDir, records, html: bodies }: EleventyOptions): Promise<EleventyResult> {
  const output = path.resolve(outDir);
  const eleventy = new Eleventy(SITE_DIR, output, {
    configPath: CONFIG_PATH,
    quietMode: true,
    // Runs before the config file; the plugin is unique, so this records folder is the one used.
    config(eleventyConfig) {
      eleventyConfig.addPlugin(newsArchivePlugin, { recordsDir: path.resolve(recordsDir), records, html: bodies });
    },
  });
  const [, templates] = (await eleventy.write()) as [unknown, TemplateResult[]];
  const html = templates.filter((t): t is TemplateResult & { outputPath: string } => typeof t.outputPath === 'string' && t.outputPath.endsWith('.html'));
  const indexable: IndexablePage[] = [];
  for (const t of html) {
    const page = indexablePage(output, path.resolve(t.outputPath), t.content ?? '');
    if (page) indexable.push(page);
  }
  return { pages: html.length, indexable };
}
