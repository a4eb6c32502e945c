// Language of an article as an ISO 639-1 code. franc-min does the statistics; letters that only
// some Cyrillic alphabets have decide between languages it cannot tell apart (Tajik is not in
// franc-min at all, so Tajik text would otherwise come out as Russian), and a script rule covers
// texts too short for trigram statistics. Clearly English text skips franc (language-english.ts).
import { franc } from 'franc-min';
import { isClearlyEnglish } from './language-english.ts';
import { countLetters } from './char-class.ts';

/** franc's ISO 639-3 codes -> ISO 639-1; languages without a 639-1 code come out 'und'. */
const ISO1: Record<string, string> = {
  eng: 'en', rus: 'ru', ukr: 'uk', bel: 'be', bul: 'bg', srp: 'sr', bos: 'bs', hrv: 'hr', kaz: 'kk', uzn: 'uz',
  azj: 'az', tur: 'tr', pes: 'fa', arb: 'ar', urd: 'ur', pbu: 'ps', ckb: 'ku', hin: 'hi', ben: 'bn', mar: 'mr',
  tel: 'te', tam: 'ta', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', npi: 'ne', sin: 'si', cmn: 'zh', jpn: 'ja',
  kor: 'ko', vie: 'vi', tha: 'th', mya: 'my', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', tgl: 'tl', spa: 'es',
  por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', ces: 'cs', ron: 'ro', hun: 'hu', ell: 'el',
  swe: 'sv', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', swh: 'sw', som: 'so', zul: 'zu', kin: 'rw', run: 'rn',
  nya: 'ny', lin: 'ln', plt: 'mg', uig: 'ug', tuk: 'tk', kir: 'ky', tgk: 'tg', aze: 'az', fas: 'fa', uzb: 'uz',
};

// franc reads at most 2,048 characters anyway, and its trigram statistics settle well before
// 1,000; franc's cost grows with the sample (npm run bench), so it is kept small.
const SAMPLE = 1000;
const MIN_LETTERS = 20;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Letters that Russian lacks tell the Cyrillic alphabets of the region apart:
 * Tajik ӣ ӯ ҷ (+ ҳ қ ғ), Uzbek ў with ҳ қ ғ, Kazakh ә ұ, Kyrgyz ң ө ү alone, Belarusian ў with і.
 * Bulgarian, Ukrainian and Serbian have no ы or э, which Russian uses constantly.
 * A Russian story that quotes one Tajik name must stay Russian, so markers need a minimum share.
 */
function byCyrillicLetters(text: string): string | null {
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  if (cyrillic === 0) return null;
  const enough = cyrillic < 60 ? 1 : Math.max(2, cyrillic * 0.008);
  const has = (re: RegExp): boolean => count(text, re) >= enough;
  const tajikOnly = count(text, /[ӣӯҷ]/giu);
  const sharedTurkicIranian = has(/[ҳқғ]/giu);
  if (tajikOnly === 0 && /ў/iu.test(text)) return has(/[і]/giu) ? 'be' : sharedTurkicIranian ? 'uz' : null;
  if (tajikOnly >= enough) return 'tg';
  if (has(/[әұ]/giu)) return 'kk';
  if (has(/[ңөү]/giu) && !sharedTurkicIranian) return 'ky';
  // Of the three alphabets with ҳ қ ғ only Tajik lacks both ў and the Kazakh letters.
  if (has(/[ҳ]/giu) && !has(/[ңөүі]/giu)) return 'tg';
  return null;
}

/** Scripts used by a single language need no statistics. */
function byScript(text: string): string | null {
  const scripts: Array<[string, RegExp]> = [
    ['el', /\p{Script=Greek}/u], ['hy', /\p{Script=Armenian}/u], ['ka', /\p{Script=Georgian}/u],
    ['ko', /\p{Script=Hangul}/u], ['ja', /[\p{Script=Hiragana}\p{Script=Katakana}]/u], ['th', /\p{Script=Thai}/u],
    ['he', /\p{Script=Hebrew}/u],
  ];
  return scripts.find(([, re]) => re.test(text))?.[0] ?? null;
}

export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = countLetters(sample);
  if (letters === 0) return 'und';
  const marked = byCyrillicLetters(sample);
  if (marked) return marked;
  if (letters < MIN_LETTERS) {
    const script = byScript(sample);
    if (script) return script;
    // Too little text for statistics: plain Russian letters in Cyrillic script are most likely Russian.
    const mostlyCyrillic = count(sample, /\p{Script=Cyrillic}/gu) >= letters / 2;
    const nonRussianLetter = /(?=\p{Script=Cyrillic})[^\u0410-\u044F\u0401\u0451]/u.test(sample);
    return mostlyCyrillic && !nonRussianLetter ? 'ru' : 'und';
  }
  // Clearly English text (most of a typical archive) is settled by its function words; franc's
  // 44 Latin-script models would say the same at many times the cost.
  if (isClearlyEnglish(sample, letters)) return 'en';
  const code = franc(sample, { minLength: MIN_LETTERS });
  if (code === 'und') return byScript(sample) ?? 'und';
  // Trigrams confuse short Russian with its neighbours; ы/э settle it (Belarusian has them too, but also ў/і).
  if ((code === 'bul' || code === 'ukr' || code === 'srp') && /[ыэ]/iu.test(sample) && !/[ґєїі]/iu.test(sample)) return 'ru';
  return ISO1[code] ?? (byScript(sample) ?? 'und');
}
