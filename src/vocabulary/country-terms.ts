// The table of every surface form that points at a country, built once at module load from the
// world-countries dataset plus the small hand-kept exceptions in country-aliases.ts.
import raw from 'world-countries';
import type { Country } from 'world-countries';
import {
  AMBIGUOUS_CAPITALS, CITY_ALIASES, DENY_TERMS, NAME_ALIASES, NAME_LIKE, REGIONAL_NAMES, STOP_PHRASES, TRANSLATED_LANGUAGES,
} from './country-aliases.ts';

// The package is CommonJS; under ESM its default export is the array its typings call the module.
export const COUNTRIES = raw as unknown as Country[];
export const BY_CODE: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.cca2, c]));

export type TermKind = 'name' | 'demonym' | 'city' | 'stop';

export interface TermEntry {
  /** ISO alpha-2 code; null for a stop phrase that only exists to block a shorter match. */
  code: string | null;
  kind: TermKind;
  /** The term as the dataset or alias table spells it (for "TEHRAN" this is "Tehran"). */
  canonical: string;
  /** Also a person's or other place's name: needs context checks (see NAME_LIKE). */
  nameLike: boolean;
  /** Short all-capitals abbreviation ("US", "UAE"), easily hit by shouted boilerplate. */
  abbrev: boolean;
  /** A stem that languages which inflect names extend with a short ending ("Таджикистан-ом"). */
  inflects: boolean;
}

/** Diacritics off, so "Bogota" finds Bogotá; used for extra variants, never to rewrite text. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Same length as the input: one space for any whitespace, one straight apostrophe. */
export function normalizeChars(s: string): string {
  return s.replace(/\s/g, ' ').replace(/[’‘ʼʻ`]/g, "'");
}

// Capitalised, or in a script without case (Persian, Arabic).
const STARTS_UPPER = /^[\p{Lu}\p{Lo}\d]/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Russian names change their last vowel or "й" in inflection: "Россия" -> "Росси-и". */
function cyrillicStem(name: string): string {
  return /[яйа]$/u.test(name) && name.length > 4 ? name.slice(0, -1) : name;
}
const ABBREV = /^[A-Z]{2,4}$/;

function buildTerms(): Map<string, TermEntry> {
  const inflecting = new Set<string>(Object.keys(REGIONAL_NAMES).map(normalizeChars));
  // Gather every (term, code) claim first, then resolve terms claimed by several entries.
  const claims = new Map<string, { codes: Set<string>; kind: TermKind; canonical: string }>();
  const claim = (term: string, code: string, kind: TermKind) => {
    const t = normalizeChars(term.trim());
    // Lower-case transliterations ("aṣ-Ṣūmāl") never start a proper noun in English prose.
    if (!STARTS_UPPER.test(t)) return;
    for (const v of new Set([t, fold(t)])) {
      if (DENY_TERMS.has(v)) continue;
      const c = claims.get(v) ?? { codes: new Set<string>(), kind, canonical: t };
      c.codes.add(code);
      claims.set(v, c);
    }
  };
  for (const c of COUNTRIES) {
    claim(c.name.common, c.cca2, 'name');
    claim(c.name.official, c.cca2, 'name');
    // The two-letter code is itself an altSpelling; as text it is far too ambiguous ("IN", "IT").
    for (const alt of c.altSpellings) if (alt !== c.cca2 && !alt.includes(',')) claim(alt, c.cca2, 'name');
    const dem = c.demonyms?.eng;
    if (dem) for (const d of `${dem.m}, ${dem.f}`.split(/,\s*| or /)) if (d.trim()) claim(d, c.cca2, 'demonym');
    for (const cap of c.capital) if (!AMBIGUOUS_CAPITALS.has(cap)) claim(cap, c.cca2, 'city');
    for (const lang of TRANSLATED_LANGUAGES) {
      const name = c.translations[lang]?.common;
      if (!name) continue;
      if (CYRILLIC.test(name)) inflecting.add(normalizeChars(cyrillicStem(name)));
      claim(CYRILLIC.test(name) ? cyrillicStem(name) : name, c.cca2, 'name');
    }
  }

  const table = new Map<string, TermEntry>();
  const put = (term: string, code: string | null, kind: TermKind, canonical = term) =>
    table.set(term, { code, kind, canonical, nameLike: NAME_LIKE.has(term), abbrev: ABBREV.test(term), inflects: inflecting.has(term) && !ABBREV.test(term) });
  for (const [term, { codes, kind, canonical }] of claims) {
    // Shared terms are kept only when exactly one claimant is a sovereign state ("French" ->
    // France, not the French Southern Lands); "Congolese" or "Dominican" stay out.
    let list = [...codes];
    if (list.length > 1) list = list.filter((code) => BY_CODE.get(code)?.independent === true);
    if (list.length === 1) put(term, list[0]!, kind, canonical);
  }
  // Hand-kept tables are more specific than the dataset, so they win any clash.
  for (const [term, code] of Object.entries(NAME_ALIASES)) put(term, code, 'name');
  for (const [term, code] of Object.entries(REGIONAL_NAMES)) put(normalizeChars(term), code, 'name');
  for (const [term, code] of Object.entries(CITY_ALIASES)) put(normalizeChars(term), code, 'city');
  for (const s of STOP_PHRASES) put(s, null, 'stop');

  // Datelines and shouted headlines write places in capitals ("TEHRAN –").
  for (const [term, e] of [...table]) {
    const up = term.toUpperCase();
    if (!table.has(up)) table.set(up, { ...e, nameLike: false, abbrev: false, inflects: false });
  }
  return table;
}

export const TERMS: ReadonlyMap<string, TermEntry> = buildTerms();
