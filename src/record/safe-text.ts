// Characters no record may hold. Text is pasted from anywhere, and whatever reaches a record is
// later written into XML feeds, HTML pages and the terminal: XML 1.0 forbids most C0 controls,
// U+FFFE, U+FFFF and unpaired surrogates (one of them makes feed.xml unreadable), C1 controls and
// DEL have no printable meaning, and bidirectional embeddings and overrides (U+202A-U+202E,
// U+2066-U+2069) can make a title display as text it does not contain. They are removed once, at
// ingest, and reported. Zero-width joiners stay: they are part of Persian words and emoji.

// Tab and line feed are kept; carriage returns are gone before this runs (line ends are normalised).
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without unsafe characters, and how many were removed. */
export function stripUnsafe(text: string): { text: string; removed: number } {
  let removed = 0;
  const clean = text.replace(UNSAFE, () => {
    removed++;
    return '';
  });
  return { text: clean, removed };
}

/** Strings anywhere in a parsed front-matter value, cleaned the same way; other values as they are. */
export function stripUnsafeDeep(value: unknown): { value: unknown; removed: number } {
  let removed = 0;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const s = stripUnsafe(v);
      removed += s.removed;
      return s.text;
    }
    if (Array.isArray(v)) return v.map(walk);
    return v;
  };
  return { value: walk(value), removed };
}

// For the terminal: anything that could move the cursor, clear the screen or recolour text is
// shown as an escape, so a file name or front-matter key prints as what it is.
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** `text` safe to print on one terminal line: control characters shown as \u001b and the like. */
export function forTerminal(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).replace(/\n/g, '\\n');
}

/**
 * A short, safe quotation of any value for a message: never the whole of a huge value, and a
 * list is quoted item by item, so a value built of YAML aliases is never expanded.
 */
export function preview(value: unknown, max = 60): string {
  if (typeof value === 'string') {
    return JSON.stringify(value.length > max ? `${value.slice(0, max)}…` : value) + (value.length > max ? ` (${value.length} characters)` : '');
  }
  if (Array.isArray(value)) {
    const items: string[] = [];
    let length = 0;
    for (const item of value) {
      const quoted = Array.isArray(item) ? '[…]' : preview(item, max);
      if (length + quoted.length > max) {
        items.push(`… ${value.length - items.length} more`);
        break;
      }
      items.push(quoted);
      length += quoted.length;
    }
    return `[${items.join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') return '{…}';
  return String(value);
}
