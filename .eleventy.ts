// Eleventy settings for the archive site. Data, filters and Markdown live in src/site/.
import rssPlugin from '@11ty/eleventy-plugin-rss';
import newsArchivePlugin, { SITE_DIR } from './src/site/plugin.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export default function (eleventyConfig: any): void {
  // Output is escaped unless a template says otherwise, and a misspelt or missing value fails
  // the build instead of quietly printing nothing.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  eleventyConfig.addPlugin(rssPlugin);
  eleventyConfig.addPlugin(newsArchivePlugin);
}

export const config = {
  // The input is absolute so the build works from any working directory; layouts and partials
  // sit beside it in layouts/. No output here: a config value would override runEleventy's; the
  // command line's default, _site, is the project's.
  dir: { input: SITE_DIR, includes: '../layouts', layouts: '../layouts'},
  // Records are data, not templates: only the site's own .njk pages are rendered.
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
};
