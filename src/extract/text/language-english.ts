// A cheap test that settles clearly English text without trigram statistics. franc compares a
// Latin-script sample with 44 trigram models, the largest single cost of the ingest (npm run
// bench), while most archives are mostly in one language and English is the commonest.
//
// Running English prose is largely function words: the words below (none of them a common word
// of another Latin-script language) make up 11-30% of the words of English news and none of
// French, German, Dutch, Spanish, Italian, Portuguese, Scandinavian, Polish, Indonesian, Turkish,
// Romanian, Tagalog or Uzbek prose, which instead is full of its own function words (la, der,
// het, los, och, ...). A text is English here only when both counts agree by a wide margin, in
// a sample long enough for word shares to be stable; everything else (short, mixed, quoted,
// other scripts) is left to franc, so the answer is franc's own wherever the shortcut applies.
import { isLetterAt, widthAt } from './char-class.ts';

/** Frequent English words that no other common Latin-script language uses as a word. */
const ENGLISH = new Set([
  'the', 'and', 'that', 'with', 'from', 'this', 'which', 'their', 'were', 'been', 'have', 'has', 'said',
  'they', 'would', 'its', 'his', 'who', 'these', 'there', 'between', 'than', 'other', 'into', 'about',
  'after', 'more', 'but', 'not', 'are', 'be', 'it',
]);

/**
 * Function words of other Latin-script languages, counted only as written in lower case, so
 * names such as "La Paz" or "Van Gogh" in an English text do not count. Words English news also
 * writes in lower case are left out: "met", "per", "care", "till", "do", "no", and the halves
 * of "al-Assad", "de-escalation", "e-government" and "non-governmental".
 */
const OTHER = new Set([
  // French
  'la', 'le', 'les', 'des', 'du', 'et', 'en', 'un', 'une', 'est', 'au', 'aux', 'pour', 'dans', 'sur', 'par', 'qui', 'que',
  // German
  'der', 'das', 'und', 'den', 'dem', 'ist', 'nicht', 'sich', 'mit', 'von', 'zu', 'auf', 'für', 'ein', 'eine', 'einer', 'im',
  // Dutch
  'het', 'een', 'van', 'op', 'te', 'voor', 'dat', 'niet', 'zijn', 'ook', 'bij', 'naar', 'worden', 'wordt',
  // Spanish, Italian, Portuguese
  'los', 'las', 'del', 'y', 'por', 'con', 'para', 'una', 'se', 'lo', 'como', 'su', 'es',
  'il', 'di', 'che', 'della', 'delle', 'dei', 'nel', 'gli', 'sono',
  'o', 'os', 'da', 'dos', 'das', 'em', 'um', 'uma', 'não', 'na',
  // Swedish, Danish, Norwegian
  'och', 'att', 'är', 'som', 'på', 'av', 'för', 'inte', 'ett', 'og', 'er', 'til', 'ikke', 'af',
  // Polish, Indonesian and Malay, Turkish, Romanian, Tagalog, Uzbek
  'w', 'z', 'się', 'nie', 'jest', 'że', 'dan', 'yang', 'dari', 'untuk', 'dengan', 'ini', 'itu',
  've', 'bir', 'bu', 'için', 'ile', 'și', 'în', 'cu', 'pe', 'din', 'ang', 'ng', 'sa', 'mga', 'ay',
  'va', 'bilan', 'uchun',
]);

/** Fewer words than this are left to franc: a short text's word shares say little. */
export const MIN_WORDS = 80;
const MIN_ENGLISH_SHARE = 0.08;
const MAX_OTHER_SHARE = 0.03;
/** franc reads the script with most letters first; the shortcut only answers for clearly Latin text. */
const MIN_LATIN_SHARE = 0.8;
/** Longer words are in neither list, so they are counted without being looked up. */
const LONGEST_LISTED = Math.max(...[...ENGLISH, ...OTHER].map((w) => w.length));

/** ASCII letters, which are all Latin: a lower bound of the Latin letters, in one cheap pass. */
function asciiLetters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}

/** The end of the word at `start` (a letter): `\p{L}+(?:['’]\p{L}+)*`. */
function wordEnd(text: string, start: number): number {
  let end = start;
  for (;;) {
    while (isLetterAt(text, end)) end += widthAt(text, end);
    const c = text.charCodeAt(end);
    if ((c !== 0x27 && c !== 0x2019) || !isLetterAt(text, end + 1)) return end;
    end += 1;
  }
}

/** `letters` is the number of letters in `sample`, which the caller has counted already. */
export function isClearlyEnglish(sample: string, letters: number): boolean {
  if (asciiLetters(sample) < letters * MIN_LATIN_SHARE) return false;
  let words = 0;
  let english = 0;
  let other = 0;
  // Words are found by character class rather than a regex, and only short ones (the lists'
  // lengths) are ever made into strings.
  for (let i = 0; i < sample.length;) {
    if (!isLetterAt(sample, i)) { i += widthAt(sample, i); continue; }
    const end = wordEnd(sample, i);
    words++;
    if (end - i <= LONGEST_LISTED) {
      const word = sample.slice(i, end);
      if (OTHER.has(word)) other++;
      else if (ENGLISH.has(word) || ENGLISH.has(word.toLowerCase())) english++;
    }
    i = end;
  }
  return words >= MIN_WORDS && english >= words * MIN_ENGLISH_SHARE && other <= words * MAX_OTHER_SHARE;
}
