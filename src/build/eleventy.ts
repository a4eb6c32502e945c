// The Eleventy stage: render the records folder into a static site with the repository's own
// templates and config, wherever the process happens to be running from.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import newsArchivePlugin, { REPO_ROOT, SITE_DIR } from '../site/plugin.ts';

export interface EleventyOptions { root: string; recordsDir: string; outDir: string }

const CONFIG_PATH = path.join(REPO_ROOT, '.eleventy.ts');

export async function runEleventy({ recordsDir, outDir }: EleventyOptions): Promise<{ pages: number }> {
  const output = path.resolve(outDir);
  // Eleventy never deletes: pages of articles that are gone would otherwise stay online.
  await rm(output, { recursive: true, force: true });
  const eleventy = new Eleventy(SITE_DIR, output, {
    configPath: CONFIG_PATH,
    quietMode: true,
    // Runs before the config file; the plugin is unique, so this records folder is the one used.
    config(eleventyConfig) {
      eleventyConfig.addPlugin(newsArchivePlugin, { recordsDir: path.resolve(recordsDir) });
    },
  });
  const [, templates] = (await eleventy.write()) as [unknown, { outputPath?: string | false }[]];
  return { pages: templates.filter((t) => typeof t.outputPath === 'string' && t.outputPath.endsWith('.html')).length };
}
