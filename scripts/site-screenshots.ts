/**
 * The screenshots in docs/site.md: the landing page, a wizard step and the audit's result at
 * 1280 and 360 px, taken in headless Chromium from the built site (`npx astro build` first).
 * `node scripts/site-screenshots.ts [--out docs] [--full]`; the audit's result opens from the
 * page's own autosave of a finished audit (every question answered «Да», «Частично» or «Нет» in turn).
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { AuditState } from '../src/audit/state/answers.ts';
import { CHECKLIST } from '../content/audit/checklist.ts';
import { DIST, ROOT, serveStatic } from './static-site.ts';

const args = process.argv.slice(2);
const OUT = path.resolve(ROOT, args.includes('--out') ? (args[args.indexOf('--out') + 1] ?? 'docs') : 'docs');
const FULL = args.includes('--full');

const site = await serveStatic({ dir: DIST });
const base = site.base;

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
  await site.close();
}
