// countWords is the record's word rule (WORD_PATTERN) done by a scan: the table pins the rule,
// and random strings over the characters that matter check that the scan and the regex agree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords, WORD_PATTERN } from '../src/extract/text/word-count.ts';

const cases: Array<[string, string, number]> = [
  ['empty text has no words', '', 0],
  ['words are separated by spaces and punctuation', 'Trade rose, exports fell.', 4],
  ['dots, hyphens and apostrophes inside a word keep it whole', 'U.S. agro-industrial Sami’e O\'Neill', 4],
  ['a word cannot start with a joiner', "- 'quoted' .5 -x", 3],
  ['digits are words, and a comma splits a number', 'In 2023, 1,500 tonnes', 5],
  ['letters of any script count', 'Президент Ҷумҳурии Тоҷикистон 東京 مرحبا', 5],
  ['letters outside the basic plane count once', '𝐀𝐁 𝐂', 2],
  ['marks alone do not start a word', '\u0301 a\u0301', 1],
];
for (const [name, text, expected] of cases) {
  test(name, () => {
    assert.equal(countWords(text), expected);
    assert.equal(text.match(WORD_PATTERN)?.length ?? 0, expected);
  });
}

test('the scan counts exactly the regex matches on random text', () => {
  const alphabet = ['a', 'Z', '7', ' ', '\n', '.', '-', "'", '’', ',', 'é', 'ж', 'ҷ', '東', '\u0301', '𝐀', '\ud800', '٣', '—'];
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let n = 0; n < 2000; n++) {
    let text = '';
    const length = Math.floor(random() * 40);
    for (let k = 0; k < length; k++) text += alphabet[Math.floor(random() * alphabet.length)];
    assert.equal(countWords(text), text.match(WORD_PATTERN)?.length ?? 0, JSON.stringify(text));
  }
});
