/**
 * `npm run bench` (site part): the whole reference pack, DOCX + PDF for every document zipped,
 * built by the wizard in headless Chromium — time from the click on «Скачать весь пакет» to the
 * download. Each run is a fresh browser context, so the engine worker, its chunks and the fonts
 * load as they do for a visitor's first click. Also prints the wizard page's initial JavaScript.
 *
 * Needs a built site (`npx astro build`); builds it when dist/ is missing.
 * Options: --runs N (default 5).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DIST, launchChromium, ROOT, serveDist } from '../tests/support/site.ts';
import { REFERENCE_COPY } from '../tests/support/reference.ts';

const TARGET_MS = 2000;
const INITIAL_JS_BUDGET = 88 * 1024; // 80 KB until profile v2 (tests/e2e/budgets.test.ts)

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Math.max(1, Number(args.runs));

if (!existsSync(path.join(DIST, 'wizard', 'index.html'))) execFileSync('npx', ['astro', 'build'], { cwd: ROOT, stdio: 'inherit' });

function initialJs(): number {
  const html = readFileSync(path.join(DIST, 'wizard', 'index.html'), 'utf8');
  const seen = new Set<string>();
  let total = 0;
  const visit = (url: string) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(path.join(DIST, url));
    total += gzipSync(code, { level: 9 }).length;
    for (const m of code.toString('utf8').matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g))
      visit(path.posix.join(path.posix.dirname(url), m[1]!));
  };
  for (const m of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) visit(m[1]!);
  return total;
}

const site = await serveDist();
const browser = await launchChromium();
const times: number[] = [];
try {
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${site.base}/wizard/`);
    await page.locator('[data-testid="import-profile"]').setInputFiles(REFERENCE_COPY);
    await page.locator('.notice', { hasText: 'загружен' }).waitFor();
    await page.getByRole('button', { name: /Проверка и скачивание/ }).click();
    const button = page.getByRole('button', { name: /Скачать весь пакет/ });
    await button.waitFor();
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button.click()]);
    times.push(performance.now() - started);
    if (!download.suggestedFilename().endsWith('.zip')) throw new Error(`unexpected download ${download.suggestedFilename()}`);
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}

const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)]!;
const js = initialJs();
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
console.log('site: reference pack in headless Chromium, click → ZIP download (fresh context each run)');
console.log(`  runs: ${times.map((t) => Math.round(t)).join(', ')} ms`);
console.log(`  median ${Math.round(median)} ms   target < ${TARGET_MS} ms   ${verdict(median < TARGET_MS)}`);
console.log(
  `site: wizard initial JavaScript ${(js / 1024).toFixed(1)} KB gzipped   target < ${INITIAL_JS_BUDGET / 1024} KB   ${verdict(js < INITIAL_JS_BUDGET)}`,
);
console.log(JSON.stringify({ sitePackMedianMs: Math.round(median), sitePackRuns: times.map(Math.round), wizardInitialJsGzip: js }));
