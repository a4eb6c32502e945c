// The preview server (npm start): what it answers to requests a browser or a stray client sends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request, type ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveStatic, streamFile, type RunningServer } from '../src/serve/static-server.ts';

let root: string;
let server: RunningServer;

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'static-server-'));
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>home</title>');
  server = await serveStatic(root);
});
after(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

/** Sends the path exactly as written: fetch would normalise it first. */
function get(rawPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/`, { path: rawPath }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a request with malformed percent-encoding gets 400, and the server keeps serving', async () => {
  assert.equal(await get('/%E0%A4%A'), 400);
  assert.equal(await get('/'), 200);
});

test('a path that climbs out of the site folder is not found', async () => {
  assert.equal(await get('/..%2F..%2Fetc%2Fpasswd'), 404);
});

/** A request with any method and headers; resolves to the status, headers and body. */
function send(method: string, rawPath: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/`, { path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
  test(`${method} is refused with 405 and the methods that are allowed`, async () => {
    const res = await send(method, '/');
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'GET, HEAD');
  });
}

test('HEAD answers the headers of GET with no body', async () => {
  const res = await send('HEAD', '/');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-length'], String('<!doctype html><title>home</title>'.length));
  assert.equal(res.body, '');
});

test('every answer says nosniff and carries the site policy', async () => {
  for (const res of [await send('GET', '/'), await send('GET', '/missing')]) {
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  }
  assert.match(String((await send('GET', '/')).headers['content-security-policy']), /frame-ancestors 'none'/);
});

for (const [range, status, body, contentRange] of [
  ['bytes=0-8', 206, '<!doctype', 'bytes 0-8/34'],
  ['bytes=-6', 206, 'title>', 'bytes 28-33/34'],
  ['bytes=27-', 206, '/title>', 'bytes 27-33/34'],
  ['bytes=500-', 416, '', 'bytes */34'],
  ['bytes=0-1,4-5', 200, '<!doctype html><title>home</title>', undefined],
] as const) {
  test(`Range ${range} is answered with ${status}`, async () => {
    const res = await send('GET', '/', { Range: range });
    assert.equal(res.status, status);
    if (status !== 416) assert.ok(res.body.startsWith(body), res.body);
    if (contentRange) assert.equal(res.headers['content-range'], contentRange);
  });
}

test('text is sent gzipped to a client that accepts it, and as stored to one that does not', async () => {
  const html = '<!doctype html><title>home</title>';
  const zipped = await fetch(`${server.url}/`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
  // fetch decodes gzip itself: the text arrives whole.
  assert.equal(await zipped.text(), html);
  const plain = await send('GET', '/', { 'Accept-Encoding': 'identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body, html);
});

test('already compressed files and byte ranges are sent as stored', async () => {
  await writeFile(path.join(root, 'index.pf_index'), 'binary');
  const binary = await send('GET', '/index.pf_index', { 'Accept-Encoding': 'gzip' });
  assert.equal(binary.headers['content-encoding'], undefined);
  assert.equal(binary.body, 'binary');
  const ranged = await send('GET', '/', { 'Accept-Encoding': 'gzip', Range: 'bytes=0-8' });
  assert.equal(ranged.headers['content-encoding'], undefined);
  assert.equal(ranged.body, '<!doctype');
});

// Pagefind inflates its files in JavaScript unless they arrive inflated; the browser does it faster.
test("Pagefind's gzipped files are sent as stored, labelled gzip to a client that accepts it", async () => {
  const inflated = 'pagefind_dcd{"chunk":1}';
  const stored = gzipSync(inflated);
  await writeFile(path.join(root, 'en_1.pf_fragment'), stored);
  const zipped = await fetch(`${server.url}/en_1.pf_fragment`, { headers: { 'Accept-Encoding': 'gzip' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('content-length'), String(stored.length), 'the bytes stored, not compressed again');
  assert.equal(await zipped.text(), inflated);
  const plain = await send('GET', '/en_1.pf_fragment', { 'Accept-Encoding': 'identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.headers['content-length'], String(stored.length));
});

test('files vanishing while they are requested never stop the server', async () => {
  const file = path.join(root, 'flicker.js');
  let flickering = true;
  const flicker = (async () => {
    for (let i = 0; flickering && i < 5000; i++) {
      await writeFile(file, 'x'.repeat(200_000));
      await rm(file, { force: true });
    }
  })();
  const statuses = await Promise.all(Array.from({ length: 300 }, () => get('/flicker.js').catch(() => 0)));
  flickering = false;
  await flicker;
  assert.ok(statuses.every((s) => s === 200 || s === 404 || s === 0), statuses.join(','));
  assert.equal(await get('/'), 200);
});

// A browser cancels its fetches when a page is left, often before the answer has begun.
test('a file is closed when its response has ended before the file is sent', async () => {
  const file = path.join(root, 'index.html');
  for (const gzip of [false, true]) {
    const handle = await open(file, 'r');
    const response = new Writable({ write: (_chunk, _encoding, next) => next() });
    response.destroy();
    streamFile({ file, size: (await handle.stat()).size, handle }, response as unknown as ServerResponse, undefined, gzip);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.equal(handle.fd, -1, `the file is still open${gzip ? ' (gzipped)' : ''}`);
  }
});
