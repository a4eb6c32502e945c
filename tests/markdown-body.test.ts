import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { blocksToMarkdown, writtenBlocks } from '../src/record/markdown.ts';
import { renderBody } from '../src/site/markdown.ts';

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

// The site renders a body the ingest wrote without parsing it (src/site/markdown.ts); markdown-it
// is the reference it must match, block for block.
const CHARACTERS = ['a', 'Z', 'é', 'ж', '中', ' ', ' ', '\u00a0', '1', '9', '.', ')', '#', '>', '+', '=', '-', '*', '_', '`', '[', ']', '<', '&', '|', '~', '\\', '!', '"', "'", ':', '/', '(', '{', '%'];

function randomTexts(count: number, seed: number): string[] {
  let state = seed;
  const next = (n: number) => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) % n);
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(12) }, () => CHARACTERS[next(CHARACTERS.length)]).join(''));
}

test('a body as the ingest writes it renders as markdown-it renders it, without markdown-it', () => {
  const texts = randomTexts(4000, 7);
  let unparsed = 0;
  for (let i = 0; i < texts.length; i += 3) {
    const blocks = texts.slice(i, i + 3).map((text, j) => ({ kind: j === 1 ? ('heading' as const) : ('paragraph' as const), text }));
    const body = blocksToMarkdown(blocks);
    assert.equal(renderBody(body), md.render(body), JSON.stringify(body));
    if (writtenBlocks(body)) unparsed++;
  }
  // Most blocks have no edge spaces or closing #, so most bodies take the unparsed path.
  assert.ok(unparsed > 600, `${unparsed} bodies rendered without parsing`);
});

test('the blocks of a body the ingest wrote are read back exactly', () => {
  const blocks = [
    { kind: 'paragraph' as const, text: '# 1. <b>Not</b> *markup* & [links](x) | ~ `code` \\ 5% off' },
    { kind: 'heading' as const, text: '> Quoted - heading' },
    { kind: 'paragraph' as const, text: '2024. A year' },
  ];
  assert.deepEqual(writtenBlocks(blocksToMarkdown(blocks)), blocks);
});

for (const [label, body] of [
  ['emphasis written by hand', 'Some *emphasis* here\n'],
  ['a level-3 heading', '### Smaller\n'],
  ['an indented code block', '    code\n'],
  ['a list', '- one\n- two\n'],
  ['a line break inside a paragraph', 'one\ntwo\n'],
  ['a heading with closing marks', '## Heading ##\n'],
  ['a link', '[a](https://example.org/)\n'],
  ['no final newline', 'text'],
] as const) {
  test(`a body with ${label} is left to markdown-it`, () => {
    assert.equal(writtenBlocks(body), null);
    assert.equal(renderBody(body), md.render(body));
  });
}
