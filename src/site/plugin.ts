// Everything the templates need, as one Eleventy plugin: the archive data, the site settings,
// the filters and the stylesheet copy. `.eleventy.ts` adds it, with the build's archive when the
// build runs Eleventy (src/build/eleventy.ts).
import path from 'node:path';
import { buildArchive, KIND_LABELS, type Archive } from './archive.ts';
import { dayToDate } from './filters/reader-date.ts';
import { citation, newsArticleJsonLd } from './filters/citation.ts';
import { relationsJson } from './relations.ts';
import { plural } from './filters/plural.ts';
import { loadSiteSettings, type SiteSettings } from './site-settings.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';
import { REPO_ROOT, SITE_DIR } from './site-paths.ts';

const DEFAULT_RECORDS_DIR = path.join(REPO_ROOT, 'content', 'articles');

export interface ArchivePluginOptions {
  recordsDir?: string;
  /** The archive, when the caller has built it; recordsDir is then not read. */
  archive?: Archive;
  /**
   * The paginated pages to render, when the caller renders only some, and whether the pages made
   * from the whole archive are rendered too (src/build/render-plan.ts). Without it, all are.
   */
  toRender?: Pick<Archive, 'articles' | 'listings' | 'termIndexPages' | 'feeds'> & { wholeArchive?: boolean };
  /** The site's settings, when the caller has read them; otherwise content/site.yml is read. */
  settings?: SiteSettings;
}

// Eleventy's config callback: untyped on purpose, the package ships no TypeScript types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export default function newsArchivePlugin(eleventyConfig: EleventyConfig, options: ArchivePluginOptions = {}): void {
  const recordsDir = path.resolve(options.recordsDir ?? DEFAULT_RECORDS_DIR);
  let settings: Promise<SiteSettings> | undefined;
  const theSettings = () => (settings ??= options.settings ? Promise.resolve(options.settings) : loadSiteSettings(REPO_ROOT).then((loaded) => loaded.settings));
  let archive: Promise<Archive> | undefined;
  const theArchive = () => (archive ??= options.archive ? Promise.resolve(options.archive) : theSettings().then((s) => buildArchive(recordsDir, s.pageSizes)));
  eleventyConfig.addGlobalData('archive', theArchive);
  eleventyConfig.addGlobalData('toRender', async () => options.toRender ?? (await theArchive()));
  // A template that is not paginated (home, archive, search, sitemap, who met whom) is made from the
  // whole archive; when the plan keeps those pages from the published site, Eleventy skips it.
  eleventyConfig.addPreprocessor('whole-archive-pages', '*', (data: { pagination?: unknown }) =>
    options.toRender?.wholeArchive === false && !data.pagination ? false : undefined);
  eleventyConfig.addGlobalData('site', async () => {
    const { title, url, language } = await theSettings();
    return { title, url, language };
  });
  eleventyConfig.addGlobalData('kinds', KIND_LABELS);
  eleventyConfig.addGlobalData('csp', { page: contentSecurityPolicy(), search: contentSecurityPolicy({ wasm: true }) });

  // A page's address on the published site: site.url holds the site's folder, if any.
  eleventyConfig.addFilter('absolute', (url: string, siteUrl: string) => `${siteUrl}${url}`);
  eleventyConfig.addFilter('dayToDate', dayToDate);
  eleventyConfig.addFilter('citation', citation);
  eleventyConfig.addFilter('relationsJson', relationsJson);
  eleventyConfig.addFilter('newsArticleJsonLd', newsArticleJsonLd);
  eleventyConfig.addFilter('plural', plural);

  // An absolute source, so the copy works from any working directory.
  eleventyConfig.addPassthroughCopy({ [path.join(SITE_DIR, 'assets')]: 'assets' });

  // Eleventy keeps every page it writes until the whole site is written. Held as UTF-8 bytes
  // rather than a string, a page takes half the memory or less: a string with any character
  // beyond Latin-1 (a curly quote in an article) takes two bytes a character. Added after
  // Eleventy's own transforms (the path prefix), so it is the last.
  eleventyConfig.addTransform('utf8-bytes', (content: unknown) => (typeof content === 'string' ? Buffer.from(content) : content));
}
