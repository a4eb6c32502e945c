// The topic taxonomy's evidence terms as lookup tables for topics.ts: single words, word
// prefixes ("export*") and phrases, each pointing at the topics (and weights) it is evidence for.
// Built once when the module loads; the single-word answer is then memoised per spelling.
import { TOPIC_DEFINITIONS } from './topic-taxonomy.ts';
import { WordMemo } from './word-memo.ts';

export type Target = readonly [topic: number, weight: number];
export interface Phrase { rest: string[]; lastIsPrefix: boolean; targets: Target[] }

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
