// How big a record's values may be. A pasted page is a few kilobytes; these limits are far above
// any real article and stop one file (a 10 MB title, a list of 100,000 names) from swelling every
// page it appears on. A value past a limit is cut, with a warning naming the field.
import type { Problem } from '../extract/types.ts';

/** Raw files larger than this are refused: no news article is this long. */
export const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** What a raw file of `bytes` bytes, past MAX_FILE_BYTES, comes to: no article, and why. */
export function tooLarge(bytes: number): { article: null; problems: Problem[] } {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return { article: null, problems: [{ field: 'file', message: `is ${mib(bytes)}, more than the ${mib(MAX_FILE_BYTES)} an article may be`, hint: 'keep one article per file', severity: 'error' }] };
}

/** Most characters in each text field. */
export const MAX_CHARS = {
  title: 300,
  dateBasis: 300,
  place: 120,
  source: 120,
  summary: 1000,
  url: 2000,
  /** One person's or organisation's name. */
  name: 150,
} as const;

/** Most items in each list field (countries and topics are bounded by their vocabularies). */
export const MAX_ITEMS = { people: 200, organizations: 200 } as const;

/** Meetings a record keeps, and the length of the sentence quoted for each. */
export const MAX_MEETINGS = 20;
export const MAX_SENTENCE = 400;

type TextField = Exclude<keyof typeof MAX_CHARS, 'name' | 'url'>;
type ListField = keyof typeof MAX_ITEMS;

/** `text` cut to `max` characters at a word boundary, with "…" to show it was cut. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The values cut to the limits, with a warning for every field that was cut. */
export function applyLimits<T extends Partial<Record<TextField, string | null>> & Partial<Record<ListField, string[]>>>(values: T): { values: T; problems: Problem[] } {
  const out: Record<string, unknown> = { ...values };
  const problems: Problem[] = [];
  for (const field of Object.keys(MAX_CHARS) as (keyof typeof MAX_CHARS)[]) {
    // A cut address would lead somewhere else: the schema refuses a long one instead.
    if (field === 'name' || field === 'url') continue;
    const value = out[field];
    if (typeof value === 'string' && value.length > MAX_CHARS[field]) {
      out[field] = cutText(value, MAX_CHARS[field]);
      problems.push(cutWarning(field, `is ${value.length} characters long; cut to ${MAX_CHARS[field]}`));
    }
  }
  for (const field of Object.keys(MAX_ITEMS) as ListField[]) {
    const list = out[field];
    if (!Array.isArray(list)) continue;
    const long = list.filter((name: string) => name.length > MAX_CHARS.name).length;
    let kept = list.map((name: string) => cutText(name, MAX_CHARS.name));
    if (long) problems.push(cutWarning(field, `${long} name${long === 1 ? ' is' : 's are'} longer than ${MAX_CHARS.name} characters; cut`));
    if (kept.length > MAX_ITEMS[field]) {
      problems.push(cutWarning(field, `lists ${kept.length} names; only the first ${MAX_ITEMS[field]} are kept`));
      kept = kept.slice(0, MAX_ITEMS[field]);
    }
    out[field] = kept;
  }
  return { values: out as T, problems };
}

function cutWarning(field: string, message: string): Problem {
  return { field, message, hint: 'shorten it in the raw file', severity: 'warning' };
}
