// SpanMemo answers for a word read in place in a text: the same value for the same spelling
// wherever it stands, a separate value for every other spelling, and the same answers after it
// grows or is cleared at its limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanMemo } from '../src/extract/text/span-memo.ts';

/** Every word of the text (runs of non-spaces) with its offsets. */
const spans = (text: string) => [...text.matchAll(/\S+/g)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

interface Case { name: string; text: string; limit?: number; computed: string[] }

const cases: Case[] = [
  { name: 'a spelling is computed once, wherever it stands', text: 'trade and trade and more trade', computed: ['trade', 'and', 'more'] },
  { name: 'spellings that differ only in case or one character are different words', text: 'Trade trade trada tradé', computed: ['Trade', 'trade', 'trada', 'tradé'] },
  { name: 'a word that is a prefix of another is a different word', text: 'tra trade trades', computed: ['tra', 'trade', 'trades'] },
  { name: 'words beyond ASCII and surrogate pairs are read whole', text: 'Душанбе 𝐀𝐁 Душанбе 𝐀𝐁', computed: ['Душанбе', '𝐀𝐁'] },
  { name: 'a full memo is cleared by the next new word, then fills again', text: 'a b c a d a d', limit: 3, computed: ['a', 'b', 'c', 'd', 'a'] },
];

for (const c of cases) {
  test(`SpanMemo: ${c.name}`, () => {
    const memo = new SpanMemo<string>(c.limit);
    const computed: string[] = [];
    for (const { word, start, end } of spans(c.text)) {
      const value = memo.get(c.text, start, end, (w) => { computed.push(w); return `<${w}>`; });
      assert.equal(value, `<${word}>`);
    }
    assert.deepEqual(computed, c.computed);
  });
}

test('SpanMemo keeps every answer as it grows far past its first table', () => {
  const memo = new SpanMemo<number>();
  const text = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
  let computed = 0;
  for (let round = 0; round < 2; round++) {
    for (const { word, start, end } of spans(text)) {
      assert.equal(memo.get(text, start, end, (w) => { computed++; return w.length; }), word.length);
    }
  }
  assert.equal(computed, 20_000);
});
