// Where words, numbers and marks start and end in a text, found by walking character codes.
// The name and topic extractors used to split every article with Unicode regexes and look each
// match up in a Map: every match allocated a result array and a fresh substring, and a fresh
// string has no cached hash, so each lookup hashed it again. These scanners only report offsets
// (tokens are read in place, see span-memo.ts); each reproduces its regex, quoted at the
// function, exactly (tests/word-scan.test.ts compares them on tricky and random text).

import { isAsciiWordCode, isNumberAt, isSpaceAt, isWordAt, widthAt } from './char-class.ts';

function wordRunEnd(text: string, i: number): number {
  for (;;) {
    // Most text is ASCII: a table lookup per character; the rest is classified by code point.
    const c = text.charCodeAt(i);
    if (isAsciiWordCode(c)) i++;
    else if (c >= 128 && isWordAt(text, i)) i += widthAt(text, i);
    else return i;
  }
}

function numberRunEnd(text: string, i: number): number {
  while (isNumberAt(text, i)) i += widthAt(text, i);
  return i;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const AMPERSAND = 0x26;

/**
 * The end of the word starting at `start` (which must be a word character):
 * `[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*`, with `&` as a joiner too when `ampersand`.
 */
export function wordEnd(text: string, start: number, ampersand: boolean): number {
  let end = wordRunEnd(text, start);
  for (;;) {
    const c = text.charCodeAt(end);
    const joiner = c === HYPHEN || c === APOSTROPHE || c === RIGHT_QUOTE || (ampersand && c === AMPERSAND);
    if (!joiner || !isWordAt(text, end + 1)) return end;
    end = wordRunEnd(text, end + 1);
  }
}

/** The end of a decimal or grouped number at `start` (`\p{N}+(?:[.,]\p{N}+)+`), or -1 when there is none. */
export function numberEnd(text: string, start: number): number {
  if (!isNumberAt(text, start)) return -1;
  let end = numberRunEnd(text, start);
  let groups = 0;
  for (;;) {
    const c = text.charCodeAt(end);
    if ((c !== 0x2e && c !== 0x2c) || !isNumberAt(text, end + 1)) break;
    end = numberRunEnd(text, end + 1);
    groups++;
  }
  return groups > 0 ? end : -1;
}

export const NAME_WORD = 0;
export const NAME_NEWLINE = 1;
export const NAME_PUNCT = 2;
export type NameTokenKind = typeof NAME_WORD | typeof NAME_NEWLINE | typeof NAME_PUNCT;

/**
 * The tokens of the name extractor, in order:
 * `([\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*)|(\n)|[^\s\p{L}\p{M}\p{N}]` (word, newline,
 * any other mark but whitespace).
 */
export function scanNameTokens(text: string, visit: (kind: NameTokenKind, start: number, end: number) => void): void {
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === SPACE) { i++; continue; } // the commonest character between tokens, decided first
    if (c === NEWLINE) { visit(NAME_NEWLINE, i, i + 1); i++; continue; }
    if (isAsciiWordCode(c) || (c >= 128 && isWordAt(text, i))) {
      const end = wordEnd(text, i, true);
      visit(NAME_WORD, i, end);
      i = end;
      continue;
    }
    const width = widthAt(text, i);
    if (!isSpaceAt(text, i)) visit(NAME_PUNCT, i, i + width);
    i += width;
  }
}

export const TOPIC_WORD = 0;
export const TOPIC_BOUNDARY = 1;
export const TOPIC_COMMA = 2;
export type TopicTokenKind = typeof TOPIC_WORD | typeof TOPIC_BOUNDARY | typeof TOPIC_COMMA;

/** Sentence marks for the topic extractor: `.!?;:` and a line break. */
const isBoundary = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b || c === 0x3a || c === NEWLINE;

/**
 * The tokens of the topic extractor, in order:
 * `\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[.!?;:\n]|,` (numbers
 * keep their decimal point, so "$1.0 billion" does not end a sentence; everything else is skipped).
 */
export function scanTopicTokens(text: string, visit: (kind: TopicTokenKind, start: number, end: number) => void): void {
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === SPACE) { i++; continue; }
    // Only a digit or a character beyond ASCII can start a number.
    const number = (c >= 48 && c <= 57) || c >= 128 ? numberEnd(text, i) : -1;
    if (number > 0) { visit(TOPIC_WORD, i, number); i = number; continue; }
    if (isAsciiWordCode(c) || (c >= 128 && isWordAt(text, i))) {
      const end = wordEnd(text, i, false);
      visit(TOPIC_WORD, i, end);
      i = end;
      continue;
    }
    if (isBoundary(c)) visit(TOPIC_BOUNDARY, i, i + 1);
    else if (c === 0x2c) visit(TOPIC_COMMA, i, i + 1);
    i += widthAt(text, i);
  }
}
