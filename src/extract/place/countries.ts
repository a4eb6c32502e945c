// Which countries an article involves, from names, demonyms and cities, in one linear pass.
import { TERMS, normalizeChars, type TermEntry } from '../../vocabulary/country-terms.ts';
export { countryInfo, capitalOf, resolveCountry, type CountryInfo } from '../../vocabulary/countries.ts';
import type { Dateline } from '../types.ts';

export interface TermHit {
  start: number;
  end: number;
  /** The text as written at [start, end). */
  text: string;
  entry: TermEntry;
}

interface TrieNode { next: Map<number, TrieNode>; entry?: TermEntry }

// A character trie walked from each word start keeps the scan linear in text length (bounded by
// the longest term) however many terms there are; a 1,500-way regex alternation would not. Keyed
// by character code, so the walk creates no strings; the text is read by UTF-16 code unit, so a
// term's astral character (keyed by its code point, above any code unit) is never matched.
const ROOT: TrieNode = { next: new Map() };
for (const [term, entry] of TERMS) {
  let node = ROOT;
  for (const ch of term) {
    const code = ch.codePointAt(0)!;
    let nx = node.next.get(code);
    if (!nx) node.next.set(code, (nx = { next: new Map() }));
    node = nx;
  }
  node.entry = entry;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
function isWord(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(s[i]!);
}

// Every term starts with a capital or a digit, so the scan only stops at those. Tested by
// character code (BMP letters beyond ASCII once each), not by a regex search per stop. Astral
// capitals (mathematical 𝐀) never start a term; a `u` regex searched from inside such a pair
// stepped back onto it, so a text containing one used to loop forever.
const CANDIDATE = /^[\p{Lu}\p{Nd}]$/u;
const candidates = new Map<number, boolean>();
function isCandidate(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Letters of scripts without case (Persian, Arabic) can start a name too.
  if (c >= 0x0600 && c <= 0x06ff) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  let yes = candidates.get(c);
  if (yes === undefined) candidates.set(c, (yes = CANDIDATE.test(String.fromCharCode(c))));
  return yes;
}
const SPACE = /\s/;

const SPACE_CODE = 32;
const APOSTROPHE_CODE = 39;

/** Compare text to terms as if all whitespace were one space and all apostrophes straight. */
function canon(text: string, j: number): number {
  const c = text.charCodeAt(j);
  // Printable ASCII is itself; only the rest needs the whitespace test.
  if (c > 32 && c < 127) return c;
  if (c === 32 || SPACE.test(text[j]!)) return SPACE_CODE;
  return c === 0x2019 || c === 0x2018 || c === 0x2bc || c === 0x2bb ? APOSTROPHE_CODE : c;
}

/** Every country term in the text, leftmost-longest, whole words only, case-sensitive. */
export function scanCountryTerms(text: string): TermHit[] {
  const hits: TermHit[] = [];
  for (let i = 0; i < text.length;) {
    if (!isCandidate(text.charCodeAt(i)) || isWord(text, i - 1)) { i++; continue; }
    let node: TrieNode | undefined = ROOT;
    let j = i;
    let best: TermEntry | undefined;
    let bestEnd = -1;
    while (node) {
      if (node.entry && !isWord(text, j)) { best = node.entry; bestEnd = j; }
      else if (node.entry?.inflects) {
        const end = inflectionEnd(text, j);
        if (end > 0) { best = node.entry; bestEnd = end; }
      }
      if (j >= text.length) break;
      const code = canon(text, j);
      node = node.next.get(code);
      j++;
      if (code === SPACE_CODE) while (j < text.length && SPACE.test(text[j]!)) j++; // "New\nYork"
    }
    if (best) {
      const hit = { start: i, end: bestEnd, text: text.slice(i, bestEnd), entry: best };
      if (plausible(text, hit)) hits.push(hit);
      i = bestEnd;
    } else {
      i++;
    }
  }
  return hits;
}

/** Most letters an inflection may add to a name ("-ning", "-ом", "-ро"). */
const MAX_ENDING = 4;
const LOWER = /\p{Ll}/u;

/** Where a short lower-case ending that starts at `j` ends, or -1 when there is none. */
function inflectionEnd(text: string, j: number): number {
  let k = j;
  while (k < text.length && k - j <= MAX_ENDING && LOWER.test(text[k]!)) k++;
  return k > j && k - j <= MAX_ENDING && !isWord(text, k) ? k : -1;
}

// Capitalised words that open sentences or qualify a place rather than forming a name with it.
const NOT_A_NAME = new Set(('In To From For At On By With And But Or The As Of Both Then Since After Before ' +
  'While When Like Unlike Between About Against Within Across Including Visiting Neighbouring Neighboring ' +
  'Also Only Even Meanwhile Northern Southern Eastern Western Central Neither Nor If Although Though').split(' '));
const PLACE_PREPOSITION = /^(?:of|in|to|from|into|with|and|between|across|visited|visiting)$/;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
const SHOUTED_WORD = /^[A-Z]{2,}$/;

/** The word glued to the hit by exactly one space on the given side, else null. */
function neighbour(text: string, hit: TermHit, side: -1 | 1): string | null {
  if (side < 0) {
    if (text[hit.start - 1] !== ' ') return null;
    const m = /[\p{L}\p{M}'.-]+$/u.exec(text.slice(Math.max(0, hit.start - 40), hit.start - 1));
    return m ? m[0] : null;
  }
  if (text[hit.end] !== ' ') return null;
  const m = /^[\p{L}\p{M}'.-]+/u.exec(text.slice(hit.end + 1, hit.end + 41));
  return m ? m[0] : null;
}

function plausible(text: string, hit: TermHit): boolean {
  const { entry } = hit;
  if (entry.nameLike) {
    // "Michael Jordan", "Jordan Peterson", "Georgia Tech": part of a longer proper name, unless a
    // preposition marks it as a place ("President of Georgia Salome Zourabichvili").
    const prev = neighbour(text, hit, -1);
    if (prev && TITLE_WORD.test(prev) && !NOT_A_NAME.has(prev)) return false;
    const next = neighbour(text, hit, 1);
    if (next && TITLE_WORD.test(next) && !NOT_A_NAME.has(next) && !(prev && PLACE_PREPOSITION.test(prev))) return false;
  }
  if (entry.abbrev) {
    // "CONTACT US", "ABOUT US": a shouted line, not the United States.
    for (const w of [neighbour(text, hit, -1), neighbour(text, hit, 1)]) {
      if (w && SHOUTED_WORD.test(w) && !TERMS.has(w)) return false;
    }
  }
  return true;
}

// A dateline opens the story with the place it was filed from, in capitals: "BAKU, Azerbaijan,
// June 15.", "TEHRAN –", "MOSCOW, June 5. /TASS/". Only at the start of a line near the top,
// after nothing but a lower-case stamp such as "date 2023-06-15".
const DATELINE_WINDOW = 300;
const AFTER_DATELINE = /^\s*(?:[,(–—/]|-\s|\.\s)/;
const SHOUTED_PLACE = /^[A-Z][A-Z'. -]{3,}$/;
const STAMP_ONLY = /^[^\p{Lu}]*$/u;

/** The known place that opens a dateline at the top of the text, if any. */
export function datelineTerm(text: string, hits = scanCountryTerms(text.slice(0, DATELINE_WINDOW + 60))): TermHit | undefined {
  return hits.find((h) => {
    if (h.start >= DATELINE_WINDOW || !h.entry.code || h.entry.kind === 'demonym' || !SHOUTED_PLACE.test(h.text)) return false;
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    return STAMP_ONLY.test(text.slice(lineStart, h.start)) && AFTER_DATELINE.test(text.slice(h.end, h.end + 3));
  });
}

/** The country of a dateline place as written ("BAKU, Azerbaijan" -> "AZ"), or null. */
function datelineCountry(dateline: Dateline | null | undefined): string | null {
  if (!dateline?.place) return null;
  return scanCountryTerms(dateline.place).find((h) => h.entry.code && h.entry.kind !== 'demonym')?.entry.code ?? null;
}

/**
 * ISO alpha-2 codes of the countries the text involves, most prominent first.
 * 1. The dateline's country leads: the agency filed the story from there, which is the
 *    strongest single statement of where the article belongs. It comes from `options.dateline`
 *    when the lead parser split it off, else from a dateline still opening the text.
 * 2. Then prominence follows the inverted pyramid: each mention weighs 1 at the top of the text
 *    falling linearly to 0.5 at the end, so sustained coverage wins but an early mention counts
 *    more than a late one; ties go to the earlier first mention.
 * Any country with two mentions outranks every single passing mention, which is kept but ends
 * up last rather than dropped: a one-off "the situation in Afghanistan" is still a fact.
 * The dateline counts as a mention, so its country is listed even when the lead parser has
 * already cut the dateline out of the text.
 */
export function extractCountries(text: string, options: { dateline?: Dateline | null } = {}): string[] {
  const hits = scanCountryTerms(text);
  const leader = datelineCountry(options.dateline) ?? datelineTerm(text, hits)?.entry.code;
  const score = new Map<string, { weight: number; first: number }>();
  const n = Math.max(text.length, 1);
  for (const hit of hits) {
    const code = hit.entry.code;
    if (!code) continue;
    const s = score.get(code) ?? { weight: 0, first: hit.start };
    s.weight += 1 - 0.5 * (hit.start / n);
    score.set(code, s);
  }
  if (leader && !score.has(leader)) score.set(leader, { weight: 1, first: -1 });
  return [...score]
    .sort(([ca, a], [cb, b]) => Number(cb === leader) - Number(ca === leader) || b.weight - a.weight || a.first - b.first)
    .map(([code]) => code);
}
