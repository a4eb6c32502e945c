// `npm run ingest -- --explain FILE`: why a raw file became the record it did. Each line of the
// paste with its decision, the dates the text offers and which one was taken, where the countries
// were named, and the record itself. It reads only; nothing is written.
import { decodeText } from '../extract/text/decode.ts';
import { cleanArticle, type LineDecision } from '../extract/layout/clean.ts';
import { findDates } from '../extract/date/date-candidates.ts';
import { toIso } from '../vocabulary/calendar.ts';
import { scanCountryTerms } from '../extract/place/countries.ts';
import { splitFrontMatter } from './front-matter.ts';
import { ingestFile } from './ingest-file.ts';
import { forTerminal } from '../record/safe-text.ts';

const WIDTH = 100;
const cut = (s: string) => forTerminal(s.length > WIDTH ? `${s.slice(0, WIDTH - 1)}…` : s);

export function explainFile(bytes: Uint8Array, origin: string): string[] {
  const out: string[] = [`${origin}`];
  const decoded = decodeText(bytes);
  if (decoded.text === null) return [...out, ...decoded.problems.map((p) => `  ${p.severity}: ${p.field} ${p.message}`)];
  const split = splitFrontMatter(decoded.text);
  if (!split.ok) return [...out, `  error: ${split.problem.field} ${split.problem.message}`];
  const given = Object.keys(split.data);
  if (given.length) out.push(`  front matter sets: ${given.map(forTerminal).join(', ')} (these win over the text)`);

  const trace: LineDecision[] = [];
  const clean = cleanArticle(split.content, trace);
  out.push('', 'Lines:');
  for (const { text, decision } of trace) out.push(`  ${decision.padEnd(36)} | ${cut(text)}`);

  const outcome = ingestFile({ bytes, origin });
  const record = outcome.article?.record;
  out.push('', 'Dates in the text (the publication lines near the headline first, then the story):');
  const sources: [string, string][] = [
    ...clean.dateLines.map((l): [string, string] => ['near the headline', l]),
    ...clean.blocks.slice(0, 1).map((b): [string, string] => ['first paragraph', b.text]),
    ...clean.blocks.slice(1).map((b): [string, string] => ['story', b.text]),
  ];
  let listed = 0;
  for (const [where, text] of sources) {
    for (const c of findDates(text.slice(0, 4000))) {
      if (listed++ >= 20) break;
      const year = c.year ?? null;
      const iso = year !== null && c.real ? toIso(year, c.month, c.day) : null;
      const verdict = !c.real ? 'not a real date' : year === null ? 'no year written' : iso === record?.date ? 'taken' : 'not taken: an earlier or stronger date was used';
      out.push(`  ${cut(`"${c.raw}"`).padEnd(32)} ${where.padEnd(18)} ${verdict}`);
    }
  }
  if (listed === 0) out.push('  none');

  const counts = new Map<string, number>();
  for (const hit of scanCountryTerms(clean.blocks.map((b) => b.text).join('\n'))) {
    if (hit.entry.code) counts.set(`${hit.entry.code} (${hit.text})`, (counts.get(`${hit.entry.code} (${hit.text})`) ?? 0) + 1);
  }
  out.push('', `Country names in the story: ${[...counts].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none'}`);

  out.push('', 'Record:');
  if (!record) out.push('  none: the file is skipped');
  else {
    for (const field of ['title', 'date', 'dateBasis', 'place', 'source', 'author', 'url', 'countries', 'topics', 'people', 'organizations', 'language'] as const) {
      const value = record[field];
      out.push(`  ${field.padEnd(14)} ${cut(Array.isArray(value) ? value.join(', ') || '(none)' : value === null ? 'null' : String(value))}`);
    }
  }
  for (const p of outcome.problems) out.push(`  ${p.severity}: ${forTerminal(p.field)} ${forTerminal(p.message)}`);
  return out;
}
