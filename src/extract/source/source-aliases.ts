// Canonical outlet names and the spellings that credits use for them. Keep this SMALL: a
// credit that is not listed is still returned as written, so only add outlets whose credits
// really vary (abbreviations, transliterations, "News Agency" suffixes).
import { distance } from 'fastest-levenshtein';

const SOURCE_ALIASES: Record<string, readonly string[]> = {
  Khovar: ['Khovar', 'NIAT Khovar', 'Hovar', 'National Information Agency of Tajikistan'],
  Trend: ['Trend', 'Trend News Agency', 'Trend.az'],
  Xinhua: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet'],
  TASS: ['TASS', 'ITAR-TASS'],
  'Mehr News Agency': ['Mehr News Agency', 'MNA', 'Mehr', 'Mehr News'],
  'Tehran Times': ['Tehran Times'],
  Daryo: ['Daryo', 'Daryo.uz'],
  Kazinform: ['Kazinform', 'Qazinform', 'Kazinform News Agency', 'Kazinform International News Agency'],
  AKIpress: ['AKIpress', 'AKI Press', 'AKIpress News Agency'],
  'Asia-Plus': ['Asia-Plus', 'Asia Plus'],
  'Kun.uz': ['Kun.uz'],
  Interfax: ['Interfax', 'Interfax News Agency'],
  'RIA Novosti': ['RIA Novosti'],
  IRNA: ['IRNA', 'Islamic Republic News Agency'],
  Reuters: ['Reuters', 'Thomson Reuters'],
  AP: ['AP', 'Associated Press'],
  AFP: ['AFP', 'Agence France-Presse', 'Agence France Presse'],
  Azertac: ['Azertac', 'AzerTag', 'Azertag', 'Azerbaijan State News Agency'],
  'Report.az': ['Report.az', 'Report News Agency'],
  UzDaily: ['UzDaily', 'UzDaily.uz'],
  '24.kg': ['24.kg', '24.kg news agency'],
  Tengrinews: ['Tengrinews', 'Tengri News', 'Tengrinews.kz'],
  'The Astana Times': ['The Astana Times', 'Astana Times'],
};

/** Comparison form: case, quotes, a leading "the" and a possessive do not distinguish outlets. */
export function sourceKey(s: string): string {
  return s.toLowerCase().replace(/["«»“”„'’]/g, '').replace(/\s+/g, ' ').trim()
    .replace(/^the /, '').replace(/(?:'s|s')$/, '');
}

const VARIANTS: { key: string; canonical: string }[] = Object.entries(SOURCE_ALIASES)
  .flatMap(([canonical, list]) => list.map((v) => ({ key: sourceKey(v), canonical })));

/**
 * Edits tolerated for a variant of this length. Short names get none: "AP" vs "APA" or
 * "Trend" vs "Trent" are different outlets or words, not typos; long names may lose a letter
 * or two to transliteration ("Niath Hovar" for "NIAT Khovar").
 */
function tolerance(length: number): number {
  return length <= 5 ? 0 : length <= 8 ? 1 : 2;
}

/** The canonical outlet for a credit string, or null when it matches no known outlet. */
export function canonicalSource(credit: string): string | null {
  const key = sourceKey(credit);
  if (!key) return null;
  let best: { canonical: string; d: number } | null = null;
  for (const v of VARIANTS) {
    // Length gap alone exceeds the tolerance: skip the quadratic distance computation.
    if (Math.abs(v.key.length - key.length) > tolerance(v.key.length)) continue;
    const d = v.key === key ? 0 : distance(v.key, key);
    if (d <= tolerance(v.key.length) && (!best || d < best.d)) best = { canonical: v.canonical, d };
  }
  return best?.canonical ?? null;
}
