// Eleventy settings for the archive site. Data, filters and Markdown live in src/site/.
// Eleventy's own command reads this file; the build calls siteConfig itself, with the archive
// it has made, and reads no config file (src/build/eleventy.ts): one list of settings for both.
// Either way Eleventy makes the pages; the search index and the bulk exports are build stages.
import rssPlugin from '@11ty/eleventy-plugin-rss';
import newsArchivePlugin, { type ArchivePluginOptions } from './src/site/plugin.ts';
import { SITE_DIR } from './src/site/site-paths.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function siteConfig(eleventyConfig: any, archive: ArchivePluginOptions = {}): void {
  // Output is escaped unless a template says otherwise, and a misspelt or missing value fails
  // the build instead of quietly printing nothing.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(newsArchivePlugin, archive);
  // The input is absolute so the build works from any working directory; layouts and partials
  // sit beside it in layouts/. No output here: it would override the build's; the command
  // line's default, _site, is the project's.
  eleventyConfig.setInputDirectory(SITE_DIR);
  eleventyConfig.setIncludesDirectory('../layouts');
  eleventyConfig.setLayoutsDirectory('../layouts');
  // Records are data, not templates: only the site's own .njk pages are rendered.
  eleventyConfig.setTemplateFormats(['njk']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function (eleventyConfig: any): void {
  siteConfig(eleventyConfig);
}
