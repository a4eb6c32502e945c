// The one reading order of the archive: newest first, undated last, ties by slug, so every list
// on the site (and every page split of it) is the same on every build.
export interface Dated { date: string | null; slug: string }

export function newestFirst(a: Dated, b: Dated): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/** Days since 1970 for a YYYY-MM-DD day, for distances in time. */
export function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
