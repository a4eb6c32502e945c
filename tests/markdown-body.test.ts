import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { blocksToMarkdown } from '../src/record/markdown.ts';

// The site renders bodies with these options; escaping must hold for them.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const render = (text: string) => md.render(blocksToMarkdown([{ kind: 'paragraph', text }]));

for (const text of [
  '# Not a heading',
  '> not a quote',
  '- not a list item',
  '1. not a numbered list',
  '2024. A year that ends a sentence',
  '*not emphasis* and _not emphasis_',
  '[not a link](http://example.com)',
  '<script>alert(1)</script>',
  'Prices rose 5% & fell | twice ~ ~',
  '`not code`',
  '---',
  '{{ 7*7 }} {% raw %}',
  'Back\\slash',
]) {
  test(`article text ${JSON.stringify(text)} renders as exactly that text`, () => {
    const html = render(text);
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    assert.equal(html, `<p>${escaped}</p>\n`);
  });
}

test('a heading block becomes a level-2 heading', () => {
  assert.equal(md.render(blocksToMarkdown([{ kind: 'heading', text: 'Steel exports in focus' }])), '<h2>Steel exports in focus</h2>\n');
});
