// Serves a built site over HTTP on loopback. Pagefind needs http(s): browsers refuse to
// fetch its index and WebAssembly from file:// pages. The site is swapped for a new one while
// it is served (npm start rebuilds), so any file can vanish between two steps of a request. A
// file is opened before anything is answered: an open file stays readable after the site folder
// is swapped and the old one removed, so a response is either whole or a clean 404.
import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGzip } from 'node:zlib';
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

export interface Found { file: string; size: number; handle: FileHandle }

/**
 * `prefix` is the folder the site is published in ("/news/"): the site is served there, as a
 * static host would serve it, and the root redirects to it.
 */
export async function serveStatic(root: string, { port = 0, host = '127.0.0.1', prefix = '/' } = {}): Promise<RunningServer> {
  const base = path.resolve(root);
  const server = createServer((req, res) => {
    answer(base, prefix, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Server error');
      else res.destroy();
    });
  });
  // A malformed request gets its 400 from Node; nothing a client sends stops the server.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}`,
    server,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function answer(base: string, prefix: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }).end('Method not allowed');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    // Malformed percent-encoding: a bad request, not a reason for the server to stop.
    return sendError(base, req, res, 400);
  }
  if (prefix !== '/') {
    if (pathname === '/' || pathname === prefix.slice(0, -1)) {
      res.writeHead(302, { Location: prefix, 'Content-Type': 'text/plain; charset=utf-8' }).end(`The site is at ${prefix}`);
      return;
    }
    if (!pathname.startsWith(prefix)) return sendError(base, req, res, 404);
    pathname = pathname.slice(prefix.length - 1);
  }
  const file = path.join(base, pathname);
  // path.join normalises "..", so anything outside the root is refused here.
  if (file !== base && !file.startsWith(base + path.sep)) return sendError(base, req, res, 404);
  const found = await resolveFile(file);
  if (!found) return sendError(base, req, res, 404);
  const range = byteRange(req.headers.range, found.size);
  if (range === 'unsatisfiable') {
    await found.handle.close();
    res.writeHead(416, { ...headers(found.file), 'Content-Range': `bytes */${found.size}` }).end();
    return;
  }
  const gzip = range || !acceptsGzip(req) ? null : await gzipOf(found);
  if (gzip) {
    res.writeHead(200, { ...headers(found.file), 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding', ...(gzip === 'stored' && { 'Content-Length': String(found.size) }) });
    if (req.method === 'HEAD') {
      await found.handle.close();
      return void res.end();
    }
    return streamFile(found, res, undefined, gzip === 'compress');
  }
  const { start, end } = range ?? { start: 0, end: found.size - 1 };
  res.writeHead(range ? 206 : 200, {
    ...headers(found.file),
    'Content-Length': String(Math.max(0, end - start + 1)),
    ...(range && { 'Content-Range': `bytes ${start}-${end}/${found.size}` }),
  });
  if (req.method === 'HEAD' || found.size === 0) {
    await found.handle.close();
    return void res.end();
  }
  streamFile(found, res, { start, end });
}

async function sendError(base: string, req: IncomingMessage, res: ServerResponse, status: number): Promise<void> {
  const page = await resolveFile(path.join(base, '404.html'));
  if (!page) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }).end(status === 400 ? 'Bad request' : 'Not found');
    return;
  }
  res.writeHead(status, { ...headers(page.file), 'Content-Length': String(page.size) });
  if (req.method === 'HEAD') {
    await page.handle.close();
    return void res.end();
  }
  streamFile(page, res);
}

// Text is sent gzipped to a browser that takes it, as any static host does, so what a reader
// downloads here is what they would download from the published site. A byte range is of the
// file as stored.
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|javascript)|image\/svg)/;

// Pagefind stores its index and WebAssembly gzipped, and inflates them in JavaScript unless they
// arrive inflated (it looks for its own signature first). Sent as stored but labelled gzip, the
// same bytes cross the wire and the browser inflates them natively: that inflating was the
// largest part of a first search's work in the page. A file of such a name that is not gzip (by
// its first bytes) is sent plain.
const STORED_GZIP = /\.(?:pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
const GZIP_MAGIC = [0x1f, 0x8b];

async function storedGzip(found: Found): Promise<boolean> {
  if (!STORED_GZIP.test(found.file) || found.size < GZIP_MAGIC.length) return false;
  const { buffer } = await found.handle.read(Buffer.alloc(GZIP_MAGIC.length), 0, GZIP_MAGIC.length, 0);
  return GZIP_MAGIC.every((byte, i) => buffer[i] === byte);
}

/** How the file goes to a client that takes gzip: as it is stored, compressed on the way, or plain. */
async function gzipOf(found: Found): Promise<'stored' | 'compress' | null> {
  if (await storedGzip(found)) return 'stored';
  return COMPRESSIBLE.test(headers(found.file)['Content-Type']) ? 'compress' : null;
}

function acceptsGzip(req: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
}

/**
 * Pipes the open file. pipeline() ends every stream, and so closes the file, whichever way the
 * response ends: sent, cut short by a read error (a failing disk), or abandoned by the reader,
 * even before it began (a browser cancels fetches when a page is left).
 */
export function streamFile(found: Found, res: ServerResponse, range?: { start: number; end: number }, gzip = false): void {
  const source = found.handle.createReadStream(range);
  const done = (error: Error | null) => {
    if (error) res.destroy();
  };
  if (gzip) pipeline(source, createGzip(), res, done);
  else pipeline(source, res, done);
}

/**
 * The single byte range asked for, undefined to send the whole file (no Range header, or one
 * this server may ignore, such as several ranges), or 'unsatisfiable'.
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | undefined | 'unsatisfiable' {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  if (m[1] === '') {
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(m[1]);
  if (m[2] !== '' && Number(m[2]) < start) return undefined; // not a valid range: ignored (RFC 9110)
  if (start >= size) return 'unsatisfiable';
  return { start, end: m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1) };
}

function headers(file: string): Record<string, string> {
  return {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Accept-Ranges': 'bytes',
    'Cache-Control': 'no-cache',
  };
}

/** The file opened (a folder's index.html), with its size, or null when there is none now. */
async function resolveFile(file: string): Promise<Found | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  const info = await handle.stat().catch(() => null);
  if (info?.isFile()) return { file, size: info.size, handle };
  await handle.close();
  return info?.isDirectory() ? resolveFile(path.join(file, 'index.html')) : null;
}
