// The site's own settings, in one file a user edits: content/site.yml. Every field is optional;
// a missing one keeps its default, and a wrong one is reported (file, field, reason) and keeps
// its default too, so a typo never stops a build.
//
//   title: Central Asia news archive
//   url: https://example.org/news      # where the site is published (feeds, sitemap)
//   language: en                       # the language of the site's own pages and of search
//   pageSizes: { list: 50, index: 200, latest: 10 }
//
// SITE_URL in the environment wins over `url`, for a deploy that builds one site for several hosts.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'zod';
import type { Problem } from '../extract/types.ts';

export const SITE_SETTINGS_FILE = path.join('content', 'site.yml');

export interface SiteSettings {
  title: string;
  /** Absolute, without a trailing slash. */
  url: string;
  language: string;
  pageSizes: {
    /** Articles on a page of a country's, topic's, year's ... list. */
    list: number;
    /** Names on a page of the index of all countries, people, ... */
    index: number;
    /** Latest articles on the home page. */
    latest: number;
  };
}

export const DEFAULT_SETTINGS: SiteSettings = {
  title: 'News archive',
  url: 'http://localhost:8080',
  language: 'en',
  pageSizes: { list: 50, index: 200, latest: 10 },
};

const pageSize = (min: number, max: number) => z.number().int().min(min).max(max);
const FIELDS = {
  title: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or pt-BR'),
  pageSizes: z.object({ list: pageSize(5, 1000), index: pageSize(10, 5000), latest: pageSize(1, 100) }).partial().strict(),
} as const;
const HINTS: Record<keyof typeof FIELDS, string> = {
  title: 'a line of text, at most 120 characters',
  url: 'the address the site is published at, such as https://example.org/news',
  language: 'a language code such as en',
  pageSizes: 'list: 5 to 1000, index: 10 to 5000, latest: 1 to 100',
};

export interface LoadedSettings { settings: SiteSettings; problems: Problem[] }

export async function loadSiteSettings(root: string, env: NodeJS.ProcessEnv = process.env): Promise<LoadedSettings> {
  const text = await readFile(path.join(root, SITE_SETTINGS_FILE), 'utf8').catch(() => null);
  const { settings, problems } = text === null ? { settings: DEFAULT_SETTINGS, problems: [] } : parseSiteSettings(text);
  const url = env.SITE_URL?.trim();
  return { settings: { ...settings, url: withoutSlash(url || settings.url) }, problems };
}

export function parseSiteSettings(text: string): LoadedSettings {
  const problems: Problem[] = [];
  const warn = (field: string, message: string, hint?: string) => problems.push({ field, message: `${message}; the default is used`, hint, severity: 'warning' });
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    warn('settings', `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    return { settings: DEFAULT_SETTINGS, problems };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    warn('settings', 'must be a list of "name: value" lines');
    return { settings: DEFAULT_SETTINGS, problems };
  }
  const settings: SiteSettings = { ...DEFAULT_SETTINGS, pageSizes: { ...DEFAULT_SETTINGS.pageSizes } };
  for (const [name, value] of Object.entries(data)) {
    if (!(name in FIELDS)) {
      warn(name, `is not a setting (known: ${Object.keys(FIELDS).join(', ')})`);
      continue;
    }
    const field = name as keyof typeof FIELDS;
    const checked = FIELDS[field].safeParse(value);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      warn([field, ...issue.path].join('.'), issue.message, HINTS[field]);
    } else if (field === 'pageSizes') {
      Object.assign(settings.pageSizes, checked.data);
    } else {
      Object.assign(settings, { [field]: field === 'url' ? withoutSlash(checked.data as string) : checked.data });
    }
  }
  return { settings, problems };
}

/**
 * The folder the site is published in, from its address: "/" for https://example.org, "/news/"
 * for https://example.org/news. Every link on the site starts with it.
 */
export function pathPrefix(settings: Pick<SiteSettings, 'url'>): string {
  const folder = new URL(settings.url).pathname.replace(/\/+$/, '');
  return `${folder}/`;
}

// A trailing slash would double up when joined with root-relative URLs.
function withoutSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
