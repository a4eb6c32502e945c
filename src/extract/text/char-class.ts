// Character classes by code point, for scanners that walk a text's character codes instead of
// matching Unicode regexes (which allocate a result per match). ASCII is decided inline; other
// code points are classified once each by the regex that defines the class.

/** Letters, marks and numbers of any script: `[\p{L}\p{M}\p{N}]`. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
const LETTER_CHAR = /^\p{L}$/u;
const SPACE_CHAR = /^\s$/u;

// Classes of code points beyond ASCII are worked out once each (bits: known, word, number,
// space, letter); astral code points, which are rare, are tested every time.
const KNOWN = 1;
const WORD = 2;
const NUMBER = 4;
const SPACE = 8;
const LETTER = 16;
const bmpClasses = new Uint8Array(0x10000);

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return KNOWN | (WORD_CHAR.test(ch) ? WORD : 0) | (NUMBER_CHAR.test(ch) ? NUMBER : 0) | (SPACE_CHAR.test(ch) ? SPACE : 0)
    | (LETTER_CHAR.test(ch) ? LETTER : 0);
}

function asciiClass(c: number): number {
  if (c >= 48 && c <= 57) return KNOWN | WORD | NUMBER;
  if ((c | 0x20) >= 97 && (c | 0x20) <= 122) return KNOWN | WORD | LETTER;
  if (c === 32 || (c >= 9 && c <= 13)) return KNOWN | SPACE;
  return KNOWN;
}
const ASCII_CLASSES = Uint8Array.from({ length: 128 }, (_, c) => asciiClass(c));

/** The code point starting at i (a lone surrogate counts as itself, as in a `u` regex). */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASSES[c];
  const cp = codePointAt(text, i);
  if (cp > 0xffff) return classify(cp);
  let k = bmpClasses[cp];
  if (k === 0) bmpClasses[cp] = k = classify(cp);
  return k;
}

/** True for an ASCII letter or digit; false for anything else, and past the end. */
export const isAsciiWordCode = (c: number): boolean => c < 128 && (ASCII_CLASSES[c] & WORD) !== 0;

/** Code units the code point at i takes (2 for a surrogate pair). */
export const widthAt = (text: string, i: number): number => (codePointAt(text, i) > 0xffff ? 2 : 1);

/** False past the end of the text. */
export const isWordAt = (text: string, i: number): boolean => i < text.length && (classAt(text, i) & WORD) !== 0;
export const isNumberAt = (text: string, i: number): boolean => i < text.length && (classAt(text, i) & NUMBER) !== 0;
export const isSpaceAt = (text: string, i: number): boolean => (classAt(text, i) & SPACE) !== 0;

export const isLetterAt = (text: string, i: number): boolean => i < text.length && (classAt(text, i) & LETTER) !== 0;

/** Letters in the text, counted by code point: `text.match(/\p{L}/gu)?.length ?? 0`. */
export function countLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i += widthAt(text, i)) if ((classAt(text, i) & LETTER) !== 0) letters++;
  return letters;
}

