/**
 * The screenshots in docs/site.md: the landing page, a wizard step and the audit's result at
 * 1280 and 360 px, taken in headless Chromium from the built site (`npx astro build` first).
 * `node scripts/site-screenshots.ts [--out docs] [--full]`; the audit's result opens from the
 * page's own autosave of a finished audit (every question answered «Да», «Частично» or «Нет» in turn).
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { AuditState } from '../src/audit/state/answers.ts';
import { CHECKLIST } from '../content/audit/checklist.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const args = process.argv.slice(2);
const OUT = path.resolve(ROOT, args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? 'docs') : 'docs');
const FULL = args.includes('--full');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const server = createServer((req, res) => {
  let file = path.join(DIST, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    res.writeHead(200, { 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const cycle = ['yes', 'partly', 'no'] as const;
const audit: AuditState = {
  company: { name: 'Альфа-Трейд', legalForm: 'ООО', city: 'Казань', respondent: 'Орлова А. С.' },
  facts: { sellers: '6', revenue: '120000000' },
  conclusion: '',
  answers: Object.fromEntries(CHECKLIST.questions.map((q, i) => [q.id, { answer: cycle[i % 3]!, comment: '', evidence: null }])),
};
const auditSave = JSON.stringify({ v: 1, savedAt: '2026-12-01T10:00:00.000Z', view: 'result', state: audit });

/** `example`: open the wizard's example on its start screen first, then go to the step. */
const shots = [
  { name: 'landing', url: '/', example: false },
  { name: 'wizard-start', url: '/wizard/', example: false },
  { name: 'wizard', url: '/wizard/#step-structure', example: true },
  { name: 'audit-result', url: '/audit/#step-result', example: false },
];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [1280, 360]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 900 }, deviceScaleFactor: 1 });
    await context.addInitScript((saved) => {
      if (!localStorage.getItem('opkit.audit')) localStorage.setItem('opkit.audit', saved);
    }, auditSave);
    const page = await context.newPage();
    for (const shot of shots) {
      await page.goto(`${base}${shot.url}`);
      await page.waitForLoadState('networkidle');
      const example = page.getByRole('button', { name: 'Открыть пример' });
      if (shot.example && (await example.count()) > 0) {
        await example.click();
        await page.goto(`${base}${shot.url}`);
        await page.locator('#step-title', { hasText: 'Структура' }).waitFor();
      }
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const file = path.join(OUT, `site-${shot.name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: FULL });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
