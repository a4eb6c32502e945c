// npm start as a user runs it: the site is served, and adding a raw article rebuilds it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tempProject } from './helpers/temp-project.ts';

// The timeout only stops a hung server from stalling the suite; it is not a speed check.
test('npm start serves the built site and rebuilds it when a raw article is added', { timeout: 180_000 }, async () => {
  const project = await tempProject();
  await project.addRaw('first.txt', 'Rail link agreed\n\nASTANA, March 12, 2024 (Xinhua) -- Kazakhstan and Uzbekistan agreed to build a rail link.\n');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--root', project.root, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  // Resolves when the output matches, so the test follows the command instead of sleeping.
  const waitFor = async (pattern: RegExp): Promise<RegExpMatchArray> => {
    for (;;) {
      const match = output.match(pattern);
      if (match) return match;
      if (child.exitCode !== null) assert.fail(`npm start exited early:\n${output}`);
      await once(child.stdout, 'data');
    }
  };
  try {
    const [, url] = await waitFor(/Serving the archive at (http:\/\/127\.0\.0\.1:\d+)\//);
    const home = await fetch(`${url}/`).then((r) => r.text());
    assert.match(home, /Rail link agreed/);

    await project.addRaw('second.txt', 'Dam turbine completed\n\nDUSHANBE, May 3, 2024 (Asia-Plus) – Engineers finished the third turbine of the Rogun dam.\n');
    // Readers keep loading pages while the site is rebuilt and swapped under the server.
    let rebuilt = false;
    const hammer = (async () => {
      const statuses = new Set<number>();
      for (let i = 0; !rebuilt && i < 20_000; i++) {
        for (const page of ['/', '/pagefind/pagefind.js', '/search/']) statuses.add(await fetch(`${url}${page}`).then((r) => r.arrayBuffer().then(() => r.status), () => 0));
      }
      return statuses;
    })();
    await waitFor(/Built 2 articles/);
    rebuilt = true;
    const statuses = await hammer;
    assert.deepEqual([...statuses].filter((s) => s !== 200 && s !== 404), [], 'every request was answered');
    const home2 = await fetch(`${url}/`).then((r) => r.text());
    assert.match(home2, /Dam turbine completed/);
  } finally {
    child.kill('SIGINT');
    await once(child, 'exit');
    await project.remove();
  }
});

test('npm start on a busy port says so at once, without a stack trace, and exits', { timeout: 60_000 }, async () => {
  const project = await tempProject();
  await project.addRaw('first.txt', 'Rail link agreed\n\nASTANA, March 12, 2024 (Xinhua) -- Kazakhstan and Uzbekistan agreed to build a rail link.\n');
  const busy = createServer().listen(0, '127.0.0.1');
  await once(busy, 'listening');
  const port = (busy.address() as AddressInfo).port;
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/start.ts', '--root', project.root, '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(output, new RegExp(`Port ${port} is already in use`));
    assert.doesNotMatch(output, /\n\s+at |Built \d+ articles/);
  } finally {
    busy.close();
    await project.remove();
  }
});
