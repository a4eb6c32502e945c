// The user's own outlet aliases: content/sources.yml maps the name an outlet should carry to the
// spellings its pages and credits use. Applied to every record's source after extraction, so
// editing the file re-extracts nothing.
//
//   Asia-Plus: [Asia Plus, asiaplus.tj, "ИА Азия-Плюс"]
//   Steppe Herald: [steppeherald.kz]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import { sourceKey } from '../extract/source/source-aliases.ts';
import type { Problem } from '../extract/types.ts';

export const USER_SOURCES_FILE = path.join('content', 'sources.yml');

const fileSchema = z.record(z.string().trim().min(1).max(120), z.array(z.string().trim().min(1).max(120)).max(100));

export interface UserSources {
  /** The name to use for a source as extracted, or the source itself. */
  rename(source: string | null): string | null;
  problems: Problem[];
}

export async function loadUserSources(root: string): Promise<UserSources> {
  const file = path.join(root, USER_SOURCES_FILE);
  const text = await readFile(file, 'utf8').catch(() => null);
  const byKey = new Map<string, string>();
  const problems: Problem[] = [];
  if (text !== null) {
    try {
      const parsed = fileSchema.safeParse(yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problems.push({ field: issue.path.join('.') || 'sources', message: `${issue.message}; the file is ignored`, hint: 'write "Outlet name: [spelling, other spelling]" per line', severity: 'warning' });
      } else {
        for (const [name, spellings] of Object.entries(parsed.data)) {
          for (const spelling of [name, ...spellings]) byKey.set(sourceKey(spelling), name);
        }
      }
    } catch (error) {
      problems.push({ field: 'sources', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}; the file is ignored`, severity: 'warning' });
    }
  }
  return { rename: (source) => (source === null ? null : byKey.get(sourceKey(source)) ?? source), problems };
}
