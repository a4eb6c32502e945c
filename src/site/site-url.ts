// The one place the public address of the site is decided: feeds and the sitemap need absolute
// links; everything else on the site links root-relative and never uses this.
const DEFAULT_SITE_URL = 'http://localhost:8080';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.SITE_URL?.trim();
  // A trailing slash would double up when joined with root-relative URLs.
  return (given || DEFAULT_SITE_URL).replace(/\/+$/, '');
}
