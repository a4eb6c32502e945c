// Topics: which subjects an article is about, from a small fixed taxonomy.
//
// Taxonomy (slug -> label -> IPTC Media Topic; data and evidence words in src/vocabulary/topics.ts):
//   trade       Trade        medtop:20000373 international trade
//   investment  Investment   medtop:04000000 economy, business and finance (no narrower concept fits)
//   industry    Industry     medtop:20000294 manufacturing and engineering
//   mining      Mining       medtop:20000316 metal and mineral mining and refining
//   energy      Energy       medtop:20000256 energy and resource
//   transport   Transport    medtop:20000337 transport
//   water       Water        medtop:20000270 water supply
//   agriculture Agriculture  medtop:20000210 agriculture
//   digital     Digital      medtop:20000225 computing and information technology
//   diplomacy   Diplomacy    medtop:20000639 diplomacy
//   security    Security     medtop:20000598 national security
//   migration   Migration    medtop:20000771 immigration
//   education   Education    medtop:05000000 education
//   culture     Culture      medtop:20000038 culture
//   health      Health       medtop:07000000 health
//   tourism     Tourism      medtop:20000331 tourism and leisure industry
//   environment Environment  medtop:06000000 environment
//
// Rule: the text is read once as lower-cased words. At each word the longest matching evidence
// phrase wins and its words are consumed, so "bilateral trade" counts once (3), not also as
// "trade" (2). Each topic's score is the sum of its evidence weights. A topic is assigned when its
// score reaches TOPIC_THRESHOLD (4). One sentence adds at most 3 to a topic, so a topic must recur
// in at least two sentences: one passing mention of a topic's name (2), of one strong term (3), or
// one sentence dense with its words is not enough. Items of an enumeration ("sectors such as
// trade, energy, mining, and transport": comma-separated items of at most four words, three in a
// row or two closing with "and"/"or") count at most 1 each, since a list of sectors says little
// about any one of them. Matching is case-insensitive on whole words ("tradition" is not trade;
// "export*" is an explicit prefix). Topics are ordered by score, ties by first mention, and at
// most MAX_TOPICS are kept. Cost is linear: one scan of the lower-cased text and, per word, a
// memo lookup in place (span-memo.ts), skipped for words that provably are no evidence.
import { TOPIC_DEFINITIONS } from '../../vocabulary/topics.ts';
import type { Topic } from '../../vocabulary/topics.ts';
import { noEvidenceTest, phrasesFrom, singleWord, type Phrase, type Target } from './topic-evidence.ts';
import { SpanMemo } from '../text/span-memo.ts';
import { TOPIC_BOUNDARY, TOPIC_COMMA, scanTopicTokens, type TopicTokenKind } from '../text/word-scan.ts';

export type { Topic } from '../../vocabulary/topics.ts';

export const TOPICS: readonly Topic[] = TOPIC_DEFINITIONS.map(({ slug, label, iptc }) => ({
  slug, label, iptc,
}));
export { TOPIC_SLUGS } from '../../vocabulary/topics.ts';
export const TOPIC_THRESHOLD = 4;
export const MAX_TOPICS = 5;
/** A comma-separated item of at most this many words can be an enumeration item. */
const LIST_ITEM_WORDS = 4;
/** No topic stands on one sentence: a sentence adds at most this much to any topic. */
const SENTENCE_CAP = TOPIC_THRESHOLD - 1;
/** Text with no sentence marks (pasted tables, run-on lists) is read in chunks of this many words. */
const MAX_SENTENCE_WORDS = 120;

/** A lower-cased word as evidence reads it, worked out once per spelling for all articles. */
interface TopicWord {
  /** Curly apostrophes straightened, a possessive "'s" dropped ("iran’s" -> "iran"). */
  plain: string;
  /** What the word alone is evidence for. */
  targets: readonly Target[];
  /** Evidence phrases starting with it, longest first. */
  phrases: readonly Phrase[];
}

function topicWord(word: string): TopicWord {
  const plain = word.includes('’') || word.includes("'") ? word.replace(/’/g, "'").replace(/'s$/, '') : word;
  return { plain, targets: singleWord(plain), phrases: phrasesFrom(plain) };
}
const topicWords = new SpanMemo<TopicWord>();
/** The enumeration test reads "and" and "or"; every other word matters only as evidence. */
const isSurelyNoEvidence = noEvidenceTest(['and', 'or']);
/** Any word that is no evidence and no conjunction. Its spelling is only ever compared with
 * evidence words, which it neither equals nor starts with, and neither does '', so '' stands in. */
const NO_EVIDENCE: TopicWord = { plain: '', targets: [], phrases: [] };

/** The longest evidence phrase starting at word i of one comma segment (phrases never cross a comma). */
function phraseAt(words: readonly TopicWord[], i: number): Phrase | null {
  for (const p of words[i].phrases) {
    const ok = p.rest.every((w, k) => {
      const actual = words[i + 1 + k]?.plain;
      if (actual === undefined) return false;
      return k === p.rest.length - 1 && p.lastIsPrefix ? actual.startsWith(w) : actual === w;
    });
    if (ok) return p;
  }
  return null;
}

/** Every topic's evidence score and first mention (word index; Infinity when never mentioned). */
export function scoreTopics(text: string): { slug: string; score: number; first: number }[] {
  const scores = new Array<number>(TOPICS.length).fill(0);
  const first = new Array<number>(TOPICS.length).fill(Infinity);
  // One sentence's score per topic, and the topics it touched (reset after each sentence).
  const sentence = new Array<number>(TOPICS.length).fill(0);
  const touched: number[] = [];

  // One sentence at a time, split into comma segments of words, so enumerations can be found.
  let segments: TopicWord[][] = [[]];
  const flush = (basePos: number) => {
    const listed = enumerationSegments(segments);
    let offset = 0;
    for (let segment = 0; segment < segments.length; segment++) {
      const seg = segments[segment];
      const inList = listed.has(segment);
      // The first item of a list is the end of the segment before it.
      const endsBeforeList = !inList && listed.has(segment + 1);
      for (let j = 0; j < seg.length; j++) {
        const phrase = phraseAt(seg, j);
        const targets = phrase ? phrase.targets : seg[j].targets;
        for (const [topic, weight] of targets) {
          if (weight <= 0) continue;
          const listItem = inList || (endsBeforeList && seg.length - j <= 2);
          if (sentence[topic] === 0) touched.push(topic);
          sentence[topic] += listItem ? Math.min(weight, 1) : weight;
          first[topic] = Math.min(first[topic], basePos + offset + j);
        }
        if (phrase) j += phrase.rest.length;
      }
      offset += seg.length;
    }
    for (const topic of touched) {
      scores[topic] += Math.min(sentence[topic], SENTENCE_CAP);
      sentence[topic] = 0;
    }
    touched.length = 0;
    segments = [[]];
  };

  let pos = 0;
  let sentenceStart = 0;
  // Lower-cased once, then split as word-scan.ts `scanTopicTokens` says: numbers keep their
  // decimal point, so "$1.0 billion" does not end a sentence; hyphenated and apostrophised words
  // stay whole ("agro-industrial", "iran's"); sentence and list marks are tokens.
  const lower = text.toLowerCase();
  scanTopicTokens(lower, (kind: TopicTokenKind, start: number, end: number) => {
    const boundary = kind === TOPIC_BOUNDARY;
    if (boundary || pos - sentenceStart >= MAX_SENTENCE_WORDS) {
      flush(sentenceStart);
      sentenceStart = pos;
    }
    if (kind === TOPIC_COMMA) segments.push([]);
    else if (!boundary) {
      const word = isSurelyNoEvidence(lower, start, end) ? NO_EVIDENCE : topicWords.get(lower, start, end, topicWord);
      segments[segments.length - 1].push(word);
      pos += 1;
    }
  });
  flush(sentenceStart);

  return TOPICS.map((t, i) => ({ slug: t.slug, score: scores[i], first: first[i] }));
}

export function extractTopics(text: string): string[] {
  return scoreTopics(text)
    .filter((t) => t.score >= TOPIC_THRESHOLD)
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .slice(0, MAX_TOPICS)
    .map((t) => t.slug);
}

const isItem = (seg: readonly TopicWord[]) => seg.length > 0 && seg.length <= LIST_ITEM_WORDS;

/**
 * Segments that are items of an enumeration: three short segments in a row, or two that follow
 * another segment (whose last words are the first item) and close with "and"/"or" ("trade,
 * economic, and investment ties"). Two short asides without a conjunction are not a list.
 */
function enumerationSegments(segments: readonly TopicWord[][]): Set<number> {
  const listed = new Set<number>();
  let start = 0;
  while (start < segments.length) {
    if (!isItem(segments[start])) { start++; continue; }
    let end = start;
    while (end < segments.length && isItem(segments[end])) end++;
    const run = end - start;
    const joined = segments.slice(start, end).some((seg) => seg.some((w) => w.plain === 'and' || w.plain === 'or'));
    if (run >= 3 || (run === 2 && start > 0 && joined)) for (let k = start; k < end; k++) listed.add(k);
    start = end;
  }
  return listed;
}
