/**
 * The built site served for `bench/site-pack.ts` as a static host serves it: text files (HTML,
 * JavaScript, CSS, SVG, JSON) gzip-compressed when the browser accepts it, everything else (fonts,
 * images) as stored, and the site's Content-Security-Policy on every response. Every response body
 * is counted as sent, so the bench can say how many bytes a visitor downloads (a file the browser
 * takes from its cache is not sent and not counted).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, sitePolicy } from '../tests/support/site.ts';

/** Content types by extension; `compress`: a static host gzips it. */
const TYPES: Record<string, { type: string; compress: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', compress: true },
  '.js': { type: 'application/javascript; charset=utf-8', compress: true },
  '.css': { type: 'text/css; charset=utf-8', compress: true },
  '.json': { type: 'application/json; charset=utf-8', compress: true },
  '.svg': { type: 'image/svg+xml', compress: true },
  '.ttf': { type: 'font/ttf', compress: false },
  '.woff2': { type: 'font/woff2', compress: false },
  '.png': { type: 'image/png', compress: false },
  '.ico': { type: 'image/x-icon', compress: false },
};

/** One response as sent: its path, the body's bytes on the wire and before compression. */
export interface Served {
  path: string;
  sent: number;
  size: number;
}

export interface CountingSite {
  base: string;
  /** Responses in the order they were sent; cleared by the caller between measurements. */
  served: Served[];
  close(): Promise<void>;
}

/** Gzip level 6: zlib's default, what common static hosts use. */
const cache = new Map<string, Buffer>();
function gzipped(file: string, body: Buffer): Buffer {
  let out = cache.get(file);
  if (!out) {
    out = gzipSync(body, { level: 6 });
    cache.set(file, out);
  }
  return out;
}

export async function serveCounting(dir: string = DIST): Promise<CountingSite> {
  const csp = sitePolicy(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const served: Served[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const raw = readFileSync(file);
      const kind = TYPES[path.extname(file)] ?? { type: 'application/octet-stream', compress: false };
      const gzip = kind.compress && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const body = gzip ? gzipped(file, raw) : raw;
      res.writeHead(200, {
        'Content-Type': kind.type,
        'Content-Length': body.length,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
      served.push({ path: url.pathname, sent: body.length, size: raw.length });
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
