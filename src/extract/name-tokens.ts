// The token stream the name extractor works on: words with their capitalisation, punctuation,
// and line breaks, each with its offset so entities can be ordered by first mention.
import { FUNCTION_WORDS, PARTICLES, SPEECH_VERBS, TITLES } from './name-vocabulary.ts';

export interface Token {
  /** As written, without a possessive "'s". */
  text: string;
  /** Exactly as written ("People’s"). */
  written: string;
  /** Lower-cased, curly apostrophes straightened. */
  lower: string;
  start: number;
  kind: 'word' | 'punct' | 'newline';
  possessive: boolean;
  /** Name-like capitalisation: an upper-case first letter and lower-case letters ("Sami’e", "al-Sistani"). */
  cap: boolean;
  /** The shape of an acronym: "CIS", "G20", "KazAID". */
  acronym: boolean;
  /** On a headline written in title case ("Meeting Of Council On ..."), where capitals say nothing. */
  titleCase: boolean;
  /** On a line written in capitals ("BREAKING NEWS ...") or a sign-off line of initials ("EF/MA"). */
  shouted: boolean;
}

const TOKEN = /([\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*)|(\n)|[^\s\p{L}\p{M}\p{N}]/gu;
const ARABIC_PARTICLE = /^(?:al|el|ad|as|ash|at|bin|ibn|abu|ben)-\p{Lu}/u;

// Case tests by comparing case mappings: much cheaper than Unicode regexes on every token.
const hasUpperFirst = (w: string) => w[0] !== w[0].toLowerCase();
const isLetter = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();

function isAcronym(w: string): boolean {
  if (w.length < 2 || w.length > 10 || !hasUpperFirst(w)) return false;
  let letters = 0;
  let upper = 0;
  for (const ch of w) {
    if (!isLetter(ch)) { if (!/[0-9&]/.test(ch)) return false; continue; }
    letters += 1;
    if (ch !== ch.toLowerCase()) upper += 1;
  }
  // "CIS", "G20" (two to six capitals), or mixed "KazAID" (three or more capitals, at least half).
  if (upper === letters) return letters >= 2 && w.length <= 6;
  return upper >= 3 && upper * 2 >= w.length && !/[0-9&]/.test(w);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const written = m[0];
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'newline' : 'punct';
    let w = written;
    let possessive = false;
    let cap = false;
    let acronym = false;
    let lower = written;
    if (kind === 'word') {
      const last = written.length - 1;
      possessive = last >= 2 && (written[last] === 's' || written[last] === 'S')
        && (written[last - 1] === "'" || written[last - 1] === '’');
      if (possessive) w = written.slice(0, -2);
      lower = w.toLowerCase();
      if (lower.includes('’')) lower = lower.replace(/’/g, "'");
      const upperFirst = w[0] !== lower[0];
      cap = upperFirst ? w !== w.toUpperCase() : (w[2] === '-' || w[3] === '-') && ARABIC_PARTICLE.test(w);
      acronym = upperFirst && isAcronym(w);
    }
    tokens.push({
      text: w, written, lower, start: m.index, kind, possessive, cap, acronym, titleCase: false, shouted: false,
    });
  }
  markLines(tokens);
  return tokens;
}

function markLines(tokens: Token[]): void {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].kind !== 'newline') continue;
    let words = 0;
    let capitalised = 0;
    let allCaps = 0;
    let functionCap = false;
    let slash = false;
    for (let k = from; k < i; k++) {
      const t = tokens[k];
      if (t.text === '/') slash = true;
      if (t.kind !== 'word' || t.lower === t.text.toUpperCase()) continue; // no letters
      words += 1;
      if (t.text[0] !== t.lower[0]) capitalised += 1;
      if (t.acronym || t.text === t.text.toUpperCase()) allCaps += 1;
      if (words > 1 && t.cap && FUNCTION_WORDS.has(t.lower)) functionCap = true;
    }
    // A capitalised "Of"/"On" after the first word marks a title-case headline.
    const titleCase = words >= 4 && capitalised >= words * 0.8 && functionCap;
    const signOff = words > 0 && words <= 4 && allCaps === words && slash;
    const shouted = signOff || (words >= 4 && allCaps >= words * 0.8);
    for (let k = from; k < i; k++) { tokens[k].titleCase = titleCase; tokens[k].shouted = shouted; }
    from = i + 1;
  }
}

export const isTitle = (t: Token | undefined): boolean => t?.kind === 'word' && TITLES.has(t.lower);
export const isVerb = (t: Token | undefined): boolean => t?.kind === 'word' && SPEECH_VERBS.has(t.lower);
export const isParticle = (t: Token | undefined): boolean => t?.kind === 'word' && PARTICLES.has(t.text);
/** A word that can be part of a personal name as far as its shape and role tell. */
export const isNameWord = (t: Token | undefined): boolean =>
  t !== undefined && t.cap && !FUNCTION_WORDS.has(t.lower) && !isTitle(t) && !isVerb(t);
