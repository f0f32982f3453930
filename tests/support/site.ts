/**
 * The built site for end-to-end tests: `astro build` once per test run, dist/ served on 127.0.0.1
 * with the site's own Content-Security-Policy as an HTTP header on every response (as a host would
 * send it; scripts/static-site.ts, which the bench uses too), headless Chromium, and axe-core for
 * accessibility checks.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  type FSWatcher,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DIST, ROOT, type StaticSite, serveStatic, sitePolicy } from '../../scripts/static-site.ts';

export { DIST, ROOT, sitePolicy };

// ---------------------------------------------------------------------------------------------
// One build per test run

/**
 * How long `astro build` may take (about 15 s on an idle 2-core machine; several times that while
 * the other test files run beside it), how long a test file waits for the build another file runs,
 * and what a `beforeAll` that calls ensureSiteBuilt or openSiteBrowser should allow.
 */
const BUILD_TIMEOUT_MS = 150_000;
const WAIT_TIMEOUT_MS = BUILD_TIMEOUT_MS + 20_000;
export const SITE_TIMEOUT_MS = WAIT_TIMEOUT_MS + 70_000;

const LOCK_PREFIX = 'opkit-site-';
/** Locks are per worktree: other checkouts build their own dist/. */
const ROOT_TAG = createHash('sha256').update(ROOT).digest('hex').slice(0, 12);
/** The whole output of the last build in this worktree, kept after the run for a closer look. */
export const BUILD_LOG = path.join(tmpdir(), `${LOCK_PREFIX}${ROOT_TAG}-build.log`);

/** A process told apart from a later one that reuses its pid: the pid and its start time. */
interface ProcessId {
  pid: number;
  start: string;
}

/** Start time of a process (clock ticks since boot, from /proc), or null when there is none. */
function processStart(pid: number): string | null {
  try {
    // Fields after "pid (comm) ": state is field 3, starttime field 22.
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function processId(pid: number): ProcessId {
  return { pid, start: processStart(pid) ?? '' };
}

const isAlive = (p: ProcessId): boolean => processStart(p.pid) === p.start;

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
  } catch {
    return '?';
  }
}

/**
 * The Vitest run this test file belongs to, as its main process: the parent of a forked worker
 * (the `forks` pool of vitest.config.ts), or the process itself when the file runs in a worker
 * thread (`--pool=threads`), whose parent would be the shell and outlive the run.
 */
function currentRun(): ProcessId {
  return processId(isMainThread ? process.ppid : process.pid);
}

interface Owner {
  root: string;
  run: ProcessId;
  /** The worker process that builds. */
  builder: ProcessId;
}

interface BuildResult {
  ok: boolean;
  message: string;
}

function readOwner(lock: string): Owner | null {
  try {
    return JSON.parse(readFileSync(path.join(lock, 'owner.json'), 'utf8')) as Owner;
  } catch {
    return null;
  }
}

/** Lock folders (and unfinished claims) of runs or workers that are gone, of any worktree. */
function removeStaleLocks(): void {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(LOCK_PREFIX) || name === path.basename(BUILD_LOG)) continue;
    const dir = path.join(tmpdir(), name);
    const owner = readOwner(dir);
    if (!owner) continue;
    if (!isAlive(name.startsWith(`${LOCK_PREFIX}claim-`) ? owner.builder : owner.run)) rmSync(dir, { recursive: true, force: true });
  }
}

/** Another Vitest run, still going, that has built or is building this worktree's dist/. */
function otherRunOnThisSite(ownLock: string): Owner | null {
  for (const name of readdirSync(tmpdir())) {
    if (!name.startsWith(`${LOCK_PREFIX}${ROOT_TAG}-run-`)) continue;
    const dir = path.join(tmpdir(), name);
    if (dir === ownLock) continue;
    const owner = readOwner(dir);
    if (owner && owner.root === ROOT && isAlive(owner.run)) return owner;
  }
  return null;
}

/** The last lines of a build's output, enough to see its error. */
function outputTail(text: string): string {
  const lines = text.trimEnd().split('\n');
  const tail = lines.slice(-80).join('\n');
  return tail.length > 8000 ? tail.slice(-8000) : tail;
}

/** `astro build` in ROOT, its stdout and stderr interleaved into BUILD_LOG; never throws. */
async function runAstroBuild(): Promise<BuildResult> {
  const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
  const log = openSync(BUILD_LOG, 'w');
  let timedOut = false;
  const outcome = await new Promise<{ code: number | null; signal: string | null; error?: Error }>((resolve) => {
    // A process group of its own, so a build that runs over its time is stopped with everything it started.
    // NODE_ENV as a visitor's build has it: Vitest sets `test`, under which Preact's JSX is compiled in
    // development mode (source positions in every element), a bigger and slower site than the real one.
    const child = spawn(process.execPath, [astro, 'build'], {
      cwd: ROOT,
      stdio: ['ignore', log, log],
      detached: true,
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, signal: null, error });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  closeSync(log);
  const output = readFileSync(BUILD_LOG, 'utf8');
  if (outcome.code === 0 && !timedOut) {
    if (existsSync(path.join(DIST, 'index.html'))) return { ok: true, message: '' };
    return { ok: false, message: `astro build exited 0 but wrote no ${path.join(DIST, 'index.html')}; its output:\n${outputTail(output)}` };
  }
  const why = outcome.error
    ? `could not start (${outcome.error.message})`
    : timedOut
      ? `ran over ${BUILD_TIMEOUT_MS / 1000} s and was stopped`
      : `failed (exit code ${outcome.code ?? `none, signal ${outcome.signal}`})`;
  return { ok: false, message: `astro build ${why}. The end of its output (all of it in ${BUILD_LOG}):\n${outputTail(output)}` };
}

/**
 * Waits for the builder's result file; fails when the builder's process ended without writing it
 * (crashed or killed) or when the wait runs over WAIT_TIMEOUT_MS. Woken by the folder's change
 * (the result is renamed into it) and, for the builder's liveness, once a second.
 */
function waitForResult(lock: string, owner: Owner): Promise<BuildResult> {
  const resultFile = path.join(lock, 'result.json');
  const deadline = Date.now() + WAIT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    let watcher: FSWatcher | null = null;
    let timer: NodeJS.Timeout | undefined;
    const finish = (settle: () => void) => {
      watcher?.close();
      clearInterval(timer);
      settle();
    };
    const check = () => {
      if (existsSync(resultFile)) return finish(() => resolve(JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult));
      if (!isAlive(owner.builder)) {
        // It may have written the result just before it ended.
        if (existsSync(resultFile)) return check();
        return finish(() =>
          reject(
            new Error(
              `the site build, run by another test file's worker (pid ${owner.builder.pid}), stopped without a result; its output so far is in ${BUILD_LOG}`,
            ),
          ),
        );
      }
      if (Date.now() > deadline) {
        finish(() =>
          reject(
            new Error(
              `timed out after ${WAIT_TIMEOUT_MS / 1000} s waiting for the site build of another test file (worker pid ${owner.builder.pid}); its output so far is in ${BUILD_LOG}`,
            ),
          ),
        );
      }
    };
    watcher = watch(lock, check);
    timer = setInterval(check, 1000);
    check();
  });
}

let built: Promise<void> | null = null;

/**
 * Build the site once per test run, however many test files need it. Vitest runs test files in
 * parallel worker processes; two builds writing dist/ at once would break each other's output,
 * and a file that read dist/ while another rebuilt it would see half a site. So the first file of
 * a run to ask claims the run's lock folder (in the system's temporary folder, named after the
 * worktree and the run) and builds; the others wait for the result it writes there, and fail
 * with the build's output when it failed, or at once when the builder's process died.
 *
 * A second Vitest run in the same worktree while the first still runs would rebuild dist/ under
 * it: it stops instead, saying which run holds the site. Locks of finished runs are removed.
 *
 * OPKIT_SITE_BUILT=1 skips the build and uses dist/ as it is (after a manual `npx astro build`).
 */
export function ensureSiteBuilt(): Promise<void> {
  built ??= buildOncePerRun();
  return built;
}

async function buildOncePerRun(): Promise<void> {
  if (process.env.OPKIT_SITE_BUILT === '1') {
    if (!existsSync(path.join(DIST, 'index.html'))) throw new Error('OPKIT_SITE_BUILT=1 but dist/ has no site');
    return;
  }
  const run = currentRun();
  const lock = path.join(tmpdir(), `${LOCK_PREFIX}${ROOT_TAG}-run-${run.pid}-${run.start}`);
  const me: Owner = { root: ROOT, run, builder: processId(process.pid) };
  // The claim is prepared in a folder of its own and renamed into place whole, so whoever sees the
  // lock also sees who owns it. Renaming onto an existing (non-empty) lock folder fails.
  const claim = mkdtempSync(path.join(tmpdir(), `${LOCK_PREFIX}claim-`));
  writeFileSync(path.join(claim, 'owner.json'), JSON.stringify(me));
  let owner = false;
  try {
    renameSync(claim, lock);
    owner = true;
  } catch (error) {
    rmSync(claim, { recursive: true, force: true });
    if (!['ENOTEMPTY', 'EEXIST'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  }
  if (!owner) {
    const holder = readOwner(lock);
    if (!holder) throw new Error(`the site build lock ${lock} has no owner.json`);
    const result = await waitForResult(lock, holder);
    if (!result.ok) throw new Error(`(the site was built for this run by another test file) ${result.message}`);
    return;
  }
  removeStaleLocks();
  const other = otherRunOnThisSite(lock);
  const result: BuildResult = other
    ? {
        ok: false,
        message: `another Vitest run in this worktree (pid ${other.run.pid}: ${commandLine(other.run.pid)}) has built dist/ and may still be reading it; rebuilding it now would break that run. Let it finish, or run with OPKIT_SITE_BUILT=1 to use dist/ as it is.`,
      }
    : await runAstroBuild();
  // Written whole and renamed into place, so a waiting file never reads half a result.
  const resultFile = path.join(lock, 'result.json');
  writeFileSync(`${resultFile}.tmp`, JSON.stringify(result));
  renameSync(`${resultFile}.tmp`, resultFile);
  if (!result.ok) throw new Error(result.message);
}

// ---------------------------------------------------------------------------------------------
// Serving dist/

export type ServedSite = StaticSite;

/**
 * Serve a built site (dist/ unless told otherwise) with `csp` on every response; the policy is read
 * from the built landing page unless given.
 */
export function serveDist(options: { dir?: string; csp?: string } = {}): Promise<ServedSite> {
  return serveStatic(options);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
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
// Users of the built site

/** What the tests of one file share: the served dist/ and one Chromium process. */
export interface SiteBrowser {
  site: ServedSite;
  browser: Browser;
  close(): Promise<void>;
}

/** Build (once per run), serve dist/ and start Chromium, for the tests of a file to open their own visitors in. */
export async function openSiteBrowser(): Promise<SiteBrowser> {
  await ensureSiteBuilt();
  const site = await serveDist();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await site.close();
    throw error;
  }
  return {
    site,
    browser,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

export interface VisitorOptions {
  /** 1280 × 900 unless told. */
  viewport?: { width: number; height: number };
  /** The site's localStorage before the first page opens, key → value: an autosave to start from. */
  localStorage?: Record<string, string>;
}

/**
 * A new user of the site: a browser context of its own (no storage, cache or cookies from any
 * other test) with one desktop page, which accepts downloads and dialogs.
 */
export interface Visitor {
  context: BrowserContext;
  page: Page;
  /** Every URL any page of the context requested. */
  requests: string[];
  /** A scratch folder for downloads and files to upload, removed on close. */
  tmp: string;
  /** Saves the next download of the page, started by `trigger`, into `tmp`; returns its path. */
  download(trigger: () => Promise<void>): Promise<string>;
  /** Requested URLs that are not on the served site (blob: and data: URLs are the page's own). */
  foreignRequests(): string[];
  close(): Promise<void>;
}

export async function newVisitor({ site, browser }: SiteBrowser, options: VisitorOptions = {}): Promise<Visitor> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.localStorage
      ? {
          storageState: {
            cookies: [],
            origins: [{ origin: site.base, localStorage: Object.entries(options.localStorage).map(([name, value]) => ({ name, value })) }],
          },
        }
      : {}),
  });
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('page', (p) => p.on('dialog', (d) => void d.accept()));
  let page: Page;
  try {
    page = await context.newPage();
  } catch (error) {
    await context.close();
    throw error;
  }
  const tmp = mkdtempSync(path.join(tmpdir(), 'opkit-e2e-'));
  return {
    context,
    page,
    requests,
    tmp,
    async download(trigger) {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), trigger()]);
      const target = path.join(tmp, file.suggestedFilename());
      await file.saveAs(target);
      return target;
    },
    foreignRequests: () => requests.filter((u) => !u.startsWith(`${site.base}/`) && !u.startsWith('blob:') && !u.startsWith('data:')),
    async close() {
      await context.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface SiteVisitors {
  /** The served site, `http://127.0.0.1:PORT` (in the tests, once beforeAll has run). */
  readonly base: string;
  /** A new visitor, closed after the test. */
  visit(options?: VisitorOptions): Promise<Visitor>;
}

/**
 * The hooks of a test file whose every test is a new visitor: the site and Chromium are started
 * once for the file (beforeAll) and stopped after it; the visitors a test opened are closed after
 * it (afterEach), which fails the test when any of their pages requested anything off the site.
 */
export function siteVisitors(): SiteVisitors {
  let shared: SiteBrowser | undefined;
  let open: Visitor[] = [];
  beforeAll(async () => {
    shared = await openSiteBrowser();
  }, SITE_TIMEOUT_MS);
  afterAll(async () => {
    await shared?.close();
  });
  afterEach(async () => {
    const done = open;
    open = [];
    const foreign = done.flatMap((v) => v.foreignRequests());
    await Promise.all(done.map((v) => v.close()));
    expect(foreign, 'requests sent beyond 127.0.0.1').toEqual([]);
  });
  const started = (): SiteBrowser => {
    if (!shared) throw new Error('the site is not served yet (siteVisitors() is used from beforeAll on)');
    return shared;
  };
  return {
    get base() {
      return started().site.base;
    },
    async visit(options) {
      const visitor = await newVisitor(started(), options);
      open.push(visitor);
      return visitor;
    },
  };
}

/**
 * What a page's own code writes to localStorage, run here against an in-memory Storage: the
 * autosave of a known state, in the format the page reads back, to start a test from.
 */
export function localStorageWrittenBy(write: () => unknown): Record<string, string> {
  const items = new Map<string, string>();
  const storage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, String(value)),
    removeItem: (key: string) => void items.delete(key),
  };
  const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true, writable: true });
  try {
    write();
  } finally {
    if (before) Object.defineProperty(globalThis, 'localStorage', before);
    else delete (globalThis as { localStorage?: unknown }).localStorage;
  }
  return Object.fromEntries(items);
}

/**
 * Resolves once the page has painted its next frame and run what it deferred until after painting
 * (Preact runs effects then, and the wizard moves focus in an animation frame): a page that has
 * "settled" after an action, without guessing a time.
 */
export async function afterNextPaint(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}

/**
 * Past the wizard's first screen («С чего начать») on the example's figures, when it shows: a new
 * visitor chooses how to start; a restored draft opens at once. The wizard then shows the step in
 * the address (the first one, «Компания», when it names none).
 */
export async function passStartScreen(page: Page): Promise<void> {
  const title = page.locator('#step-title');
  await title.waitFor();
  const example = page.getByRole('button', { name: 'Открыть пример' });
  if ((await example.count()) === 0) return;
  await example.click();
  await expect.poll(() => title.innerText()).not.toBe('С чего начать');
}

/** The example's figures are left as they are on purpose: the review asks for that word before a download. */
export async function confirmUntouched(page: Page): Promise<void> {
  const confirm = page.getByLabel(/^Я проверил/);
  if ((await confirm.count()) > 0 && !(await confirm.isChecked())) await confirm.check();
}
