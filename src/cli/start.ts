// npm start [-- --root DIR] [--port N]: build the site, serve it on loopback, and rebuild when a
// raw article is added, changed or removed.
import { watch } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBuild, BuildError } from '../build/run-build.ts';
import { serveStatic } from '../serve/static-server.ts';
import { buildReport, progressPrinter, waitingLine } from '../build/build-report.ts';
import { projectPaths, rootFromArgs, todayIso } from './paths.ts';
import { loadSiteSettings, pathPrefix } from '../site/site-settings.ts';

const { values } = parseArgs({ options: { root: { type: 'string' }, port: { type: 'string', default: '8080' } } });
const paths = projectPaths(rootFromArgs(values.root));
// Editors save in bursts (temp file, rename, touch); one rebuild per burst is enough.
const DEBOUNCE_MS = 300;

async function build(): Promise<boolean> {
  try {
    const summary = await runBuild({
      ...paths,
      today: todayIso(),
      again: true,
      onWait: (pid) => console.error(waitingLine(pid)),
      onProgress: progressPrinter(),
    });
    console.log(buildReport(summary).join('\n'));
    return true;
  } catch (error) {
    console.error(error instanceof BuildError ? `Build stopped: ${error.message}` : error);
    return false;
  }
}

// Served in the folder the site is published in (content/site.yml's url), so links work here as there.
const prefix = pathPrefix((await loadSiteSettings(paths.root)).settings);
// The port is taken before the first build, so a busy one is reported at once, not after it.
const server = await serveStatic(paths.outDir, { port: Number(values.port), prefix }).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE' && error.code !== 'EACCES') throw error;
  const why = error.code === 'EADDRINUSE' ? 'is already in use (is another npm start running?)' : 'may not be used by this user';
  console.error(`Port ${values.port} ${why}. Choose another: npm start -- --port 8081`);
  process.exit(1);
});
await build();
console.log(`Serving the archive at ${server.url}${prefix} (Ctrl+C to stop). Watching ${paths.rawDir} for changes.`);

// One build at a time: a change during a build queues exactly one more.
let timer: NodeJS.Timeout | undefined;
let building: Promise<unknown> | null = null;
let again = false;
function schedule(): void {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    if (building) {
      again = true;
      return;
    }
    do {
      again = false;
      console.log('Raw articles changed; rebuilding...');
      building = build();
      await building;
      building = null;
    } while (again);
  }, DEBOUNCE_MS);
}

const watcher = watch(paths.rawDir, { recursive: true }, schedule);
process.on('SIGINT', async () => {
  watcher.close();
  await server.close();
  process.exit(0);
});
