// A new project has no articles yet: the site still builds, says so, and links nowhere broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { runBuild } from '../src/build/run-build.ts';
import { listFiles, linksIn, fileFor } from './site-helpers.ts';

test('an archive with no articles (and no records folder yet) builds a home page that says so', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'site-empty-'));
  try {
    const outDir = path.join(root, '_site');
    const rawDir = path.join(root, 'content', 'raw');
    await mkdir(rawDir, { recursive: true });
    await runBuild({ root, rawDir, recordsDir: path.join(root, 'content', 'articles'), outDir, today: '2026-01-01' });
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    assert.match(home, /No articles yet/);
    assert.equal(XMLValidator.validate(await readFile(path.join(outDir, 'feed.xml'), 'utf8')), true);
    assert.deepEqual(JSON.parse(await readFile(path.join(outDir, 'api', 'articles.json'), 'utf8')), { articles: [] });
    for (const file of await listFiles(outDir, '.html')) {
      for (const link of linksIn(await readFile(file, 'utf8'))) {
        if (link.startsWith('/') && !link.startsWith('/pagefind/')) assert.ok(existsSync(fileFor(outDir, link)), `${file} -> ${link}`);
      }
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
