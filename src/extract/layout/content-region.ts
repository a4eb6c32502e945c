// The article is a region of the page, not a set of lines: the densest run of prose paragraphs.
// Pasted pages put menus, tickers, widgets, bylines and captions above the story and related
// headlines, share bars and teasers below it; line rules catch the common forms, but an unseen
// outlet's chrome is recognised by what it is not: sentence-like prose. In the spirit of jusText,
// each line is judged on its own (prose, short sentence, or neither), then short lines are judged
// by their neighbours: a short sentence next to prose belongs to the article. Everything is one
// pass or two over the lines, so cost stays linear.

export interface RegionLine {
  text: string;
  /** Blank lines directly above this line. */
  gap: number;
  /** Already dropped by a line rule. */
  drop: boolean;
  /** Only a date stamp or dateline. */
  meta: boolean;
  /** Why the line was dropped, for the explain output. */
  why?: string;
}

export type LineClass = 'prose' | 'sentence' | 'other';

const SENTENCE_END = /[.!?…。！？؟]["”»’')\]]*$/u;
const SENTENCE_INSIDE = /[.!?。؟]["”»’)]?\s+["“«(]?\p{Lu}/u;

/**
 * Prose: a line of at least ten words, mostly letters, ending a sentence (or holding several);
 * a sentence: four words or more ending with sentence punctuation; anything else is other.
 */
export function classifyLine(text: string): LineClass {
  let words = 1;
  let letters = 0;
  let digits = 0;
  let visible = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) { words++; continue; }
    visible++;
    if (c >= 48 && c <= 57) digits++;
    else if (isLetter(c)) letters++;
  }
  visible ||= 1;
  if (letters / visible < 0.6 || digits / visible > 0.25) return 'other';
  const ends = SENTENCE_END.test(text);
  if (words >= 10 && text.length >= 60 && (ends || SENTENCE_INSIDE.test(text))) return 'prose';
  if (words >= 4 && ends) return 'sentence';
  return 'other';
}

const LETTER = /\p{L}/u;
const letterCodes = new Map<number, boolean>();
/** Whether a UTF-16 code unit is a letter; a surrogate half counts as one (astral scripts). */
function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let yes = letterCodes.get(c);
  if (yes === undefined) letterCodes.set(c, (yes = LETTER.test(String.fromCharCode(c))));
  return yes;
}

/** Most non-prose lines (kept or dropped) that may stand between two parts of one article. */
const MAX_GAP_LINES = 3;

/**
 * The article's region as [first, last] line indexes, or null when the text has no prose at all
 * (a very short item: then every line stays as the line rules left it). The region is the run
 * richest in prose, where short sentences continue a run and a stretch of more than
 * MAX_GAP_LINES other lines ends it. Short sentences a few lines off either end join it.
 */
export function findRegion(lines: readonly RegionLine[], classes: readonly LineClass[]): [number, number] | null {
  const kind = (i: number): LineClass | 'meta' => (lines[i].meta ? 'meta' : lines[i].drop ? 'other' : classes[i]);
  let best: [number, number] | null = null;
  let bestWeight = 0;
  let start = -1;
  let end = -1;
  let weight = 0;
  let gap = 0;
  const close = () => {
    if (start >= 0 && weight > bestWeight) {
      best = [start, end];
      bestWeight = weight;
    }
    start = -1;
    weight = 0;
    gap = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    const k = kind(i);
    if (k === 'prose') {
      if (start < 0) start = i;
      end = i;
      weight += lines[i].text.length;
      gap = 0;
    } else if (start >= 0 && k === 'sentence') {
      end = i;
      gap = 0;
    } else if (start >= 0 && k === 'other' && ++gap > MAX_GAP_LINES) {
      close();
    }
  }
  close();
  if (!best) return null;
  let [first, last] = best as [number, number];
  first = reach(first, -1);
  last = reach(last, 1);
  return [first, last];

  /** The farthest short sentence within MAX_GAP_LINES other lines of `from`, stepping by `step`. */
  function reach(from: number, step: 1 | -1): number {
    let edge = from;
    let others = 0;
    for (let i = from + step; i >= 0 && i < lines.length && others <= MAX_GAP_LINES; i += step) {
      const k = kind(i);
      if (k === 'sentence' || k === 'prose') {
        edge = i;
        others = 0;
      } else if (k === 'other') {
        others++;
      }
    }
    return edge;
  }
}
