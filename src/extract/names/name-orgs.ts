// Organisations: acronyms ("CIS", "IMIDRO", "KazAID") and capitalised names that contain an
// organisation head noun ("Council on Industrial Policy", "Ministry of Foreign Affairs of
// Kazakhstan"). A name and an acronym are one organisation when the text defines one by the other
// ("... Organization (IMIDRO)") or the acronym spells the name's initials ("Commonwealth of
// Independent States" / "CIS"). Such a pair is reported as the acronym, because acronyms are
// spelt the same by every outlet while full names vary ("Organization"/"Organisation").
import {
  FUNCTION_WORDS, NOT_ORG_ACRONYMS, ORG_CONNECTORS, ORG_HEADS, PLACE_PHRASES, isPlaceWord,
} from './name-vocabulary.ts';
import { isTitle } from './name-tokens.ts';
import type { Token } from './name-tokens.ts';
import type { Entity } from './name-people.ts';

const ROMAN = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

/** An acronym token that names something: not a numeral, place, unit, currency or shouted word. */
function isOrgAcronym(t: Token | undefined, tokens: readonly Token[], i: number): boolean {
  if (!t?.acronym || t.shouted || ROMAN.test(t.text)) return false;
  if (NOT_ORG_ACRONYMS.has(t.lower) || PLACE_PHRASES.has(t.lower)) return false;
  // Initials joined by slashes ("EF/MA") sign off a story; they are people, not bodies.
  return tokens[i - 1]?.text !== '/' && tokens[i + 1]?.text !== '/';
}

const isChainWord = (t: Token | undefined, skip: ReadonlySet<number>, i: number): boolean =>
  t !== undefined && t.kind === 'word' && (t.cap || t.acronym) && !skip.has(i)
  && !(t.possessive && (isPlaceWord(t.lower) || PLACE_PHRASES.has(t.lower)));

/** "..., Mining and Trade": a comma list of capitalised items that closes with "and". */
function commaListAhead(tokens: readonly Token[], i: number, skip: ReadonlySet<number>): number {
  let j = i;
  while (tokens[j]?.text === ',' && isChainWord(tokens[j + 1], skip, j + 1)) {
    j += 1;
    while (isChainWord(tokens[j], skip, j)) j++;
    if (tokens[j]?.lower === 'and' && isChainWord(tokens[j + 1], skip, j + 1)) return j;
  }
  return -1;
}

/** The end (inclusive) of the capitalised chain that starts at i. */
function chainEnd(tokens: readonly Token[], i: number, skip: ReadonlySet<number>): number {
  let end = i;
  let j = i + 1;
  let hasHead = ORG_HEADS.has(tokens[i].lower);
  while (j < tokens.length) {
    const t = tokens[j];
    if (isChainWord(t, skip, j)) { end = j; hasHead ||= ORG_HEADS.has(t.lower); j++; continue; }
    if (t.kind === 'word' && ORG_CONNECTORS.has(t.lower)) {
      let k = j + 1;
      if (t.lower === 'and' && !isChainWord(tokens[k], skip, k)) break;
      if (t.lower !== 'and' && t.lower !== 'the' && tokens[k]?.lower === 'the') k++;
      if (!isChainWord(tokens[k], skip, k)) break;
      j = k;
      continue;
    }
    const listEnd = hasHead ? commaListAhead(tokens, j, skip) : -1;
    if (listEnd < 0) break;
    j = listEnd;
  }
  return end;
}

/** Initials of a name's capitalised words ("Inter-Parliamentary Assembly" -> "IPA"). */
function initials(words: readonly Token[]): string {
  return words.filter((t) => t.cap || t.acronym).map((t) => t.text.split('-').map((p) => p[0]).join('')).join('')
    .replace(/[^\p{Lu}]/gu, '');
}

/** The acronym spells the initials, allowing one skipped word ("IFAS": International Fund for Saving the Aral Sea). */
function spells(acronym: string, name: string): boolean {
  const a = acronym.replace(/[^\p{Lu}]/gu, '');
  if (a === name) return a.length >= 2;
  if (a.length < 3 || a[0] !== name[0] || name.length - a.length > 1) return false;
  let k = 0;
  for (const ch of name) if (ch === a[k]) k++;
  return k === a.length;
}

export function findOrganizations(tokens: readonly Token[], people: ReadonlySet<number>): Entity[] {
  const acronyms = new Map<string, number>();
  const names: { words: Token[]; first: number; defines: string | null }[] = [];

  const inDefinition = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isChainWord(tokens[i], people, i) || tokens[i].titleCase) continue;
    const end = chainEnd(tokens, i, people);
    let words = tokens.slice(i, end + 1);
    // Leading "The", sentence adverbs and titles ("President of the European Commission") go.
    let from = 0;
    while (from < words.length && (FUNCTION_WORDS.has(words[from].lower) || isTitle(words[from]))) from++;
    if (from > 0 && isTitle(words[from - 1]) && ORG_CONNECTORS.has(words[from]?.lower)) {
      while (from < words.length && ORG_CONNECTORS.has(words[from].lower)) from++;
    }
    words = words.slice(from);
    // The name starts at the first stretch between connectors that holds a head noun: in
    // "Context of the Activities of the People's Democratic Party" the body is the party.
    const head = words.findIndex((t) => ORG_HEADS.has(t.lower));
    if (head > 0) {
      let s = head;
      while (s > 0 && !ORG_CONNECTORS.has(words[s - 1].lower)) s--;
      words = words.slice(s);
    }
    const capitalised = words.filter((t) => t.cap || t.acronym).length;
    const defined = definedAcronym(tokens, end + 1);
    // "(CIS IPA)" is one name; its parts are not separate acronyms.
    if (defined?.includes(' ')) defined.split(' ').forEach((_, k) => inDefinition.add(end + 2 + k));
    const isOrg = capitalised >= 2 && words.some((t) => ORG_HEADS.has(t.lower));
    if (defined && (isOrg || spells(defined, initials(words)))) {
      names.push({ words, first: words[0].start, defines: defined });
    } else if (isOrg) names.push({ words, first: words[0].start, defines: null });
    i = end;
  }

  for (let i = 0; i < tokens.length; i++) {
    if (isOrgAcronym(tokens[i], tokens, i) && !people.has(i) && !inDefinition.has(i) && !acronyms.has(tokens[i].text)) {
      acronyms.set(tokens[i].text, tokens[i].start);
    }
  }

  const out = new Map<string, Entity>();
  const add = (name: string, first: number) => {
    const seen = out.get(name);
    if (!seen || first < seen.first) out.set(name, { name, first });
  };
  for (const [acronym, first] of acronyms) add(acronym, first);
  for (const n of names) {
    const known = n.defines ?? [...acronyms.keys()].find((a) => spells(a, initials(n.words)));
    add(known ?? n.words.map((t) => t.written).join(' ').replace(/ ,/g, ','), n.first);
  }
  return [...out.values()];
}

/** "(IMIDRO)" or "(CSTO PA)" right after a name: the acronym it defines. */
function definedAcronym(tokens: readonly Token[], i: number): string | null {
  if (tokens[i]?.text !== '(') return null;
  const parts: string[] = [];
  let j = i + 1;
  while (tokens[j]?.acronym && parts.length < 3) parts.push(tokens[j++].text);
  return parts.length > 0 && tokens[j]?.text === ')' ? parts.join(' ') : null;
}
