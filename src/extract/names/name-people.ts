// People: a run of capitalised words counts as a person only with evidence around it, because
// capitalised runs are just as often places, bodies or projects ("Middle Corridor"). Evidence is
// a title before it ("President Emomali Rahmon"; "Minister of Industry of Tajikistan Sherali
// Kabir"; "Minister of Foreign Affairs, Sirojiddin Muhriddin,"), a speech verb next to it ("Kabir
// emphasized", "said Atabak"), or a role in an appositive ("Saeed Zarandi, chief executive of").
// A surname alone never makes a person; it only counts as a mention of a full name seen in the
// same text, when exactly one full name ends with it.
import { LONGEST_PLACE, MEETING_WORDS, NOT_NAME_WORDS, PLACE_PHRASES, ROLE_NOUNS, WITH_WORDS, isPlaceWord } from './name-vocabulary.ts';
import { isNameWord, isParticle, isTitle, isVerb } from './name-tokens.ts';
import { scanCountryTerms } from '../place/countries.ts';

/** Words already judged; bounded, since every article brings new names. */
const countryWords = new Map<string, boolean>();
const COUNTRY_WORD_MEMO = 20_000;

/** A word that names a country in any indexed language or form ("Таджикистана", "Uzbekistán"). */
function isCountryWord(text: string): boolean {
  let yes = countryWords.get(text);
  if (yes === undefined) {
    const hits = scanCountryTerms(text);
    yes = hits.length === 1 && hits[0]!.start === 0 && hits[0]!.end === text.length && hits[0]!.entry.code !== null;
    if (countryWords.size >= COUNTRY_WORD_MEMO) countryWords.clear();
    countryWords.set(text, yes);
  }
  return yes;
}
import type { Token } from './name-tokens.ts';

export interface Entity { name: string; first: number }

interface Run { from: number; to: number }
type TitleContext = 'direct' | 'complement' | 'apposition' | null;

// "President of", and the same joint in the languages the archive meets: "Presidente de", "Präsident der".
const CYRILLIC_WORD = /^\p{Script=Cyrillic}/u;
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'on', 'de', 'del', 'la', 'du', 'des', 'der', 'von']);
const MAX_BACKWARD = 16;

/** Maximal runs of name-like words; a particle may sit inside; a possessive ends the run. */
function runs(tokens: readonly Token[]): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i])) continue;
    let j = i;
    while (!tokens[j].possessive) {
      if (isNameWord(tokens[j + 1])) j += 1;
      else if (isParticle(tokens[j + 1]) && isNameWord(tokens[j + 2])) j += 2;
      else if (isParticle(tokens[j + 1]) && isParticle(tokens[j + 2]) && isNameWord(tokens[j + 3])) j += 3;
      else break;
    }
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/** Whether a title governs the run: right before it, through "of ..." phrases, or before a comma. */
function titleContext(tokens: readonly Token[], from: number): TitleContext {
  let i = from - 1;
  if (isTitle(tokens[i])) return 'direct';
  const comma = tokens[i]?.text === ',';
  if (comma) i -= 1;
  let sawConnector = false;
  for (let steps = 0; i >= 0 && steps < MAX_BACKWARD; i--, steps++) {
    const t = tokens[i];
    if (isTitle(t)) return comma ? 'apposition' : sawConnector ? 'complement' : null;
    if (t.kind === 'word' && CONNECTORS.has(t.lower)) sawConnector = true;
    // Russian titles are lower-case phrases: "министра иностранных дел Узбекистана Владимира Норова".
    else if (t.kind === 'word' && !t.cap && CYRILLIC_WORD.test(t.text)) sawConnector = true;
    else if (t.kind !== 'word' || !(t.cap || t.acronym)) return null;
  }
  return null;
}

const AND_WORDS = new Set(['and', 'и', 'y', 'et', 'und', 've', 'va']);

/** "met with X", "held talks with X", "un encuentro con X": the word before is "with" after a meeting word. */
function meetingCue(tokens: readonly Token[], from: number): boolean {
  const withWord = tokens[from - 1];
  if (withWord?.kind !== 'word' || !WITH_WORDS.has(withWord.lower)) return false;
  for (let i = from - 2; i >= 0 && i >= from - 4; i--) {
    const t = tokens[i];
    if (t.kind === 'word' && MEETING_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** "Seyed Mohammad Atabak, Iran's minister of ...": a comma, a few small words, then a role. */
function appositiveRole(tokens: readonly Token[], to: number): boolean {
  if (tokens[to + 1]?.text !== ',') return false;
  for (let i = to + 2; i < tokens.length && i <= to + 6; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') return false;
    if (ROLE_NOUNS.has(t.lower)) return true;
    // "Yue Bin, a former Chinese Ambassador": a country word may stand before the role.
    if (t.cap && !t.possessive && !isPlaceWord(t.lower) && !PLACE_PHRASES.has(t.lower) && !isCountryWord(t.text)) return false;
  }
  return false;
}

/**
 * The personal name inside a cued run: leading places, demonyms, titles and other non-name words
 * are dropped. After "of" the run opens with the title's complement ("of Tajikistan Sherali
 * Kabir"); an unrecognised first word there is dropped too when three or more words remain.
 */
function nameIn(tokens: readonly Token[], run: Run, complement: boolean): Token[] | null {
  let i = stripLeft(tokens, run.from, run.to);
  const unrecognised = i === run.from;
  if (complement && unrecognised && tokens.slice(i, run.to + 1).filter((t) => !isParticle(t)).length >= 3) {
    i = stripLeft(tokens, i + 1, run.to);
  }
  const words = tokens.slice(i, run.to + 1);
  if (words.length === 0 || isParticle(words[0])) return null;
  const ok = words.every((t) => isParticle(t) || (t.cap && !t.acronym && !NOT_NAME_WORDS.has(t.lower)));
  const count = words.filter((t) => !isParticle(t)).length;
  return ok && count <= 4 ? words : null;
}

/** The index of the first word in from..to that is not a place, demonym, title or other non-name word. */
function stripLeft(tokens: readonly Token[], from: number, to: number): number {
  let i = from;
  outer: while (i <= to) {
    for (let n = Math.min(LONGEST_PLACE, to - i + 1); n >= 1; n--) {
      if (PLACE_PHRASES.has(tokens.slice(i, i + n).map((t) => t.lower).join(' '))) { i += n; continue outer; }
    }
    if (!isPlaceWord(tokens[i].lower) && !NOT_NAME_WORDS.has(tokens[i].lower) && !isCountryWord(tokens[i].text)) break;
    i += 1;
  }
  return i;
}

const keyOf = (words: readonly Token[]) => words.map((t) => t.lower).join(' ');

export function findPeople(tokens: readonly Token[]): { people: Entity[]; spans: Set<number> } {
  const all = runs(tokens);
  const full = new Map<string, { words: Token[]; first: number }>();

  // "The presidents of Kyrgyzstan and Uzbekistan, Sadyr Japarov and Shavkat Mirziyoyev, met":
  // a name joined by "and" to a cued name is cued too.
  let lastCuedEnd = -10;
  for (const run of all) {
    const ctx = titleContext(tokens, run.from);
    const next = tokens[run.to + 1];
    const closes = !next || next.kind !== 'word' || !next.cap || isVerb(next);
    const cued = ctx === 'direct' || ctx === 'complement' || (ctx === 'apposition' && closes)
      || isVerb(next) || (isVerb(tokens[run.from - 1]) && closes) || appositiveRole(tokens, run.to)
      || (meetingCue(tokens, run.from) && closes)
      || (run.from - 2 === lastCuedEnd && AND_WORDS.has(tokens[run.from - 1]?.lower ?? ''));
    if (!cued) continue;
    lastCuedEnd = run.to;
    const words = nameIn(tokens, run, ctx === 'complement');
    // A lone surname is only ever a mention of a full name, matched below.
    if (!words || words.length < 2) continue;
    const key = keyOf(words);
    if (!full.has(key)) full.set(key, { words, first: words[0].start });
  }

  // A shorter form inside a longer one ("Sami'e Nejad" in "Masoud Sami'e Nejad") is the same person.
  const longest = new Map<string, { words: Token[]; first: number }>();
  for (const n of full.values()) {
    for (let a = 0; a < n.words.length; a++) {
      for (let b = a + 2; b <= n.words.length; b++) {
        const part = keyOf(n.words.slice(a, b));
        const held = longest.get(part);
        if (!held || held.words.length < n.words.length) longest.set(part, n);
      }
    }
  }
  const canonical = new Map<string, { words: Token[]; first: number }>();
  for (const n of full.values()) {
    const target = longest.get(keyOf(n.words)) ?? n;
    const key = keyOf(target.words);
    const entry = canonical.get(key) ?? { words: target.words, first: target.first };
    entry.first = Math.min(entry.first, n.first);
    canonical.set(key, entry);
  }

  // Mentions, found by each name's last word: the full name anywhere, or the surname alone when
  // exactly one name ends with it. Full-name tokens are reported so organisations skip them.
  const spans = new Set<number>();
  const byLast = new Map<string, { words: Token[]; first: number }[]>();
  for (const e of canonical.values()) {
    const last = e.words[e.words.length - 1].lower;
    byLast.set(last, [...(byLast.get(last) ?? []), e]);
  }
  for (let i = 0; i < tokens.length; i++) {
    const owners = tokens[i].kind === 'word' ? byLast.get(tokens[i].lower) : undefined;
    if (!owners) continue;
    let matched = false;
    for (const e of owners) {
      const n = e.words.length;
      if (i + 1 < n || !e.words.every((w, k) => tokens[i - n + 1 + k].lower === w.lower)) continue;
      for (let k = i - n + 1; k <= i; k++) spans.add(k);
      e.first = Math.min(e.first, tokens[i - n + 1].start);
      matched = true;
    }
    // Surname-only mentions are not reported as spans: "the Heydar Aliyev Foundation" stays a name.
    if (!matched && owners.length === 1 && tokens[i].cap) {
      owners[0].first = Math.min(owners[0].first, tokens[i].start);
    }
  }

  const people = [...canonical.values()].map((e) => ({ name: e.words.map((t) => t.text).join(' '), first: e.first }));
  return { people, spans };
}
