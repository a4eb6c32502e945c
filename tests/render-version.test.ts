// What a build's render version (src/build/render-plan.ts) answers to: everything besides an
// article that shapes a page. A kept page is only right while the version is the same, so each
// of these must change it, and code that shapes no page must not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { renderVersion } from '../src/build/render-plan.ts';

const FILES = [
  'site/article.njk',
  'layouts/base.njk',
  'src/site/archive.ts',
  'src/build/eleventy.ts',
  'src/record/markdown.ts',
  '.eleventy.ts',
  'package-lock.json',
];

let repo: string;
const write = async (file: string, text: string) => {
  await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
  await writeFile(path.join(repo, file), text);
};

before(async () => {
  repo = await mkdtemp(path.join(os.tmpdir(), 'render-version-'));
  for (const file of [...FILES, 'src/extract/date/date.ts']) await write(file, `// ${file}\n`);
});
after(() => rm(repo, { recursive: true, force: true }));

for (const file of FILES) {
  test(`a change to ${file} changes the render version`, async () => {
    const before = await renderVersion(repo, {});
    await write(file, `// ${file}, changed\n`);
    assert.notEqual(await renderVersion(repo, {}), before);
  });
}

test('a change to the site settings changes the render version', async () => {
  assert.notEqual(await renderVersion(repo, { title: 'A' }), await renderVersion(repo, { title: 'B' }));
});

test('a change to code that shapes no page (the extractors) leaves the render version as it was', async () => {
  const before = await renderVersion(repo, {});
  await write('src/extract/date/date.ts', '// changed\n');
  assert.equal(await renderVersion(repo, {}), before);
});
