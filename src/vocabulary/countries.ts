// Countries as the site and front matter name them: the world-countries dataset's common names,
// URL slugs and capitals, and the lookup of a name or code a person typed.
import { BY_CODE, COUNTRIES, TERMS, fold, normalizeChars } from './country-terms.ts';

export interface CountryInfo { code: string; name: string; slug: string }

function slugify(name: string): string {
  return fold(name).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** Name and URL slug of an ISO 3166-1 alpha-2 code; null for an unknown code. */
export function countryInfo(code: string): CountryInfo | null {
  const c = BY_CODE.get(code.trim().toUpperCase());
  return c ? { code: c.cca2, name: c.name.common, slug: slugify(c.name.common) } : null;
}

/** The first dataset capital of a country ("TJ" -> "Dushanbe"); null when it has none. */
export function capitalOf(code: string): string | null {
  return BY_CODE.get(code)?.capital[0] ?? null;
}

// Front matter is typed by people: any case, with or without diacritics or a leading "the".
const lookupKey = (s: string) => fold(normalizeChars(s)).toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
const BY_NAME = new Map<string, string | null>();
for (const [term, e] of TERMS) {
  if (!e.code || e.kind === 'city') continue;
  const key = lookupKey(term);
  const seen = BY_NAME.get(key);
  BY_NAME.set(key, seen === undefined || seen === e.code ? e.code : null); // clash -> unusable
}
const BY_CCA3 = new Map(COUNTRIES.map((c) => [c.cca3, c.cca2]));

/** An ISO code or a country name (any case) as written in front matter -> ISO code, or null. */
export function resolveCountry(nameOrCode: string): string | null {
  const s = nameOrCode.trim();
  if (/^[A-Za-z]{2}$/.test(s) && BY_CODE.has(s.toUpperCase())) return s.toUpperCase();
  if (/^[A-Za-z]{3}$/.test(s) && BY_CCA3.has(s.toUpperCase())) return BY_CCA3.get(s.toUpperCase())!;
  return BY_NAME.get(lookupKey(s)) ?? null;
}
