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
