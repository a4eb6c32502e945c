// npm run screenshots: the README's pictures, taken from a real build of the shipped examples
// plus the search test's fixtures, in Debian's Chromium. Run by hand after a visible change;
// the tests never write into docs/.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../src/build/run-build.ts';
import { projectPaths, todayIso } from '../src/cli/paths.ts';
import { serveStatic } from '../src/serve/static-server.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** docs/<file>: the page at <url>, and what must be on screen before the picture is taken. */
const SHOTS = [
  { file: 'home.png', url: '/', ready: '.coverage' },
  { file: 'search.png', url: '/search/?q=cotton', ready: '.search-result a, fieldset' },
  { file: 'countries.png', url: '/countries/', ready: '.world-map' },
  { file: 'relations.png', url: '/relations/', ready: 'main h1' },
  { file: 'country.png', url: '/countries/tajikistan/', ready: '.coverage' },
];

const project = await mkdtemp(path.join(os.tmpdir(), 'screenshots-'));
const paths = projectPaths(project);
try {
  await cp(path.join(REPO, 'content', 'raw'), paths.rawDir, { recursive: true });
  await cp(path.join(REPO, 'tests', 'fixtures', 'search'), path.join(paths.rawDir, 'search'), { recursive: true });
  await runBuild({ ...paths, today: todayIso() });
  const server = await serveStatic(paths.outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const shot of SHOTS) {
      await page.goto(`${server.url}${shot.url}`);
      await page.waitForSelector(shot.ready);
      await page.screenshot({ path: path.join(REPO, 'docs', shot.file) });
      console.log(`docs/${shot.file} ← ${shot.url}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(project, { recursive: true, force: true });
}
