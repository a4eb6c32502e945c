// The shape of the three exports: a head, one entry per article with `between` between two, and
// a tail. An entry depends on its article and the site's address alone, so the export stage can
// take an unchanged article's entry from the file it made last time (write-exports.ts).

/** A file of one entry per item, written `head`, the entries with `between` between two, `tail`. */
export interface ListFormat<T> {
  head: string;
  between: string;
  tail: string;
  entry: (item: T, siteUrl: string) => string;
}

/** `{"name":[item,item,...]}`, as JSON.stringify writes it, an item an entry. */
export function jsonList<T>(name: string, shown: (item: T) => unknown): ListFormat<T> {
  return { head: `{${JSON.stringify(name)}:[`, between: ',', tail: ']}', entry: (item) => JSON.stringify(shown(item)) };
}
