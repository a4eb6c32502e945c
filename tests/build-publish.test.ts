// Publishing a build: the site folder always holds one whole site. A failed, killed or
// concurrent build never leaves it half made, files the user keeps in it survive, and pages of
// deleted articles do not.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../src/build/run-build.ts';
import { generateArchive } from '../bench/generate.ts';
import { tempProject, type TempProject } from './helpers/temp-project.ts';
import { snapshot } from './helpers/snapshot.ts';

const RAIL = 'Rail link agreed\n\nASTANA, March 12, 2024 (Xinhua) -- Kazakhstan and Uzbekistan agreed to build a rail link.\n';
const DAM = 'Dam turbine completed\n\nDUSHANBE, May 3, 2024 (Asia-Plus) – Engineers finished the third turbine of the Rogun dam.\n';
// One clock for every build here, so two builds of the same articles can be compared byte for byte.
const build = (project: TempProject, onWait?: (pid: number | null) => void) => runBuild({ ...project, today: '2026-11-22', now: '2026-11-22T12:00:00Z', onWait });

const leftovers = async (project: TempProject) => (await readdir(project.root)).filter((n) => n.startsWith('_site.'));

let project: TempProject;
before(async () => {
  project = await tempProject();
  await project.addRaw('rail.txt', RAIL);
  await project.addRaw('dam.txt', DAM);
});
after(() => project.remove());

test('a rebuild removes the pages of a deleted article and keeps files the user put in the site folder', async () => {
  await build(project);
  const damPage = (await readdir(path.join(project.outDir, 'articles'))).find((n) => n.startsWith('dam-turbine'));
  assert.ok(damPage);
  await writeFile(path.join(project.outDir, 'CNAME'), 'news.example.org\n');
  await writeFile(path.join(project.outDir, '.nojekyll'), '');
  await mkdir(path.join(project.outDir, '.git'));
  await writeFile(path.join(project.outDir, '.git', 'HEAD'), 'ref: refs/heads/pages\n');
  await rm(path.join(project.rawDir, 'dam.txt'));
  const summary = await build(project);
  assert.equal(existsSync(path.join(project.outDir, 'articles', damPage)), false);
  assert.equal(await readFile(path.join(project.outDir, 'CNAME'), 'utf8'), 'news.example.org\n');
  assert.equal(await readFile(path.join(project.outDir, '.git', 'HEAD'), 'utf8'), 'ref: refs/heads/pages\n');
  assert.ok(existsSync(path.join(project.outDir, '.nojekyll')));
  assert.deepEqual(summary.kept, ['.git', '.nojekyll', 'CNAME']);
  // Kept again on the next build, and nothing is left beside the site.
  await project.addRaw('dam.txt', DAM);
  await build(project);
  assert.ok(existsSync(path.join(project.outDir, 'CNAME')));
  assert.deepEqual(await leftovers(project), []);
});

test('a build that fails after rendering leaves the published site exactly as it was', async () => {
  await build(project);
  const published = await snapshot(project.outDir);
  await project.addRaw('new.txt', 'Border post reopened\n\nBISHKEK, June 1, 2024 – The border post reopened after repairs, officials said.\n');
  // The records folder cannot be written (a file stands where it should be): the ingest's
  // background write fails while the site renders.
  await rm(project.recordsDir, { recursive: true, force: true });
  await writeFile(project.recordsDir, 'not a folder');
  await assert.rejects(build(project), /ingest failed/);
  assert.deepEqual(await snapshot(project.outDir), published);
  assert.deepEqual(await leftovers(project), []);
  await rm(project.recordsDir);
  await rm(path.join(project.rawDir, 'new.txt'));
});

test('the exports made by a build that failed to publish are not taken for the published site\'s', async () => {
  await build(project);
  await project.addRaw('new.txt', 'Border post reopened\n\nBISHKEK, June 1, 2024 – The border post reopened after repairs, officials said.\n');
  // The render and the exports are done when the records folder fails to be written.
  await rm(project.recordsDir, { recursive: true, force: true });
  await writeFile(project.recordsDir, 'not a folder');
  await assert.rejects(build(project), /ingest failed/);
  await rm(project.recordsDir);
  // The same records as the failed build's, with the published site's exports made without them.
  await build(project);
  for (const file of ['articles.json', 'articles-text.json', 'articles.csv']) {
    assert.match(await readFile(path.join(project.outDir, 'api', file), 'utf8'), /Border post reopened/, file);
  }
  await rm(path.join(project.rawDir, 'new.txt'));
});

test('two builds started at once both finish, one after the other, and publish a whole site', async () => {
  let waited = 0;
  const [a, b] = await Promise.all([build(project, () => waited++), build(project, () => waited++)]);
  assert.equal(waited, 1, 'the second build waits for the first');
  assert.equal(a.articles, 2);
  assert.equal(b.indexedPages, 2);
  const files = await readdir(path.join(project.outDir, 'pagefind'), { recursive: true });
  assert.equal(files.filter((f) => f.endsWith('.pf_fragment')).length, 2);
  assert.ok(existsSync(path.join(project.outDir, 'pagefind', 'pagefind.js')));
});

test('a lock left by a build that was killed is taken over', async () => {
  const dead = spawn(process.execPath, ['-e', '0']);
  await once(dead, 'exit');
  await writeFile(path.join(project.root, '.cache', 'build.lock'), JSON.stringify({ pid: dead.pid, since: '2026-01-01T00:00:00Z' }));
  let waited = false;
  await build(project, () => (waited = true));
  assert.equal(waited, false);
  assert.equal(existsSync(path.join(project.root, '.cache', 'build.lock')), false);
});

test('a build killed between the two renames of the swap is undone by the next one, user files included', async () => {
  await build(project);
  await writeFile(path.join(project.outDir, 'CNAME'), 'news.example.org\n');
  await rename(project.outDir, `${project.outDir}.old`);
  await mkdir(`${project.outDir}.next`);
  await build(project);
  assert.ok(existsSync(path.join(project.outDir, 'CNAME')));
  assert.ok(existsSync(path.join(project.outDir, 'index.html')));
  assert.deepEqual(await leftovers(project), []);
});

test('two builds of the same articles give byte-identical sites, search index included', async () => {
  const [a, b] = [await tempProject(), await tempProject()];
  try {
    for (const p of [a, b]) {
      await generateArchive({ n: 120, seed: 3, dir: p.rawDir });
      await build(p);
    }
    const [siteA, siteB] = [await snapshot(a.outDir), await snapshot(b.outDir)];
    assert.ok(Object.keys(siteA).some((f) => f.includes(`${path.sep}filter${path.sep}`)));
    assert.deepEqual(siteB, siteA);
  } finally {
    await Promise.all([a.remove(), b.remove()]);
  }
});

// The timeout only stops a hung build from stalling the suite; it is not a speed check.
test('a build killed during each stage leaves the previous site as it was, and the next build clears its leftovers', { timeout: 600_000 }, async () => {
  const big = await tempProject();
  try {
    await generateArchive({ n: 400, seed: 7, dir: big.rawDir });
    const first = await runCli(big);
    assert.equal(first.code, 0, first.output);
    const published = await snapshot(big.outDir);
    await generateArchive({ n: 1, seed: 7, dir: big.rawDir, start: 400 });
    const staging = `${big.outDir}.next`;
    const stages: [string, () => boolean][] = [
      ['ingest', () => existsSync(path.join(big.root, '.cache', 'build.lock'))],
      ['render', () => existsSync(path.join(staging, 'articles'))],
      ['index', () => existsSync(path.join(staging, 'pagefind'))],
    ];
    for (const [stage, reached] of stages) {
      const killed = await runCli(big, reached);
      assert.equal(killed.signal, 'SIGKILL', `the build was killed during ${stage}: ${killed.output}`);
      assert.deepEqual(await snapshot(big.outDir), published, `killed during ${stage}`);
    }
    const next = await runCli(big);
    assert.equal(next.code, 0, next.output);
    assert.match(next.output, /Built 401 articles/);
    assert.deepEqual(await leftovers(big), []);
  } finally {
    await big.remove();
  }
});

/** Runs npm run build's command; with `killWhen`, kills it (SIGKILL) as soon as that holds. */
async function runCli(p: TempProject, killWhen?: () => boolean): Promise<{ code: number | null; signal: string | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/build.ts', '--root', p.root], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (output += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (output += c));
  const exited = once(child, 'exit');
  if (killWhen) {
    const timer = setInterval(() => {
      if (killWhen()) {
        clearInterval(timer);
        child.kill('SIGKILL');
      }
    }, 5);
    exited.finally(() => clearInterval(timer));
  }
  const [code, signal] = (await exited) as [number | null, string | null];
  return { code, signal, output };
}

test('the replaced site is kept aside, away from the site folder, and the next build is made in it', async () => {
  await build(project);
  await build(project);
  const spare = path.join(project.root, '.cache', 'spare-site');
  const { ino } = await stat(spare);
  await build(project);
  assert.equal((await stat(project.outDir)).ino, ino);
  assert.deepEqual(await readdir(path.join(project.root, '.cache', 'trash')).catch(() => []), []);
  assert.deepEqual(await leftovers(project), []);
});

test('a spare site with no published site to bring it up to date from is removed after the build returns', async () => {
  await build(project);
  await build(project);
  const spare = path.join(project.root, '.cache', 'spare-site');
  const { ino } = await stat(spare);
  await rm(project.outDir, { recursive: true });
  await build(project);
  assert.notEqual((await stat(project.outDir)).ino, ino);
  assert.equal(existsSync(spare), false);
  const trash = path.join(project.root, '.cache', 'trash');
  // The removal runs in a process of its own; give it a moment.
  for (let i = 0; i < 100 && (await readdir(trash).catch(() => [])).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(await readdir(trash).catch(() => []), []);
});
