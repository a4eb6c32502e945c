// Where the story happened: the dateline's place, else the place the lead sets the event in.
import type { Dateline } from '../types.ts';
import { capitalOf, countryInfo, datelineTerm, scanCountryTerms, type TermHit } from './countries.ts';

const SMALL_WORDS = new Set(['de', 'del', 'la', 'le', 'les', 'du', 'da', 'al', 'el', 'of', 'the', 'on', 'upon', 'au', 'sur', 'am', 'an', 'i']);

/** "NEW YORK" -> "New York", "PORT-AU-PRINCE" -> "Port-au-Prince"; mixed case is left as written. */
function titleCase(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  let first = true;
  return s.toLowerCase().replace(/\p{L}+/gu, (w) => {
    const out = !first && SMALL_WORDS.has(w) ? w : w[0]!.toUpperCase() + w.slice(1);
    first = false;
    return out;
  });
}

/** Readable name of a matched term: the dataset's spelling for cities, the common name for countries. */
function termName(hit: TermHit): string | null {
  const { entry } = hit;
  if (!entry.code || entry.kind === 'demonym' || entry.kind === 'stop') return null;
  return entry.kind === 'city' ? entry.canonical : countryInfo(entry.code)?.name ?? null;
}

/** The place part of a dateline: its first comma segment ("BAKU, Azerbaijan" -> "Baku"). */
function normalizePlace(written: string): string | null {
  const head = written.split(',')[0]!.replace(/[\s.–—-]+$/u, '').trim();
  if (!head) return null;
  const hits = scanCountryTerms(head);
  if (hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === head.length) return termName(hits[0]!) ?? titleCase(head);
  return titleCase(head);
}

// Words that, near a place, say the event happened there ("held in", "visit to", "arrived in").
const EVENT_CUE = String.raw`(?:held|hosted|opened|convened|(?:took|taking|takes|take) place|arriv(?:ed|es|ing)|landed|gathered|met|meets?|meeting|summit|forum|conference|talks|ceremony|signed|launched|began|started|kicked off|under ?way|visit(?:s|ed|ing)?|trip|tour)`;
const PROPER = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,2}`;
const CUE_PLACE = new RegExp(String.raw`\b${EVENT_CUE}\b[^.;!?]{0,60}?\b(?:in|to|at) (?:the city of )?(${PROPER})`, 'gu');
const CAPITAL_OF = /\b(?:in|to|at) the capital(?: city)? of (?:the )?/gu;
const X_CAPITAL = new RegExp(String.raw`\b(?:in|to|at) (?:the )?(${PROPER})(?:'s|’s)? capital(?: city)?(?:,? (${PROPER}))?`, 'gu');
const BARE_IN = new RegExp(String.raw`\bin (${PROPER})`, 'gu');

// Capitalised words after "in" or "visit to" that start a time, a venue or a person, not a place.
const NOT_A_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Addition|Accordance|Particular|General|Total|Order|Parliament|Congress|President|Prime|Minister|Deputy|King|Queen|Prince|Chairman|Speaker|Mr|Mrs|Ms|Dr|Sheikh|Pope)$/;
const VENUE = /\b(?:University|Ministry|Hall|Palace|Cent(?:er|re)|Hotel|Assembly|Council|Committee|Forum|Summit|Conference|Office|Museum|Stadium|Building|House|Academy|Institute|Park)\b/;

/** The opening of the story: the first two sentences that are not mere datelines. */
function leadWindow(text: string): string {
  let end = 0;
  let real = 0;
  const boundary = /[.!?]["”’]?(?=\s+[\p{Lu}“"‘(]|\s*$)/gu;
  for (let m; (m = boundary.exec(text)) && real < 2 && end < 700;) {
    if (text.slice(end, m.index).trim().split(/\s+/).length >= 6) real++;
    end = m.index + 1;
  }
  return text.slice(0, real < 2 ? Math.max(end, Math.min(text.length, 700)) : end);
}

interface Candidate { place: string; at: number; rank: number }

/** A proper-noun run as a place: known city or country first, else an unknown town name. */
function asPlace(run: string): { place: string; country: boolean } | null {
  const first = scanCountryTerms(run)[0];
  if (first && first.start === 0) {
    const name = termName(first);
    return name ? { place: name, country: first.entry.kind !== 'city' } : null;
  }
  const words = run.split(' ');
  if (NOT_A_PLACE.test(words[0]!) || VENUE.test(run)) return null;
  return { place: run.replace(/[.’']+$/u, ''), country: false };
}

/**
 * The place the lead sets the event in. Ranked: (0) "in the capital of X", "in the X capital",
 * or an event cue followed by a city ("held in Astana", "visit to Dushanbe"); (1) a known city
 * after a bare "in"; (2) an event cue followed by a country, as a last resort. A place named
 * only outside the lead is a passing mention and is ignored.
 */
function placeFromLead(text: string): string | null {
  const lead = leadWindow(text);
  const found: Candidate[] = [];
  for (const m of lead.matchAll(CAPITAL_OF)) {
    const hit = scanCountryTerms(lead.slice(m.index + m[0].length, m.index + m[0].length + 80))[0];
    const capital = hit?.start === 0 && hit.entry.code ? capitalOf(hit.entry.code) : null;
    if (capital) found.push({ place: capital, at: m.index, rank: 0 });
  }
  for (const m of lead.matchAll(X_CAPITAL)) {
    const hit = scanCountryTerms(m[1]!)[0];
    const named = m[2] ? asPlace(m[2]) : null;
    const capital = hit?.entry.code ? capitalOf(hit.entry.code) : null;
    const place = named && !named.country ? named.place : capital;
    if (place) found.push({ place, at: m.index, rank: 0 });
  }
  for (const m of lead.matchAll(CUE_PLACE)) {
    const p = asPlace(m[1]!);
    if (p) found.push({ place: p.place, at: m.index, rank: p.country ? 2 : 0 });
  }
  for (const m of lead.matchAll(BARE_IN)) {
    const hit = scanCountryTerms(m[1]!)[0];
    if (hit?.start === 0 && hit.entry.kind === 'city') found.push({ place: hit.entry.canonical, at: m.index, rank: 1 });
  }
  found.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return found[0]?.place ?? null;
}

export function extractPlace(input: { dateline: Dateline | null; text: string }): string | null {
  const written = input.dateline?.place;
  if (written) return normalizePlace(written);
  // The lead parser may not have recognised the dateline; a capitalised known place opening
  // the text followed by dateline punctuation ("TEHRAN –") is one all the same.
  const opening = datelineTerm(input.text);
  if (opening) return termName(opening) ?? titleCase(opening.text);
  return placeFromLead(input.text);
}
