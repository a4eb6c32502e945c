// Who met whom: pairs of people (and of countries) that an article reports meeting, holding
// talks, receiving one another or speaking by phone, each with the sentence that says so.
//
// Only a sentence with a meeting cue counts, and only in the shapes that make a pair:
//   "X met Y", "X received Y", "X held talks with Y"   a name before the cue and one after it
//   "X and Y met", "X and Y held talks"                two names joined by "and" before the cue
//   "talks between X and Y", "a phone call between X and Y"
// A list of names in a sentence without a cue is never a pair. People are those the article's
// names extraction found; a name in another case ("Мирзиёевым") is matched by its stem.
import { scanCountryTerms } from '../place/countries.ts';
import { MAX_MEETINGS, MAX_SENTENCE } from '../../record/limits.ts';

export interface Meeting {
  /** Two names from the article's people, or two ISO country codes. */
  pair: [string, string];
  kind: 'people' | 'countries';
  /** The sentence that reports it, as written. */
  sentence: string;
}

// A verb or noun of meeting: after it comes the other party. English and Russian forms.
const CUE = new RegExp(String.raw`(?<![\p{L}])(?:${[
  'met(?: with)?', 'meets(?: with)?', 'meeting with', 'held talks(?: with)?', 'holds talks(?: with)?', 'talks with', 'received', 'receives', 'hosted', 'hosts',
  'spoke (?:by|on the) (?:tele)?phone(?: with)?', 'had a (?:tele)?phone (?:call|conversation|talk) with', '(?:tele)?phone (?:call|conversation|talks) with',
  'встретил(?:ся|ась|ись)(?: с| со)?', 'провел(?:и|а)? переговоры(?: с| со)?', 'переговоры с', 'встреча с', 'встречи с', 'принял(?:а|и)?',
  'провел(?:и|а)? телефонный разговор(?: с| со)?', 'телефонн\\p{L}* разговор\\p{L}*(?: с| со)?', 'беседовал(?:и|а)?(?: с| со)?', 'обсудил(?:и|а)? с',
].join('|')})(?![\p{L}])`, 'giu');
/** Every cue and "between" noun contains one of these; a sentence without any has no meeting. */
const CUE_HINT = /\b(?:met|meets|meeting|talks|received|receives|hosted|hosts|spoke|phone|telephone|call|conversation|negotiations)\b|встре|перегов|принял|телефон|беседов|обсудил|разговор/i;

// "talks between X and Y": the pair follows, joined by "and". Russian names the two in the
// genitive right after the noun: "переговоры министра X и главы МИД Y".
const BETWEEN = /(?<![\p{L}])(?:(?:talks|meeting|call|conversation|negotiations|переговоры|встреча|разговор)\s+(?:between|между)|(?:переговоры|встреча)(?!\s+(?:с|со|в|во|на)\s))(?![\p{L}])/iu;
// Receiving and hosting are things countries do with goods and guests alike: people only.
const PEOPLE_ONLY_CUE = /^(?:received|receives|hosted|hosts|принял\p{L}*)$/iu;
/** What may stand between two names joined as a pair: "and", with titles around it at most. */
const JOINED = /^[^,;:.()]{0,60}$/u;
const AND = /(?<![\p{L}])(?:and|и|va|ve)(?![\p{L}])/iu;
const joined = (between: string) => JOINED.test(between) && AND.test(between);

/** Sentences: split after . ! ? and at line ends, keeping abbreviations like "U.S." whole enough. */
function sentences(text: string): string[] {
  return text.split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}«"“])/u).map((s) => s.trim()).filter((s) => s.length > 0);
}

interface Mention { name: string; start: number; end: number }

/** A name as the sentence may write it: the surname (or, declined, its stem and an ending). */
interface NameForm { name: string; stem: string; ending: number }

function nameForms(people: readonly string[]): NameForm[] {
  return people.map((name) => {
    const surname = name.split(/\s+/).at(-1)!;
    // Russian declines names: Мирзиёев, Мирзиёевым, Мирзиёеву share all but the last letter.
    const inflected = /\p{Script=Cyrillic}/u.test(surname) && surname.length >= 5;
    return { name, stem: inflected ? surname.slice(0, -1) : surname, ending: inflected ? 4 : 0 };
  });
}

const LETTER = /\p{L}/u;
const isLetter = (text: string, at: number) => at >= 0 && at < text.length && LETTER.test(text[at]!);

/** Where each person is first named in the sentence, in order. A plain search, then the word edges. */
function mentions(sentence: string, people: readonly NameForm[]): Mention[] {
  const found: Mention[] = [];
  for (const { name, stem, ending } of people) {
    for (let at = sentence.indexOf(stem); at >= 0; at = sentence.indexOf(stem, at + 1)) {
      if (isLetter(sentence, at - 1)) continue;
      let end = at + stem.length;
      for (let extra = 0; extra < ending && isLetter(sentence, end); extra++) end++;
      if (isLetter(sentence, end)) continue;
      found.push({ name, start: at, end });
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The pairs one sentence reports, from the mentions in it (people or countries). */
function pairsIn(sentence: string, found: Mention[], kind: Meeting['kind']): [string, string][] {
  const pairs: [string, string][] = [];
  const add = (a: string, b: string) => {
    if (a !== b && !pairs.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) pairs.push([a, b]);
  };
  const between = BETWEEN.exec(sentence);
  if (between) {
    const after = found.filter((m) => m.start > between.index);
    if (after.length >= 2 && joined(sentence.slice(after[0]!.end, after[1]!.start))) add(after[0]!.name, after[1]!.name);
  }
  for (const cue of sentence.matchAll(CUE)) {
    if (kind === 'countries' && PEOPLE_ONLY_CUE.test(cue[0])) continue;
    const before = found.filter((m) => m.end <= cue.index);
    const after = found.filter((m) => m.start >= cue.index + cue[0].length);
    if (!before.length) continue;
    const subject = before.at(-1)!;
    // "X and Y met": two names joined by "and" right before the cue, nothing else between.
    const partner = before.at(-2);
    if (!after.length && partner && joined(sentence.slice(partner.end, subject.start))) add(partner.name, subject.name);
    for (const object of after) add(subject.name, object.name);
  }
  return pairs;
}

/**
 * The meetings an article reports. `people` are the article's people (from names extraction or
 * front matter); countries are found in the meeting sentences themselves.
 */
export function extractMeetings(text: string, people: readonly string[]): Meeting[] {
  // Most text has no meeting in it: a cheap look for the cue words' stems spares it the full
  // patterns, which cost as much as the rest of the extraction together (npm run bench).
  if (!CUE_HINT.test(text)) return [];
  const meetings: Meeting[] = [];
  let forms: NameForm[] | undefined;
  for (const sentence of sentences(text)) {
    if (!CUE_HINT.test(sentence)) continue;
    CUE.lastIndex = 0;
    if (!CUE.test(sentence) && !BETWEEN.test(sentence)) continue;
    CUE.lastIndex = 0;
    const shown = sentence.length > MAX_SENTENCE ? `${sentence.slice(0, MAX_SENTENCE - 1).trimEnd()}…` : sentence;
    forms ??= nameForms(people);
    for (const pair of pairsIn(sentence, mentions(sentence, forms), 'people')) meetings.push({ pair, kind: 'people', sentence: shown });
    // Countries: a demonym or name on each side of the cue ("the Tajik president met his Uzbek counterpart").
    const countries: Mention[] = [];
    for (const hit of scanCountryTerms(sentence)) {
      if (hit.entry.code && hit.entry.kind !== 'city' && !countries.some((c) => c.name === hit.entry.code)) {
        countries.push({ name: hit.entry.code, start: hit.start, end: hit.end });
      }
    }
    for (const pair of pairsIn(sentence, countries, 'countries')) meetings.push({ pair, kind: 'countries', sentence: shown });
    if (meetings.length >= MAX_MEETINGS) break;
  }
  return meetings.slice(0, MAX_MEETINGS);
}
