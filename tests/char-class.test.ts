// The character classes the scanners use agree with the Unicode regexes that define them, for
// ASCII, other scripts, combining marks, astral letters and lone surrogates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countLetters, isLetterAt, isNumberAt, isSpaceAt, isWordAt, widthAt } from '../src/extract/text/char-class.ts';

const SAMPLES = [
  'Plain ASCII, with digits 2024 and marks!?',
  'Душанбе ҷ ӯ ғ; مرحبا ٣٫٥; 東京; ĀĒĪ; é and e\u0301',
  '𝐀𝐁c 😀 𝟏 x\ud800y \udc00 z\ud83d',
  'spaces:\u00a0\u2003\u3000\ufeff\t\v\f\r\n\u2028\u0085\u180e',
  '² ½ Ⅻ ⅻ ① ʼ ’ ‘',
];

test('countLetters counts what /\\p{L}/gu matches', () => {
  for (const text of SAMPLES) assert.equal(countLetters(text), text.match(/\p{L}/gu)?.length ?? 0, text);
});

test('each class test agrees with its regex at every code point start', () => {
  const classes: Array<[(t: string, i: number) => boolean, RegExp]> = [
    [isWordAt, /^[\p{L}\p{M}\p{N}]/u], [isLetterAt, /^\p{L}/u], [isNumberAt, /^\p{N}/u], [isSpaceAt, /^\s/u],
  ];
  for (const text of SAMPLES) {
    for (let i = 0; i < text.length; i += widthAt(text, i)) {
      for (const [isClass, re] of classes) assert.equal(isClass(text, i), re.test(text.slice(i)), `${isClass.name} at ${i} of ${JSON.stringify(text)}`);
    }
  }
});

test('widthAt is 2 only for a surrogate pair', () => {
  const table: Array<[string, number]> = [['a', 1], ['ж', 1], ['𝐀', 2], ['😀', 2], ['\ud800x', 1], ['\udc00', 1]];
  for (const [text, width] of table) assert.equal(widthAt(text, 0), width, JSON.stringify(text));
});
