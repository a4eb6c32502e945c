// The body as plain text (markdownToText in src/record/markdown.ts): the exact text the ingest
// turned into markdown, checked by the round trip through blocksToMarkdown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blocksToMarkdown, markdownToText } from '../src/record/markdown.ts';
import type { Block } from '../src/extract/types.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const h = (text: string): Block => ({ kind: 'heading', text });

for (const [name, blocks, text] of [
  ['paragraphs are kept apart by a blank line', [p('One.'), p('Two.')], 'One.\n\nTwo.'],
  ['a sub-heading stands as its own paragraph, without its marks', [h('Background'), p('Text.')], 'Background\n\nText.'],
  ['markup and template syntax read as written', [p('a <b> & "c" \'d\' {{ 7*7 }} *x* _y_ `z` [l](u) ~s~ |t|')], 'a <b> & "c" \'d\' {{ 7*7 }} *x* _y_ `z` [l](u) ~s~ |t|'],
  ['line-start marks read as written', [p('# not a heading'), p('> not a quote'), p('1. not a list'), p('- nor this'), p('+ = nor these')], '# not a heading\n\n> not a quote\n\n1. not a list\n\n- nor this\n\n+ = nor these'],
  ['backslashes read as written, even before a special character', [p('C:\\new\\*.txt \\\\ end\\')], 'C:\\new\\*.txt \\\\ end\\'],
] as const) {
  test(`text: ${name}`, () => {
    assert.equal(markdownToText(blocksToMarkdown([...blocks])), text);
  });
}
