// What the ingest tells the user: a line per article, then every problem grouped by file.
import type { ArticleRecord } from '../record/schema.ts';
import type { Problem } from '../extract/types.ts';
import { forTerminal } from '../record/safe-text.ts';

export function articleLine(record: ArticleRecord): string {
  const parts = [record.date ?? 'undated', record.source ?? 'source unknown', record.countries.join(' ') || 'no country'];
  return forTerminal(`${record.origin} → ${record.title} | ${parts.join(' | ')}`);
}

export function problemLines(problems: Map<string, Problem[]>): string[] {
  const lines: string[] = [];
  for (const [origin, list] of problems) {
    for (const p of list) {
      const hint = p.hint ? ` (${p.hint})` : '';
      // File names and front-matter keys come from the user as they are: escaped for the terminal.
      lines.push(forTerminal(`${origin}  ${p.severity}  ${p.field}: ${p.message}${hint}`));
    }
  }
  return lines;
}

export function countProblems(problems: Map<string, Problem[]>): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const list of problems.values()) for (const p of list) p.severity === 'error' ? errors++ : warnings++;
  return { errors, warnings };
}
