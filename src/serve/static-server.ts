// Serves a built site over HTTP on loopback. Pagefind needs http(s): browsers refuse to
// fetch its index and WebAssembly from file:// pages.
import { createServer, type Server } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { contentSecurityPolicy } from '../site/content-security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The pages' own policy (search's, the loosest), plus what only a header can say. */
const CONTENT_SECURITY_POLICY = `${contentSecurityPolicy({ wasm: true })}; frame-ancestors 'none'`;

export interface RunningServer { url: string; server: Server; close(): Promise<void> }

export async function serveStatic(root: string, { port = 0, host = '127.0.0.1' } = {}): Promise<RunningServer> {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      // Malformed percent-encoding: a bad request, not a reason for the server to stop.
      return send(400);
    }
    const file = path.join(base, pathname);
    // path.join normalises "..", so anything outside the root is refused here.
    if (file !== base && !file.startsWith(base + path.sep)) return send(404);
    const found = await resolveFile(file);
    if (!found) return send(404);
    res.writeHead(200, headers(found));
    createReadStream(found).pipe(res);

    async function send(status: number) {
      const page = await resolveFile(path.join(base, '404.html'));
      res.writeHead(status, page ? headers(page) : { 'Content-Type': 'text/plain; charset=utf-8' });
      if (page) createReadStream(page).pipe(res);
      else res.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function headers(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-cache',
  };
}

async function resolveFile(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return resolveFile(path.join(file, 'index.html'));
  return null;
}
