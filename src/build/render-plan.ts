// Which pages the render stage makes again. Every paginated page (an article, a page of a
// listing, a page of a term index, a feed) is rendered from one item of the archive and the
// templates, so a digest of the two decides: a page whose digest is the one it had in the
// published site is linked from there instead of rendered. The single pages (home, archive,
// search, sitemap, who met whom) are made from the whole archive: they are kept together, when no
// article's page changed (each article's digest holds its whole record), or rendered together.
//
// The digests of the published site are kept in .cache/render-pages.json, tied to the site folder
// by its inode (folderIdentity), so a manifest written by a build that never published names
// another folder and is not used.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Archive } from '../site/archive.ts';
import type { Article, ArticleRef } from '../site/articles.ts';
import { folderIdentity, readSiteNote } from './publish-site.ts';

/** The paginated items of the archive, as the templates page through them. */
export interface RenderItems {
  articles: Archive['articles'];
  listings: Archive['listings'];
  termIndexPages: Archive['termIndexPages'];
  feeds: Archive['feeds'];
  /** False when the pages made from the whole archive are kept; otherwise they are rendered. */
  wholeArchive?: boolean;
}

export interface PageRecord {
  digest: string;
}

export interface RenderManifest {
  /** The site folder these pages are in: its device and inode numbers. */
  folder: string;
  /** By output file, relative to the site folder. */
  pages: Record<string, PageRecord>;
}

export interface RenderPlan {
  /** The items whose pages are rendered. */
  render: RenderItems;
  /** Output files taken from the previous site as they are. */
  reuse: string[];
  /** Every paginated page's digest, by output file. */
  digests: Map<string, string>;
  /** The digest every page made from the whole archive has: of every article's page, in order. */
  wholeArchive: string;
}

/** The file an item's page is written to: "/articles/x/" is articles/x/index.html. */
export function outputFile(url: string): string {
  const relative = url.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/**
 * Plans the render. `version` covers everything besides the item that shapes a page (templates,
 * code, settings); `previous` is the published site's manifest, or null for a full render.
 */
export function planRender(archive: RenderItems, version: string, previous: RenderManifest | null, exists: (file: string) => boolean = () => true): RenderPlan {
  const digests = new Map<string, string>();
  const reuse: string[] = [];
  // An article is shown in many lists and beside its related articles, always by the same
  // summary (one object per article): each summary is digested once, and pages carry that.
  const summaries = new WeakMap<ArticleRef, string>();
  const summary = (ref: ArticleRef) => {
    let digest = summaries.get(ref);
    if (!digest) summaries.set(ref, (digest = createHash('sha1').update(JSON.stringify(ref)).digest('hex')));
    return digest;
  };
  const changed = <T extends { url: string }>(items: readonly T[], shown: (item: T) => unknown = (item) => item): T[] =>
    items.filter((item) => {
      const file = outputFile(item.url);
      const digest = createHash('sha1').update(version).update('\0').update(JSON.stringify(shown(item))).digest('hex');
      digests.set(file, digest);
      if (previous?.pages[file]?.digest === digest && exists(file)) {
        reuse.push(file);
        return false;
      }
      return true;
    });
  const shownArticle = (article: Article) => ({
    ...article,
    related: article.related.map(summary),
    earlier: article.earlier && summary(article.earlier),
    later: article.later && summary(article.later),
  });
  const articles = changed(archive.articles, shownArticle);
  const articleDigest = (article: Article) => digests.get(outputFile(article.url))!;
  const whole = createHash('sha1').update(version);
  for (const article of archive.articles) whole.update(articleDigest(article));
  const wholeArchive = whole.digest('hex');
  // The published site's pages made from the whole archive are those recorded with this digest.
  const kept = previous ? Object.keys(previous.pages).filter((file) => previous.pages[file]!.digest === wholeArchive) : [];
  const keepWhole = kept.length > 0 && kept.every(exists);
  if (keepWhole) reuse.push(...kept);
  return {
    render: {
      wholeArchive: !keepWhole,
      articles,
      // A listing page shows its articles by group (archive.ts), so its items are counted once.
      listings: changed(archive.listings, (listing) => ({
        ...listing,
        items: undefined,
        groups: listing.groups.map((group) => ({ ...group, items: group.items.map(summary) })),
      })),
      termIndexPages: changed(archive.termIndexPages),
      // An entry shows its article's text: the digest of the article's own page, which covers
      // all of the article, stands for it.
      feeds: changed(archive.feeds, (feed) => ({ ...feed, entries: feed.entries.map((entry) => ({ ...entry, article: articleDigest(entry.article) })) })),
    },
    reuse,
    digests,
    wholeArchive,
  };
}

/** The manifest of the published site, or null when there is none that describes it. */
export async function readManifest(file: string, site: string): Promise<RenderManifest | null> {
  const manifest = await readSiteNote<RenderManifest>(file, site);
  return manifest && typeof manifest.pages === 'object' && manifest.pages !== null ? (manifest as RenderManifest) : null;
}

export async function writeManifest(file: string, site: string, pages: Record<string, PageRecord>): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify({ folder: await folderIdentity(site), pages } satisfies RenderManifest));
}

/**
 * A digest of what shapes every page besides its item: the templates, layouts and assets, the
 * site code, Eleventy's settings, the installed packages and the site's settings.
 */
export async function renderVersion(repo: string, settings: unknown): Promise<string> {
  const hash = createHash('sha1').update(JSON.stringify(settings));
  for (const dir of ['site', 'layouts', path.join('src', 'site'), path.join('src', 'build'), path.join('src', 'record')]) {
    const entries = await readdir(path.join(repo, dir), { recursive: true, withFileTypes: true });
    const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
    for (const file of files) hash.update(path.relative(repo, file)).update(await readFile(file));
  }
  for (const file of ['.eleventy.ts', 'package-lock.json']) hash.update(file).update(await readFile(path.join(repo, file)));
  return hash.digest('hex');
}
