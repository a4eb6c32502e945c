// The record's word count: runs that start with a letter or digit and go on through letters,
// digits, apostrophes, dots and hyphens ("U.S.", "agro-industrial", "Sami’e" are one word each).
// Counted by one scan of character codes rather than by collecting every regex match, since it
// runs over every body and only the number is wanted; the test checks it against the regex.

/** The word rule as a regex: `text.match(WORD_PATTERN)?.length` is what countWords returns. */
export const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
// Letters and digits beyond ASCII are looked up once each.
const known = new Map<number, boolean>();

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
  let yes = known.get(code);
  if (yes === undefined) known.set(code, (yes = LETTER_OR_DIGIT.test(String.fromCodePoint(code))));
  return yes;
}

const isJoiner = (code: number) => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d; // ' ’ . -

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++; // the low half of a surrogate pair
    if (isLetterOrDigit(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isJoiner(code))) {
      inWord = false;
    }
  }
  return words;
}
