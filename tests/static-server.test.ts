// The preview server (npm start): what it answers to requests a browser or a stray client sends.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { serveStatic, type RunningServer } from '../src/serve/static-server.ts';

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
