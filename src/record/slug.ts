// URL slugs: ASCII, short, stable across runs and unique even for identical headlines.
import slugify from '@sindresorhus/slugify';
import { createHash } from 'node:crypto';

const MAX_LENGTH = 80;
const SUFFIX_LENGTH = 6;

/** A slug for a headline, cut at a word boundary; falls back to the file name, then "article". */
export function baseSlug(title: string, fileName: string): string {
  for (const candidate of [title, fileName.replace(/\.[^.]*$/, '')]) {
    const slug = truncate(slugify(candidate), MAX_LENGTH - SUFFIX_LENGTH - 1);
    if (slug) return slug;
  }
  return 'article';
}

function truncate(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > max / 2 ? cut.slice(0, lastDash) : slug.slice(0, max)).replace(/-+$/, '');
}

/** A short suffix derived from the raw file's path, so the same file always gets the same one. */
function originSuffix(origin: string): string {
  return createHash('sha1').update(origin).digest('hex').slice(0, SUFFIX_LENGTH);
}

/**
 * The slug of an article whose front matter sets none: its headline's, with a suffix from its
 * own raw file's path. Every derived slug carries one, even when no other article shares the
 * headline, because a suffix given only on a clash depends on which other articles exist:
 * deleting or adding one would move another's URL, breaking bookmarks and feed entries.
 */
export function derivedSlug(title: string, origin: string): string {
  return `${baseSlug(title, origin.slice(origin.lastIndexOf('/') + 1))}-${originSuffix(origin)}`;
}

/**
 * Make slugs unique. Derived slugs already are (derivedSlug); two articles can still ask for one
 * slug in front matter. Items must come in a stable order (by origin path): the first holder of
 * a slug keeps it, later ones get a suffix from their own path, which never depends on the others.
 */
export function uniqueSlugs(items: { slug: string; origin: string }[]): string[] {
  const taken = new Set<string>();
  return items.map(({ slug, origin }) => {
    let unique = taken.has(slug) ? `${slug}-${originSuffix(origin)}` : slug;
    for (let n = 2; taken.has(unique); n++) unique = `${slug}-${originSuffix(origin)}-${n}`;
    taken.add(unique);
    return unique;
  });
}
