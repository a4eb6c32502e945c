// Indexes of terms (all countries, all people ...) are split into pages once, here, as a flat list
// of {index x page} chunks; Eleventy then paginates over that list one chunk per page. Page 1
// lives at the index's own URL, later pages at <url>page/<n>/, in A-to-Z order. (Lists of
// articles are cut along the calendar instead: period-pages.ts.)
export interface Chunk<T> {
  /** Page URL, root-relative, ending in "/". */
  url: string;
  /** URL of the whole list (its first page). */
  baseUrl: string;
  pageNumber: number;
  /** Items in the whole list, across its pages. */
  totalItems: number;
  totalPages: number;
  previousUrl: string | null;
  nextUrl: string | null;
  items: T[];
}

function pageUrl(baseUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? baseUrl : `${baseUrl}page/${pageNumber}/`;
}

/** Always at least one chunk, so an empty list still has its page. */
export function chunk<T, E extends object>(baseUrl: string, items: T[], size: number, extra: E): (Chunk<T> & E)[] {
  const totalPages = Math.max(1, Math.ceil(items.length / size));
  const chunks: (Chunk<T> & E)[] = [];
  for (let n = 1; n <= totalPages; n++) {
    chunks.push({
      ...extra,
      url: pageUrl(baseUrl, n),
      baseUrl,
      pageNumber: n,
      totalItems: items.length,
      totalPages,
      previousUrl: n > 1 ? pageUrl(baseUrl, n - 1) : null,
      nextUrl: n < totalPages ? pageUrl(baseUrl, n + 1) : null,
      items: items.slice((n - 1) * size, n * size),
    });
  }
  return chunks;
}
