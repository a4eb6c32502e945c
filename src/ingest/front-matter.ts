// Hand-written front matter in a raw file: parsed with gray-matter, checked field by field
// against the record schema, so a user can supply what the text does not say.
import { parseFrontMatter } from '../record/front-matter-yaml.ts';
import { recordSchema, OVERRIDABLE_FIELDS, type ArticleRecord, type OverridableField } from '../record/schema.ts';
import { resolveCountry } from '../vocabulary/countries.ts';
import type { Problem } from '../extract/types.ts';
import { applyLimits } from '../record/limits.ts';
import { preview, stripUnsafeDeep } from '../record/safe-text.ts';

export type Overrides = Partial<Pick<ArticleRecord, OverridableField>>;

export type SplitResult =
  | { ok: true; data: Record<string, unknown>; content: string }
  | { ok: false; problem: Problem };

const OPENING = /^---[ \t]*\n/;
const CLOSING = /\n---[ \t]*(\n|$)/;

export function splitFrontMatter(text: string): SplitResult {
  if (!OPENING.test(text)) return { ok: true, data: {}, content: text };
  if (!CLOSING.test(text.slice(3))) {
    return { ok: false, problem: { field: 'front matter', message: 'starts with --- but is never closed', hint: 'end it with a line of ---', severity: 'error' } };
  }
  try {
    const parsed = parseFrontMatter(text);
    if (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data)) {
      return { ok: false, problem: { field: 'front matter', message: 'is not a list of field: value pairs', severity: 'error' } };
    }
    // YAML aliases let a few hundred bytes stand for gigabytes once anything walks the value
    // (the "billion laughs"); front matter has no use for them, so a file with any is refused.
    if (sharesNodes(parsed.data)) {
      return { ok: false, problem: { field: 'front matter', message: 'uses YAML anchors and aliases (&name, *name), which front matter does not accept', hint: 'write each value out in full', severity: 'error' } };
    }
    return { ok: true, data: parsed.data as Record<string, unknown>, content: parsed.content };
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    return { ok: false, problem: { field: 'front matter', message: `is not valid YAML: ${reason}`, hint: 'fix the YAML between the --- lines', severity: 'error' } };
  }
}

const HINTS: Partial<Record<OverridableField, string>> = {
  date: 'use date: YYYY-MM-DD',
  countries: 'use ISO codes or English names, e.g. countries: [TJ, Kazakhstan]',
  slug: 'use lowercase letters, digits and dashes',
};

/** Validate user-given fields; an invalid one is ignored with a warning, so the article still builds. */
export function readOverrides(data: Record<string, unknown>): { overrides: Overrides; problems: Problem[] } {
  const overrides: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [field, raw] of Object.entries(data)) {
    if (!(OVERRIDABLE_FIELDS as readonly string[]).includes(field)) {
      problems.push({ field, message: 'is not a field you can set; ignored', hint: `fields: ${OVERRIDABLE_FIELDS.join(', ')}`, severity: 'warning' });
      continue;
    }
    const key = field as OverridableField;
    // YAML escapes ("\e", "\x07") can write characters the raw text could not hold.
    const safe = stripUnsafeDeep(raw);
    if (safe.removed) problems.push({ field, message: `${safe.removed} control or text-direction characters removed`, severity: 'warning' });
    const limited = applyLimits({ [key]: normalise(key, safe.value) });
    problems.push(...limited.problems);
    const parsed = recordSchema.shape[key].safeParse(limited.values[key as keyof typeof limited.values]);
    if (parsed.success) overrides[key] = parsed.data;
    else {
      const reason = parsed.error.issues[0]?.message ?? 'is not valid';
      problems.push({ field, message: `${preview(raw)} ${reason}; ignored`, hint: HINTS[key], severity: 'warning' });
    }
  }
  if ('date' in overrides && !('dateBasis' in overrides)) overrides.dateBasis = 'given in front matter';
  return { overrides: overrides as Overrides, problems };
}

function normalise(field: OverridableField, value: unknown): unknown {
  if (field === 'date' && typeof value === 'string' && /^(unknown|none|null)?$/i.test(value.trim())) return null;
  const list = typeof value === 'string' && isListField(field) ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
  if (field === 'countries' && Array.isArray(list)) return list.map((c) => resolveCountry(String(c)) ?? String(c));
  if (field === 'topics' && Array.isArray(list)) return list.map((t) => String(t).toLowerCase());
  return list;
}

function isListField(field: OverridableField): boolean {
  return field === 'countries' || field === 'topics' || field === 'people' || field === 'organizations';
}

/** True when some mapping or list is reached twice: the mark of a YAML alias. Stops at the first. */
function sharesNodes(value: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (seen.has(v)) return true;
    seen.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push(child);
  }
  return false;
}
