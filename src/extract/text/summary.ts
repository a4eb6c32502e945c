// The summary is the article's lead: news writing puts who/what/when in the first paragraph,
// so we trim that rather than compose anything. Also exports the sentence/word cutting that
// deriveTitle shares, so both cut text the same way.
import type { Block } from '../types.ts';

export const SUMMARY_MAX = 300;

/** A full stop after these is not a sentence end ("Mr. Rahmon", "Dec. 12", "U.S. officials", "2023 г."). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen col lt sgt st jr sr no nos vs etc inc ltd co corp gov sen rep pres amb approx dept ' +
    'fig mt ft jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e u.s u.k u.n г гг им ул т.е т.д т.п см').split(' '),
);

/** Words a cut must not end on: a title or summary ending in "of" or "and" reads broken. */
const DANGLING = new Set(
  ('a an the and or but nor of to in on at by for from with as into onto about over under than that which who whom ' +
    'whose its his her their our your this these those is are was were be been has have had will would its ' +
    'и в во на с со по для о об к ко от из у а но что как при за до').split(' '),
);

const SENTENCE_END = /[.!?…]+["”»’')\]]*(?=\s+["“«‘(]?[\p{Lu}\d]|\s*$)/gu;

/** Offsets just past each sentence end found within the first `limit` characters. */
export function sentenceEnds(text: string, limit: number): number[] {
  // Look only a little past the limit: long leads must not make this scan the whole article.
  const head = text.length > limit + 40 ? text.slice(0, limit + 40) : text;
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) {
    const end = m.index + m[0].length;
    if (end > limit) break;
    if (head[m.index] === '.') {
      const word = /([\p{L}.]+)$/u.exec(head.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      // Initials ("J. Smith") and listed abbreviations do not end sentences.
      if (/^\p{Lu}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    if (end === head.length && head.length < text.length) continue;
    ends.push(end);
  }
  return ends;
}

/** Runs of whitespace to one space; JS \s also covers NBSP and the other Unicode space separators. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/** Drops trailing punctuation and function words so a cut never ends on "of the". */
export function trimDangling(text: string): string {
  let out = text.replace(/[\s,;:–—\-(/]+$/u, '');
  for (let i = 0; i < 6; i++) {
    const m = /\s(\S+)$/u.exec(out);
    if (!m || !DANGLING.has(m[1].toLowerCase())) break;
    out = out.slice(0, m.index).replace(/[\s,;:–—\-(/]+$/u, '');
  }
  return out;
}

/** Cuts at the last word boundary that fits `max` characters including the ellipsis. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max); // one character is kept free for the ellipsis
  const space = room.lastIndexOf(' ');
  const cut = space > max / 3 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${trimDangling(cut)}…`;
}

export function summarize(blocks: Block[]): string {
  const lead = blocks.find((b) => b.kind === 'paragraph' && b.text.trim() !== '');
  if (!lead) return '';
  const text = normalizeSpace(lead.text.length > SUMMARY_MAX * 4 ? lead.text.slice(0, SUMMARY_MAX * 4) : lead.text);
  if (text.length <= SUMMARY_MAX && lead.text.length <= SUMMARY_MAX * 4) return text;
  const ends = sentenceEnds(text, SUMMARY_MAX);
  const last = ends[ends.length - 1];
  // A lone short opening sentence says less than a fuller cut lead, so require a reasonable length.
  if (last !== undefined && last >= SUMMARY_MAX / 3) return text.slice(0, last);
  return cutAtWord(text, SUMMARY_MAX);
}
