// The token stream the name extractor works on: words with their capitalisation, punctuation,
// and line breaks, each with its offset so entities can be ordered by first mention.
import { FUNCTION_WORDS, PARTICLES, SPEECH_VERBS, TITLES } from './name-vocabulary.ts';
import { SpanMemo } from '../text/span-memo.ts';
import { NAME_NEWLINE, NAME_WORD, scanNameTokens, type NameTokenKind } from '../text/word-scan.ts';

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

/** What a word's spelling alone says; the same for every occurrence, so it is worked out once. */
interface WordShape {
  /** The word exactly as written. */
  written: string;
  text: string;
  lower: string;
  possessive: boolean;
  cap: boolean;
  acronym: boolean;
  /** Has a letter (case mappings differ somewhere). */
  letters: boolean;
  /** Written in capitals throughout (or has no letters). */
  upper: boolean;
}

function shapeOf(written: string): WordShape {
  const last = written.length - 1;
  const possessive = last >= 2 && (written[last] === 's' || written[last] === 'S')
    && (written[last - 1] === "'" || written[last - 1] === '’');
  const w = possessive ? written.slice(0, -2) : written;
  let lower = w.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  const upperCase = w.toUpperCase();
  const upperFirst = w[0] !== lower[0];
  const cap = upperFirst ? w !== upperCase : (w[2] === '-' || w[3] === '-') && ARABIC_PARTICLE.test(w);
  return {
    written, text: w, lower, possessive, cap, acronym: upperFirst && isAcronym(w), letters: lower !== upperCase, upper: w === upperCase,
  };
}

const shapes = new SpanMemo<WordShape>();
const NOT_A_WORD: WordShape = { written: '', text: '', lower: '', possessive: false, cap: false, acronym: false, letters: false, upper: true };

/** Words (split as word-scan.ts `scanNameTokens` says), line breaks and every other mark but spaces. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const tokenShapes: WordShape[] = [];
  scanNameTokens(text, (kind: NameTokenKind, start: number, end: number) => {
    if (kind === NAME_WORD) {
      const shape = shapes.get(text, start, end, shapeOf);
      tokens.push({
        text: shape.text, written: shape.written, lower: shape.lower, start, kind: 'word', possessive: shape.possessive,
        cap: shape.cap, acronym: shape.acronym, titleCase: false, shouted: false,
      });
      tokenShapes.push(shape);
    } else {
      const written = text.slice(start, end);
      tokens.push({
        text: written, written, lower: written, start, kind: kind === NAME_NEWLINE ? 'newline' : 'punct',
        possessive: false, cap: false, acronym: false, titleCase: false, shouted: false,
      });
      tokenShapes.push(NOT_A_WORD);
    }
  });
  markLines(tokens, tokenShapes);
  return tokens;
}

function markLines(tokens: Token[], tokenShapes: WordShape[]): void {
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
      const shape = tokenShapes[k];
      if (t.kind !== 'word' || !shape.letters) continue;
      words += 1;
      if (t.text[0] !== t.lower[0]) capitalised += 1;
      if (t.acronym || shape.upper) allCaps += 1;
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
