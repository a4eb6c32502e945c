// npm run build as a user runs it: one command, problems by file, a summary, and a clear stop.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { access, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { tempProject } from './helpers/temp-project.ts';

const projects: { remove(): Promise<void> }[] = [];
after(() => Promise.all(projects.map((p) => p.remove())));

async function build(root: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--root', root, ...args]).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e) => ({ code: e.code as number, out: e.stdout as string, err: e.stderr as string }),
  );
}

test('a build ingests, renders and indexes, reports a bad file by name, and ends with a summary', async () => {
  const project = await tempProject();
  projects.push(project);
  await project.addRaw('talks.txt', 'Ministers agree on new rail link\n\nASTANA, March 12, 2024 (Xinhua) -- Kazakhstan and Uzbekistan agreed to build a rail link.\n');
  await project.addRaw('dam.txt', 'Gröndal dam reopens after repairs\n\nDUSHANBE, May 2, 2024 -- The Gröndal dam on the Vakhsh reopened, its engineers said “on time”.\n');
  await project.addRaw('empty.txt', '');
  const run = await build(project.root);
  assert.equal(run.code, 0, run.err);
  assert.match(run.out, /content\/raw\/empty\.txt {2}error {2}file: /);
  assert.match(run.out, /Built 2 articles into \d+ pages \(2 searchable\), 1 errors, 0 warnings, in [\d.]+ s \(ingest [\d.]+ s, eleventy [\d.]+ s, pagefind [\d.]+ s, export [\d.]+ s, publish [\d.]+ s\)\./);
  // The summary counts the pages; Eleventy's own "Wrote N files" (feeds, exports and assets
  // included, and only those it rendered) would say another number.
  assert.doesNotMatch(run.out + run.err, /\[11ty\]|Wrote \d+ files/);
  await access(path.join(project.outDir, 'pagefind', 'pagefind.js'));
  // Each article's page shows its own body, as the render's worker was sent it (packed-texts.ts).
  const [dam, talks] = (await readdir(path.join(project.outDir, 'articles'))).sort();
  assert.match(talks, /^ministers-agree-on-new-rail-link-[0-9a-f]{6}$/);
  const page = (slug: string) => readFile(path.join(project.outDir, 'articles', slug, 'index.html'), 'utf8');
  assert.match(await page(talks), /<p>Kazakhstan and Uzbekistan agreed to build a rail link\.<\/p>/);
  assert.match(await page(dam), /<p>The Gröndal dam on the Vakhsh reopened, its engineers said “on time”\.<\/p>/);
  assert.equal((await build(project.root, '--strict')).code, 1);
});

test('a failed step stops the build with its message and a failing exit code', async () => {
  const project = await tempProject();
  projects.push(project);
  await rm(project.rawDir, { recursive: true });
  const run = await build(project.root);
  assert.equal(run.code, 1);
  assert.match(run.err, /Build stopped: ingest failed: there is no folder of raw articles at .*content\/raw/);
});
