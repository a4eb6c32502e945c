// Who wrote the article and where it was first published, as the paste shows them: a byline
// ("By Anna Sultanova", "Автор: Анна Султанова", "By X | Outlet | Updated ...") and the original
// address on a line of its own ("https://...", "Source: https://..."). Both are read from the
// lines around the story, never from its sentences, which name other people and sites.

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
// No `i` flag: with it, \p{Lu} would match lower-case letters too. The name ends where the line
// does, or at a separator, a second author, a date ("March 4, 2025") or a time label.
const BYLINE = new RegExp(
  String.raw`^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Аа]втор(?:ы)?:?|[Мм]уаллиф:?|[Yy]azar:?|[Mm]uallif:?)\s+` +
    String.raw`(${NAME_WORD}(?:\s+(?:${NAME_WORD}|de|van|von|al|bin)){0,4}?)` +
    String.raw`(?=$|\s*[|,;]|\s+(?:and|&|и)\s|\s+\d|\s+${NAME_WORD}\s+\d|\s+(?:on|at|[Uu]pdated|[Pp]ublished)(?![\p{L}]))`,
  'u',
);
/** Addresses longer than the record allows are not taken (MAX_CHARS.url). */
const MAX_URL = 2000;
const URL_LINE = /^(?:(?:source|original|link|url|источник|manba|kaynak)\s*:\s*)?(https?:\/\/[^\s<>"]+)$/iu;

/** The byline's name in the first line that is one, or null. Outlet names are left to the source. */
export function findAuthor(lines: readonly string[], isOutlet: (name: string) => boolean): string | null {
  for (const line of lines) {
    // "Published: 4 March 2025 | By Anna Sultanova": the byline may be any part of a strip.
    for (const part of line.split('|')) {
      const m = BYLINE.exec(part.trim());
      if (m && m[1]!.split(/\s+/).length >= 2 && !isOutlet(m[1]!)) return m[1]!;
    }
  }
  return null;
}

/** The first address standing alone on a line (or after a "Source:" label), or null. */
export function findUrl(lines: readonly string[]): string | null {
  for (const line of lines) {
    const m = line.length <= MAX_URL ? URL_LINE.exec(line.trim()) : null;
    if (m) return m[1]!.replace(/[.,;)]+$/, '');
  }
  return null;
}
