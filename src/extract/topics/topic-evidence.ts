// The topic taxonomy's evidence terms as lookup tables for topics.ts: single words, word
// prefixes ("export*") and phrases, each pointing at the topics (and weights) it is evidence for.
// Built once when the module loads; the single-word answer is then memoised per spelling.
import { TOPIC_DEFINITIONS } from '../../vocabulary/topics.ts';
import { WordMemo } from '../text/word-memo.ts';

export type Target = readonly [topic: number, weight: number];
export interface Phrase { rest: string[]; lastIsPrefix: boolean; targets: Target[] }

/** Every word of every evidence term, prefixes without their star. */
const evidenceWords = new Set<string>();
const exact = new Map<string, Target[]>();
const prefixes = new Map<string, Target[]>();
const phrases = new Map<string, Phrase[]>();
let longestPrefix = 0;

function add<K>(map: Map<K, Target[]>, key: K, target: Target): void {
  const list = map.get(key);
  if (list) list.push(target); else map.set(key, [target]);
}

TOPIC_DEFINITIONS.forEach((def, topic) => {
  for (const [term, weight] of Object.entries(def.evidence)) {
    const words = term.toLowerCase().split(' ');
    const starred = words[words.length - 1].endsWith('*');
    if (words.some((w, i) => w.endsWith('*') && i < words.length - 1)) throw new Error(`bad evidence term: ${term}`);
    if (starred) words[words.length - 1] = words[words.length - 1].slice(0, -1);
    for (const w of words) evidenceWords.add(w);
    if (words.length === 1) {
      if (starred) {
        add(prefixes, words[0], [topic, weight]);
        longestPrefix = Math.max(longestPrefix, words[0].length);
      } else add(exact, words[0], [topic, weight]);
      continue;
    }
    const list = phrases.get(words[0]) ?? [];
    const existing = list.find((p) => p.lastIsPrefix === starred && p.rest.join(' ') === words.slice(1).join(' '));
    if (existing) existing.targets.push([topic, weight]);
    else list.push({ rest: words.slice(1), lastIsPrefix: starred, targets: [[topic, weight]] });
    list.sort((a, b) => b.rest.length - a.rest.length);
    phrases.set(words[0], list);
  }
});

/**
 * A cheap proof that a word is no evidence, nor part of any, without a memo lookup (most words of
 * an article are neither). It holds for a word of three or more ASCII characters, without a
 * hyphen (read by parts) or an apostrophe (read without its "'s"), that begins with no evidence
 * word shorter than three characters and whose first three characters begin no longer one:
 * every match (exact word, prefix, phrase word) shares those characters with an evidence word.
 * `alsoKeep` are words the caller compares itself. Returns a test of text[start, end).
 */
export function noEvidenceTest(alsoKeep: readonly string[]): (text: string, start: number, end: number) => boolean {
  const kept = [...evidenceWords, ...alsoKeep].filter((w) => /^[\x00-\x7f]+$/.test(w.slice(0, 3)));
  const code = (w: string, n: number) => [...w.slice(0, n)].reduce((key, ch) => (key << 7) | ch.charCodeAt(0), 0);
  const singles = new Set(kept.filter((w) => w.length === 1).map((w) => code(w, 1)));
  const pairs = new Set(kept.filter((w) => w.length === 2).map((w) => code(w, 2)));
  const triples = new Set(kept.filter((w) => w.length >= 3).map((w) => code(w, 3)));
  // A word with a character beyond ASCII among its first three (Russian evidence) is never ruled
  // out below, since such a text word returns false at once; an empty one defeats the proof.
  if (kept.some((w) => w === '')) return () => false;
  return (text, start, end) => {
    if (end - start < 3) return false;
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    const c2 = text.charCodeAt(start + 2);
    if (c0 >= 128 || c1 >= 128 || c2 >= 128) return false;
    if (singles.has(c0) || pairs.has((c0 << 7) | c1) || triples.has((((c0 << 7) | c1) << 7) | c2)) return false;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x2d || c === 0x27 || c === 0x2019) return false;
    }
    return true;
  };
}

const NONE: readonly Target[] = [];
const NO_PHRASES: readonly Phrase[] = [];

/** Phrases starting with this word, longest first. */
export const phrasesFrom = (word: string): readonly Phrase[] => phrases.get(word) ?? NO_PHRASES;

// What a single word is evidence for depends on the word alone, so it is worked out once for all
// articles (prefix lookups cost a slice per length tried).
const wordTargets = new WordMemo<readonly Target[]>();
export const singleWord = (word: string): readonly Target[] => wordTargets.get(word, findTargets);

function findTargets(word: string): readonly Target[] {
  let found: readonly Target[] = exact.get(word) ?? NONE;
  if (found.length === 0) {
    for (let n = Math.min(word.length, longestPrefix); n >= 2 && found.length === 0; n--) {
      found = prefixes.get(word.slice(0, n)) ?? NONE;
    }
  }
  // "trade-economic" says trade; a hyphenated word with no evidence of its own is read by parts.
  if (found.length === 0 && word.includes('-')) found = word.split('-').flatMap((part) => singleWord(part));
  return found;
}
