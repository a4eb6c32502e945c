// Day-month-year dates in the region's languages that chrono-node has no parser for: Kazakh,
// Tajik, Uzbek (Latin and Cyrillic) and Turkish ("4 Наурыз, 2025", "2-уми декабри соли 2022",
// "4-mart", "4 dekabr 2019", "14 Mart 2018"). Month names may carry a case ending ("декабри").
// One regex pass over the text, and only texts holding one of the month stems pay for it.
import type { DateCandidate } from './date-candidates.ts';
import { MONTH_NAMES } from '../../vocabulary/calendar.ts';

/** Month stems, January first, per language; an ending of up to three letters may follow. */
const MONTHS: readonly (readonly string[])[] = [MONTH_NAMES.kk, MONTH_NAMES.tg, MONTH_NAMES.uz, MONTH_NAMES.uzCyrillic, MONTH_NAMES.tr];

const MONTH_OF = new Map<string, number>();
for (const names of MONTHS) names.forEach((name, i) => MONTH_OF.set(name, i + 1));
const STEMS = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length);

// "4 Наурыз, 2025", "2-уми декабри соли 2022", "4-mart", "4 dekabr 2019 yil". The day may carry
// an ordinal ending ("-уми", "-inchi"); the year is optional (then unknown, as everywhere).
const DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})(?:-?(?:уми|юми|ми|inchi|nchi|chi|i|и))?[\s.-]+(${STEMS.join('|')})(\p{Ll}{0,3})(?![\p{L}])` +
    String.raw`(?:[,.]?\s+(?:соли\s+|yil\s+)?(\d{4})(?!\d))?`,
  'giu',
);
const GATE = new RegExp(`(?:${STEMS.join('|')})`, 'iu');

/** Every day-month(-year) date in the region's other languages, in the order written. */
export function regionalDates(text: string, isReal: (y: number, m: number, d: number) => boolean): DateCandidate[] {
  if (!GATE.test(text)) return [];
  const out: DateCandidate[] = [];
  for (const m of text.matchAll(DATE)) {
    const month = MONTH_OF.get(m[2]!.toLowerCase())!;
    const day = Number(m[1]);
    const year = m[4] ? Number(m[4]) : null;
    out.push({
      raw: m[0], year, yearSuffix: null, month, day, weekday: null,
      real: isReal(year ?? 2000, month, day), monthFirstBecause: null, index: m.index!,
    });
  }
  return out;
}
