// content/site.yml: the site's settings, each field checked on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_SETTINGS, loadSiteSettings, parseSiteSettings } from '../src/site/site-settings.ts';

const cases: { name: string; yaml: string; want: Partial<typeof DEFAULT_SETTINGS>; problems?: RegExp[] }[] = [
  { name: 'an empty file keeps every default', yaml: '', want: DEFAULT_SETTINGS },
  { name: 'a title and a url are taken, the url without its trailing slash', yaml: 'title: Steppe news\nurl: https://example.org/news/\n', want: { title: 'Steppe news', url: 'https://example.org/news' } },
  { name: 'one page size is set, the others keep their defaults', yaml: 'pageSizes: { list: 20 }\n', want: { pageSizes: { ...DEFAULT_SETTINGS.pageSizes, list: 20 } } },
  { name: 'a page size out of range is reported and its default kept', yaml: 'pageSizes: { list: 0 }\n', want: { pageSizes: DEFAULT_SETTINGS.pageSizes }, problems: [/^pageSizes\.list: .*default is used/] },
  { name: 'a url that is not http(s) is reported', yaml: 'url: ftp://example.org\ntitle: Kept\n', want: { url: DEFAULT_SETTINGS.url, title: 'Kept' }, problems: [/^url: /] },
  { name: 'a language that is not a code is reported', yaml: 'language: English\n', want: { language: 'en' }, problems: [/^language: must be a language code/] },
  { name: 'an unknown setting is reported by name', yaml: 'titel: Typo\n', want: { title: DEFAULT_SETTINGS.title }, problems: [/^titel: is not a setting \(known: title, url, language, pageSizes\)/] },
  { name: 'a file that is not YAML keeps every default', yaml: 'title: [unclosed\n', want: DEFAULT_SETTINGS, problems: [/^settings: is not valid YAML/] },
  { name: 'a file that is a list keeps every default', yaml: '- title\n', want: DEFAULT_SETTINGS, problems: [/^settings: must be/] },
];

for (const c of cases) {
  test(`settings: ${c.name}`, () => {
    const { settings, problems } = parseSiteSettings(c.yaml);
    for (const [key, value] of Object.entries(c.want)) assert.deepEqual(settings[key as keyof typeof settings], value, key);
    assert.deepEqual(problems.map((p) => `${p.field}: ${p.message}`).filter((line) => !(c.problems ?? []).some((re) => re.test(line))), []);
    assert.equal(problems.length, c.problems?.length ?? 0);
  });
}

test('settings: SITE_URL in the environment wins over the file, and no file is the defaults', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'site-settings-'));
  try {
    assert.deepEqual((await loadSiteSettings(root, {})).settings, DEFAULT_SETTINGS);
    await mkdir(path.join(root, 'content'));
    await writeFile(path.join(root, 'content', 'site.yml'), 'url: https://example.org/news\n');
    assert.equal((await loadSiteSettings(root, { SITE_URL: 'https://mirror.example.net/' })).settings.url, 'https://mirror.example.net');
    assert.equal((await loadSiteSettings(root, {})).settings.url, 'https://example.org/news');
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});

test('settings: a build uses the file\'s title and page sizes, reports a wrong field, and renders every page again when a setting changes', async () => {
  const { tempProject } = await import('./helpers/temp-project.ts');
  const { runBuild } = await import('../src/build/run-build.ts');
  const { readFile } = await import('node:fs/promises');
  const project = await tempProject();
  try {
    for (const [i, day] of ['01', '02', '03'].entries()) {
      await project.addRaw(`${i}.txt`, `---\ndate: 2025-03-${day}\n---\nHeadline number ${i + 1}\n\nDUSHANBE – Officials in Tajikistan opened the ${i + 1}th new school of the year.\n`);
    }
    await mkdir(path.join(project.root, 'content'), { recursive: true });
    await writeFile(path.join(project.root, 'content', 'site.yml'), 'title: Steppe news\npageSizes: { latest: 2 }\ntitel: typo\n');
    const first = await runBuild({ ...project, today: '2026-01-01' });
    const home = await readFile(path.join(project.outDir, 'index.html'), 'utf8');
    assert.match(home, /<h1>Steppe news<\/h1>/);
    assert.equal(home.match(/Headline number \d/g)?.length, 2);
    assert.deepEqual(first.ingest.problems.get('content/site.yml')?.map((p) => p.field), ['titel']);
    await writeFile(path.join(project.root, 'content', 'site.yml'), 'title: Steppe news archive\n');
    const second = await runBuild({ ...project, today: '2026-01-01' });
    assert.equal(second.pagesRendered, second.pages);
  } finally {
    await project.remove();
  }
});
