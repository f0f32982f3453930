/**
 * The built site for end-to-end tests: `astro build` once per test run, dist/ served on 127.0.0.1
 * with the site's own Content-Security-Policy as an HTTP header on every response (as a host would
 * send it), headless Chromium, and axe-core for accessibility checks.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = path.join(ROOT, 'dist');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.zip': 'application/zip',
  '.yaml': 'text/yaml; charset=utf-8',
};

// ---------------------------------------------------------------------------------------------
// One build per test run

const LOCK_PREFIX = 'opk-site-build-';

/** Start time of a process (clock ticks since boot, from /proc), so a reused pid is told apart. */
function processStart(pid: number): string | null {
  try {
    // Fields after "pid (comm) ": state is field 3, starttime field 22.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Lock folders of runs whose vitest process is gone. */
function removeStaleLocks(): void {
  for (const name of readdirSync(tmpdir())) {
    const m = new RegExp(`^${LOCK_PREFIX}(\\d+)-(\\d*)$`).exec(name);
    if (!m) continue;
    const start = processStart(Number(m[1]));
    if (start === null || start !== m[2]) rmSync(path.join(tmpdir(), name), { recursive: true, force: true });
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Build the site once per test run, however many test files need it. Vitest runs test files in
 * parallel worker processes; two builds writing dist/ at once would break each other's output,
 * and a file that read dist/ while another rebuilt it would see half a site. The worker that
 * creates the run's lock folder builds; the others wait for its result. The run is identified by
 * the vitest main process (the workers' parent) and its start time.
 *
 * OPKIT_SITE_BUILT=1 skips the build and uses dist/ as it is (after a manual `npx astro build`).
 */
export async function ensureSiteBuilt(): Promise<void> {
  if (process.env.OPKIT_SITE_BUILT === '1') {
    if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('OPKIT_SITE_BUILT=1 but dist/ has no site');
    return;
  }
  const lock = path.join(tmpdir(), `${LOCK_PREFIX}${process.ppid}-${processStart(process.ppid) ?? ''}`);
  const resultFile = path.join(lock, 'result.json');
  let owner = false;
  try {
    mkdirSync(lock);
    owner = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if (owner) {
    removeStaleLocks();
    let result: { ok: boolean; message: string };
    try {
      await promisify(execFile)('npx', ['astro', 'build'], { cwd: ROOT, timeout: 150_000, maxBuffer: 64 * 1024 * 1024 });
      result = { ok: true, message: '' };
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string; message: string };
      result = { ok: false, message: `${e.message}\n${e.stderr ?? ''}`.slice(0, 4000) };
    }
    // Written whole and renamed into place, so a waiting worker never reads half a result.
    writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
    renameSync(`${resultFile}.tmp`, resultFile);
    if (!result.ok) throw new Error(`astro build failed: ${result.message}`);
    return;
  }
  const deadline = Date.now() + 170_000;
  while (!existsSync(resultFile)) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the site build of another test file');
    await sleep(250);
  }
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as { ok: boolean; message: string };
  if (!result.ok) throw new Error(`astro build failed (in another test file): ${result.message}`);
}

// ---------------------------------------------------------------------------------------------
// Serving dist/

/** The policy the site declares in its layout's <meta http-equiv>, as a header value. */
export function sitePolicy(html: string): string {
  const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  if (!m?.[1]) throw new Error('no CSP meta in the built page');
  return m[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

export interface ServedSite {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  base: string;
  close(): Promise<void>;
}

/**
 * Serve a built site (dist/ unless told otherwise) with `csp` on every response; the policy is read
 * from the built landing page unless given.
 */
export async function serveDist(options: { dir?: string; csp?: string } = {}): Promise<ServedSite> {
  const dir = options.dir ?? DIST;
  const csp = options.csp ?? sitePolicy(readFileSync(path.join(dir, 'index.html'), 'utf8'));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      const body = readFileSync(file);
      res.writeHead(200, {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
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

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// ---------------------------------------------------------------------------------------------
// Accessibility

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; html: string; failureSummary?: string }>;
}

interface AxeApi {
  run(context: Document, options: { resultTypes: string[] }): Promise<{ violations: AxeViolation[] }>;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core's violations on the page as it is now. The script is evaluated through the DevTools
 * protocol, which the page's CSP (no inline scripts) does not govern, so the page runs under its
 * real policy.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { axe } = window as unknown as { axe: AxeApi };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200), failureSummary: n.failureSummary })),
    }));
  });
}

/** Violations as readable lines for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// A user's session on the built site

export interface SiteSession {
  site: ServedSite;
  browser: Browser;
  page: Page;
  /** Every URL the page requested, to check that nothing left the site. */
  requests: string[];
  /** A scratch folder for downloads. */
  tmp: string;
  /** Saves the next download started by `trigger` into `tmp`; returns its path. */
  download(trigger: () => Promise<void>): Promise<string>;
  close(): Promise<void>;
}

/** Build (once per run), serve, and open one desktop page that accepts downloads and dialogs. */
export async function openSession(prefix: string): Promise<SiteSession> {
  await ensureSiteBuilt();
  const site = await serveDist();
  const browser = await launchChromium();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => void d.accept());
  const tmp = mkdtempSync(path.join(tmpdir(), prefix));
  return {
    site,
    browser,
    page,
    requests,
    tmp,
    async download(trigger) {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
      const target = path.join(tmp, file.suggestedFilename());
      await file.saveAs(target);
      return target;
    },
    async close() {
      await browser.close();
      await site.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
