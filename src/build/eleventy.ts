// The Eleventy stage: render the archive into a static site with the repository's own
// templates and config, wherever the process happens to be running from. Pages whose item and
// templates are unchanged since the published site are linked from it, not rendered
// (render-plan.ts).
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { REPO_ROOT, SITE_DIR } from '../site/site-paths.ts';
import { siteConfig } from '../../.eleventy.ts';
import { loadSiteSettings, pathPrefix, type SiteSettings } from '../site/site-settings.ts';
import { buildArchive } from '../site/archive.ts';
import type { RecordSource } from '../site/records.ts';
import { planRender, readManifest, renderVersion, writeManifest, type PageRecord } from './render-plan.ts';
import { syncFolder, type FolderScan } from './link-files.ts';

/** Where the stage renders, and from where it keeps pages: known before the records are. */
export interface EleventyFolders {
  outDir: string;
  /** The published site, whose unchanged pages are linked instead of rendered. */
  previousSite?: string;
  /** Top-level folders of `outDir` that other stages write, which this one leaves alone. */
  others?: string[];
}

export interface EleventyOptions extends EleventyFolders {
  root: string;
  recordsDir: string;
  /**
   * The records the ingest has just written, with their bodies: given, the folder is not read
   * and parsed again. They must be the folder's contents (the build passes the ingest's own).
   */
  records?: readonly RecordSource[];
  /** The site's settings; without them, the project's content/site.yml is read. */
  settings?: SiteSettings;
  /** The digest of the code and settings that shape every page (renderVersion), when the caller has it. */
  version?: string;
  /** The output folder as scanned ahead of the records (eleventy-worker.ts), untouched since. */
  scanned?: FolderScan;
}

interface TemplateResult { outputPath?: string | false }

export interface EleventyResult {
  /** HTML pages in the site, rendered or linked. */
  pages: number;
  /** Of them, the pages rendered by this build. */
  rendered: number;
}

/**
 * Renders the site into `outDir`, which may hold an earlier site (the build's staging folder is
 * the site replaced two builds ago, publish-site.ts). Eleventy never deletes: every file there
 * that this render does not keep is removed first, so no page of a deleted article lingers, and
 * every file Eleventy writes is a new one, never one the published site shares.
 */
export async function runEleventy({ root, recordsDir, outDir, records, previousSite, others = [], settings: given, version: givenVersion, scanned }: EleventyOptions): Promise<EleventyResult> {
  const output = path.resolve(outDir);
  const settings = given ?? (await loadSiteSettings(root)).settings;
  const archive = await buildArchive(records ?? path.resolve(recordsDir), settings.pageSizes);
  const manifestFile = path.join(path.resolve(root), '.cache', 'render-pages.json');
  const previous = previousSite ? await readManifest(manifestFile, previousSite) : null;
  const version = givenVersion ?? (await renderVersion(REPO_ROOT, settings));
  let plan = planRender(archive, version, previous);
  // Unchanged pages are linked from the published site first (there are none to link without
  // one). One that is not there after all (deleted by hand) is planned again, to be rendered.
  const from = path.resolve(previousSite ?? output);
  const scan = scanned?.from === from && scanned.to === output && scanned.others.join('/') === others.join('/') ? scanned : undefined;
  const sync = syncFolder(from, output, plan.reuse, others, scan);
  const { missing } = sync;
  if (missing.length) {
    const gone = new Set(missing);
    plan = planRender(archive, version, previous, (file) => !gone.has(file));
  }

  const eleventy = new Eleventy(SITE_DIR, output, {
    // No config file: the settings in it are applied here, with this build's archive.
    configPath: false,
    quietMode: true,
    // Published in a folder (https://example.org/news/): Eleventy's bundled HTML base plugin puts
    // the folder in front of every root-relative link in the pages, so templates and scripts keep
    // writing /articles/... and the site works at a domain's root or in any folder.
    pathPrefix: pathPrefix(settings),
    config: (eleventyConfig) => siteConfig(eleventyConfig, { archive, toRender: plan.render, settings }),
  });
  // Eleventy always prints "Wrote N files", quiet mode or not; the build's summary counts the
  // pages (rendered and kept) itself. Its warnings and errors still reach the console.
  eleventy.logger.overrideLogger({ log: () => {}, warn: (message: string) => console.warn(message), error: (message: string) => console.error(message) });
  const [, templates] = (await eleventy.write()) as [unknown, TemplateResult[]];
  sync.prune();
  const written = templates.flatMap((t) => (typeof t.outputPath === 'string' ? [path.relative(output, path.resolve(t.outputPath)).split(path.sep).join('/')] : []));

  const pages: Record<string, PageRecord> = {};
  // A page from a template that is not paginated is made from the whole archive.
  for (const file of written) pages[file] = { digest: plan.digests.get(file) ?? plan.wholeArchive };
  for (const file of plan.reuse) pages[file] = { digest: previous!.pages[file]!.digest };
  await writeManifest(manifestFile, output, pages);
  // The summary counts HTML pages; feeds are planned like them but are not pages.
  const isPage = (file: string) => file.endsWith('.html');
  const rendered = written.filter(isPage).length;
  return { pages: rendered + plan.reuse.filter(isPage).length, rendered };
}
