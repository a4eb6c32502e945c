// The hand-written scanners split text exactly where the regexes they replace do: each is checked
// against its regex on named tricky samples and on random strings over an alphabet of the
// characters that decide where tokens end (joiners, decimal marks, other scripts, surrogates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberEnd, scanNameTokens, scanTopicTokens, wordEnd } from '../src/extract/text/word-scan.ts';

const NAME_TOKEN = /([\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*)|(\n)|[^\s\p{L}\p{M}\p{N}]/gu;
const TOPIC_TOKEN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*|[.!?;:\n]|,/gu;

const byRegex = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
function byScanner(scan: typeof scanNameTokens | typeof scanTopicTokens, text: string): string[] {
  const out: string[] = [];
  scan(text, (_kind, start, end) => out.push(`${start}:${text.slice(start, end)}`));
  return out;
}

const samples: Array<[name: string, text: string]> = [
  ['plain prose', 'The Minister met the delegation on Tuesday.'],
  ['possessives and curly apostrophes', 'Iran’s minister and Sami’e Nejad\'s aide'],
  ['hyphens, ampersands and dangling joiners', 'agro-industrial R&D a--b c- -d e&&f g\'\'h'],
  ['decimal and grouped numbers', '$1.0 billion, 1,000,000 people, 3.5km, 12.5abc, a1.5, 1., .5, 1.2.3'],
  ['line breaks and other whitespace', 'one\ntwo\r\nthree\u00a0four\u2003five\u3000six\ufeffseven'],
  ['other scripts, marks and digits', 'Душанбе ҷ ӯ, مرحبا ٣٫٥ ١٢, 東京, é (e\u0301), ² ½ Ⅻ'],
  ['astral letters, emoji and lone surrogates', '𝐀𝐁c 😀 x\ud800y \udc00 z\ud83d'],
  ['sentence marks', 'Really?! Yes; no: maybe… (quoted) "x" «y» — z'],
];

for (const [name, text] of samples) {
  test(`name tokens match their regex: ${name}`, () => {
    assert.deepEqual(byScanner(scanNameTokens, text), byRegex(NAME_TOKEN, text));
  });
  test(`topic tokens match their regex: ${name}`, () => {
    assert.deepEqual(byScanner(scanTopicTokens, text), byRegex(TOPIC_TOKEN, text));
  });
}

// A small seeded generator, so a failure can be reproduced.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 >>> 0) / 2 ** 32);
}
const ALPHABET = ['a', 'Z', '7', '٣', '²', 'ж', '\u0301', '-', "'", '’', '&', '.', ',', ' ', '\n', '\t', '\u00a0',
  '!', ';', '$', '😀', '𝐀', '\ud800', '\udc00', 'İ', 'Σ', '_'];

test('both scanners match their regexes on random strings of the characters that end tokens', () => {
  const next = random(7);
  for (let n = 0; n < 3000; n++) {
    let text = '';
    const length = Math.floor(next() * 24);
    for (let k = 0; k < length; k++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
    assert.deepEqual(byScanner(scanNameTokens, text), byRegex(NAME_TOKEN, text), JSON.stringify(text));
    assert.deepEqual(byScanner(scanTopicTokens, text), byRegex(TOPIC_TOKEN, text), JSON.stringify(text));
  }
});

test('wordEnd and numberEnd stop where their sticky regexes stop', () => {
  const word = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/uy;
  const wordWithAmpersand = /[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*/uy;
  const number = /\p{N}+(?:[.,]\p{N}+)+/uy;
  const text = 'R&D 1.5km agro-industrial-’ x’s 2,000. ٣٫٥ 𝐀-b';
  for (let i = 0; i < text.length; i++) {
    // Scanners never start inside a surrogate pair (a `u` regex would step back to its start).
    if (/[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1] ?? '')) continue;
    for (const [re, ampersand] of [[word, false], [wordWithAmpersand, true]] as const) {
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) assert.equal(wordEnd(text, i, ampersand), i + m[0].length, `word at ${i}`);
    }
    number.lastIndex = i;
    const m = number.exec(text);
    assert.equal(numberEnd(text, i), m ? i + m[0].length : -1, `number at ${i}`);
  }
});
