/**
 * The built site (dist/) served on 127.0.0.1 as a static host serves it, for the end-to-end tests
 * (tests/support/site.ts), the site bench (bench/site-pack.ts) and the screenshots
 * (scripts/site-screenshots.ts): the policy the pages declare in their <meta> sent as a
 * Content-Security-Policy header on every response (as a host would send it), `nosniff`, and, when
 * asked, text gzipped for a browser that accepts it (as common hosts do). Every response can be
 * reported, with its bytes on the wire, so the bench counts what a visitor downloads. Not part of
 * the site: the site is plain files any host serves (docs/site.md, «Hosting»).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');

/** Content types by extension; `compress`: a static host gzips it. */
const TYPES: Record<string, { type: string; compress?: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', compress: true },
  '.js': { type: 'application/javascript; charset=utf-8', compress: true },
  '.mjs': { type: 'application/javascript; charset=utf-8' },
  '.css': { type: 'text/css; charset=utf-8', compress: true },
  '.json': { type: 'application/json; charset=utf-8', compress: true },
  '.svg': { type: 'image/svg+xml', compress: true },
  '.png': { type: 'image/png' },
  '.webp': { type: 'image/webp' },
  '.ico': { type: 'image/x-icon' },
  '.ttf': { type: 'font/ttf' },
  '.woff2': { type: 'font/woff2' },
  '.wasm': { type: 'application/wasm' },
  '.txt': { type: 'text/plain; charset=utf-8' },
  '.pdf': { type: 'application/pdf' },
  '.docx': { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  '.zip': { type: 'application/zip' },
  '.yaml': { type: 'text/yaml; charset=utf-8' },
};
const OTHER = { type: 'application/octet-stream', compress: false };

/** The policy the site declares in its layout's <meta http-equiv>, as a header value. */
export function sitePolicy(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSP meta in the built page');
  return m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** One response as sent: its path, the body's bytes on the wire and before compression. */
export interface Served {
  path: string;
  sent: number;
  size: number;
}

export interface StaticSiteOptions {
  /** The built site; dist/ unless told. */
  dir?: string;
  /** The header's policy; the built landing page's unless given. */
  csp?: string;
  /** Gzip text (HTML, JavaScript, CSS, JSON, SVG) when the request accepts it; at level 6, zlib's default, as common hosts do. */
  gzip?: boolean;
  /** Called after each file is sent. */
  onServed?: (served: Served) => void;
}

export interface StaticSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  base: string;
  close(): Promise<void>;
}

export async function serveStatic(options: StaticSiteOptions = {}): Promise<StaticSite> {
  const dir = options.dir ?? DIST;
  const csp = options.csp ?? sitePolicy(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const gzipped = new Map<string, Buffer>();
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
      const kind = TYPES[path.extname(file)] ?? OTHER;
      const gzip = options.gzip === true && kind.compress === true && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      let body: Buffer = raw;
      if (gzip) {
        body = gzipped.get(file) ?? gzipSync(raw, { level: 6 });
        gzipped.set(file, body);
      }
      res.writeHead(200, {
        'Content-Type': kind.type,
        'Content-Length': body.length,
        ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
      options.onServed?.({ path: url.pathname, sent: body.length, size: raw.length });
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
