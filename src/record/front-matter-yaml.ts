// Front matter, raw files' and records' alike, is read with YAML's core schema. The default
// schema turns an unquoted 2024-02-31 into a Date rolled over to 2 March, so an impossible date
// would pass unnoticed; with no timestamp type it stays the text written, and the record schema
// judges it like any other date.
import matter from 'gray-matter';
import yaml from 'js-yaml';

const OPTIONS = {
  engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
};

/**
 * gray-matter's result for `text`. Passing options also bypasses gray-matter's module-level
 * cache, which would otherwise keep every article's text alive for the life of the process.
 */
export function parseFrontMatter(text: string): { data: unknown; content: string } {
  return matter(text, OPTIONS);
}
