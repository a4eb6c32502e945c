// Article text becomes markdown that renders exactly as written: nothing in it may turn
// into markup, links, HTML or template syntax.
import type { Block } from '../extract/types.ts';

// Characters markdown-it can read as syntax anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
// Characters that only matter at the start of a line (headings, quotes, lists, rules, tables).
const LINE_START_SPECIAL = /^(\s*)([#>+=-]|\d+[.)])/;

function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    .replace(LINE_START_SPECIAL, (_m, space: string, mark: string) => `${space}${mark.replace(/([.)#>+=-])$/, '\\$1')}`);
}

export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => (b.kind === 'heading' ? `## ${escapeMarkdown(b.text)}` : escapeMarkdown(b.text)))
    .join('\n\n') + '\n';
}

/** An escape escapeMarkdown adds: a backslash before one of the characters it escapes. */
const ESCAPED = /\\([\\`*_[\]<>&|~.)#+=-])/g;

/**
 * The text blocksToMarkdown was given, back: paragraphs and headings apart by a blank line,
 * every escape undone. For plain-text exports, without rendering the markdown first.
 */
export function markdownToText(body: string): string {
  return body
    .trimEnd()
    .split('\n\n')
    .map((block) => block.replace(/^## /, '').replace(ESCAPED, '$1'))
    .join('\n\n');
}

// In a body as blocksToMarkdown writes it, one pass finds every escape (undone) and anything
// else markdown-it could read as syntax: an unescaped special character, a line break, a tab, a NUL.
const ESCAPE_OR_SYNTAX = /\\([\\`*_[\]<>&|~.)#+=-])|[\\`*_[\]<>&|~\n\r\t\0]/g;
const BLOCK_START = /^(?:[#>+=-]|\d+[.)])/;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/**
 * The blocks of a body exactly as blocksToMarkdown writes it (one line each, every markdown
 * character escaped), their escapes undone; null for any other body, such as a record edited by
 * hand with markdown of its own. markdown-it renders such a body as each block's text, escaped
 * for HTML, in a <p> or an <h2>, so the site can render it without parsing it
 * (site/markdown.ts; tests/markdown-body.test.ts holds the two to the same output).
 */
export function writtenBlocks(body: string): Block[] | null {
  if (!body.endsWith('\n')) return null;
  const blocks: Block[] = [];
  let plain = true;
  const undo = (_match: string, escaped: string | undefined) => {
    if (escaped === undefined) plain = false;
    return escaped ?? '';
  };
  for (const block of body.slice(0, -1).split('\n\n')) {
    const heading = block.startsWith('## ');
    const written = heading ? block.slice(3) : block;
    // markdown-it trims a block, reads a leading mark as a heading, quote or list, and drops a
    // heading's closing #s: such blocks are left to it.
    if (written === '' || isSpace(written[0]) || isSpace(written.at(-1)) || BLOCK_START.test(written) || (heading && written.endsWith('#'))) return null;
    const text = written.replace(ESCAPE_OR_SYNTAX, undo);
    if (!plain) return null;
    blocks.push({ kind: heading ? 'heading' : 'paragraph', text });
  }
  return blocks;
}
