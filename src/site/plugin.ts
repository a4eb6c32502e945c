// Everything the templates need, as one Eleventy plugin: the archive data, the site settings,
// the filters and the stylesheet copy. `.eleventy.ts` only adds this plugin.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildArchive, KIND_LABELS, type Archive } from './archive.ts';
import { siteUrl } from './site-url.ts';
import { dayToDate } from './filters/reader-date.ts';
import { articlesJson } from './filters/articles-json.ts';
import { plural } from './filters/plural.ts';
import { SITE_LANGUAGE } from './site-language.ts';
import { contentSecurityPolicy } from './content-security-policy.ts';

/** The repository root, whatever the process's working directory is. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SITE_DIR = path.join(REPO_ROOT, 'site');
const DEFAULT_RECORDS_DIR = path.join(REPO_ROOT, 'content', 'articles');

export interface ArchivePluginOptions {
  recordsDir?: string;
  /** The archive, when the caller has built it; recordsDir is then not read. */
  archive?: Archive;
  /** The paginated pages to render, when the caller renders only some (src/build/render-plan.ts). */
  toRender?: Pick<Archive, 'articles' | 'listings' | 'termIndexPages'>;
}

/** What every page shows of the site itself. */
export function siteSettings(): { title: string; url: string; language: string } {
  return { title: 'News archive', url: siteUrl(), language: SITE_LANGUAGE };
}

// Eleventy's config callback: untyped on purpose, the package ships no TypeScript types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export default function newsArchivePlugin(eleventyConfig: EleventyConfig, options: ArchivePluginOptions = {}): void {
  const recordsDir = path.resolve(options.recordsDir ?? DEFAULT_RECORDS_DIR);
  let archive: Promise<Archive> | undefined;
  const theArchive = () => (archive ??= options.archive ? Promise.resolve(options.archive) : buildArchive(recordsDir));
  eleventyConfig.addGlobalData('archive', theArchive);
  eleventyConfig.addGlobalData('toRender', async () => options.toRender ?? (await theArchive()));
  eleventyConfig.addGlobalData('site', siteSettings());
  eleventyConfig.addGlobalData('kinds', KIND_LABELS);
  eleventyConfig.addGlobalData('csp', { page: contentSecurityPolicy(), search: contentSecurityPolicy({ wasm: true }) });

  eleventyConfig.addFilter('dayToDate', dayToDate);
  eleventyConfig.addFilter('articlesJson', articlesJson);
  eleventyConfig.addFilter('plural', plural);

  // An absolute source, so the copy works from any working directory.
  eleventyConfig.addPassthroughCopy({ [path.join(SITE_DIR, 'assets')]: 'assets' });
}

// With `unique`, the first addPlugin wins: runEleventy adds it with its records folder before
// `.eleventy.ts` is read, and the config file's own (default) addPlugin is then skipped.
Object.defineProperty(newsArchivePlugin, 'eleventyPluginOptions', { value: { unique: true } });
