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
