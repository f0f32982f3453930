/**
 * The engine in the browser, end to end: build the site (once per run, tests/support/site.ts), serve dist/ on 127.0.0.1 with the site's
 * own Content-Security-Policy as an HTTP header on every response (as a host would send it, so the
 * worker runs under it too), open /engine-check/ in headless Chromium, build the reference pack
 * in the Web Worker and read the ZIP back.
 *
 * Also checks that nothing leaves 127.0.0.1 and that the engine and the fonts load only after the
 * click (privacy and initial page weight).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/core/pack/generate.ts';
import { pdfText, removeDir, tempDir } from '../support/readers.ts';
import { DIST, ensureSiteBuilt, launchChromium, ROOT, serveDist, SITE_TIMEOUT_MS, sitePolicy, type ServedSite } from '../support/site.ts';

describe('engine in a browser Web Worker', () => {
  let site: ServedSite;
  let browser: Browser;
  let base = '';
  let tmp = '';

  beforeAll(async () => {
    await ensureSiteBuilt();
    site = await serveDist({ csp: sitePolicy(readFileSync(path.join(DIST, 'engine-check', 'index.html'), 'utf8')) });
    base = site.base;
    browser = await launchChromium();
    tmp = tempDir('e2e');
  }, SITE_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
    removeDir(tmp);
  });

  it('builds the reference pack (DOCX + PDF + ZIP) in the worker, offline and on demand', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      // HTTP failures are reported with their URL by the 'response' listener.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`);
    });
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('worker', (w) => {
      w.on('console', (m) => {
        if (m.type() === 'error') problems.push(`worker console: ${m.text()}`);
      });
    });

    await page.goto(`${base}/engine-check/`, { waitUntil: 'networkidle' });
    await expect(page.title()).resolves.toBe('Проверка генератора в браузере');
    const button = page.getByRole('button', { name: 'Сформировать пакет (ZIP)' });
    const textarea = page.getByLabel('Профиль компании (YAML или JSON)');
    await expect(textarea.inputValue()).resolves.toContain('ТехноСнаб');

    // Before the click: no engine, no worker, no fonts (the prepared fonts: Tinos-Regular.ttf-<hash>.deflate).
    const font = /\.ttf-[\w-]+\.deflate(\?|$)/;
    const before = [...requests];
    expect(before.filter((u) => /engine-(client|worker)/.test(u) || font.test(u))).toEqual([]);

    // Keyboard: focus the button and press Enter.
    await button.focus();
    const downloadLink = page.getByRole('link', { name: 'Скачать пакет (ZIP)' });
    await page.keyboard.press('Enter');
    const errorBox = page.getByRole('alert');
    await downloadLink.or(errorBox).waitFor({ state: 'visible', timeout: 90_000 });
    if (await errorBox.isVisible()) {
      throw new Error(`the page reported: ${await errorBox.innerText()}; problems: ${problems.join(' | ') || 'none'}`);
    }
    expect(problems).toEqual([]);
    expect(failed).toEqual([]);

    const after = requests.slice(before.length);
    expect(after.some((u) => /engine-worker/.test(u))).toBe(true);
    expect(after.some((u) => font.test(u))).toBe(true);

    const download = page.waitForEvent('download');
    await downloadLink.click();
    const zipPath = path.join(tmp, 'pack.zip');
    await (await download).saveAs(zipPath);
    const entries = unzipSync(new Uint8Array(readFileSync(zipPath)));

    const manifestBytes = entries['manifest.json'];
    expect(manifestBytes).toBeDefined();
    const manifest = JSON.parse(strFromU8(manifestBytes!)) as Manifest;
    expect(manifest.company).toContain('ТехноСнаб');
    expect(manifest.documents.length).toBeGreaterThan(5);
    for (const doc of manifest.documents) {
      for (const format of ['pdf', 'docx'] as const) {
        const name = doc.files[format];
        // Named as the CLI names them: numbered in the pack's order, in Russian.
        expect(name, `${doc.id}.${format}`).toMatch(new RegExp(`^\\d{2} .+\\.${format}$`));
        expect(entries[name!]?.byteLength ?? 0, name).toBeGreaterThan(1000);
      }
      expect(strFromU8(entries[doc.files.pdf!]!.subarray(0, 5))).toBe('%PDF-');
      expect(entries[doc.files.docx!]![0]).toBe(0x50); // PK: a DOCX is a ZIP
    }
    expect(manifest.documents.find((d) => d.id === 'charter')?.files.pdf).toBe('03 Положение об отделе продаж.pdf');

    const charter = path.join(tmp, 'charter.pdf');
    writeFileSync(charter, entries[manifest.documents.find((d) => d.id === 'charter')!.files.pdf!]!);
    const text = pdfText(charter);
    expect(text).toContain('ПОЛОЖЕНИЕ');
    expect(text).toContain('ООО «ТехноСнаб»');

    // Nothing left the machine (blob: URLs of the download are local too).
    const foreign = requests.filter((u) => !u.startsWith(`${base}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
    await page.close();
  }, 150_000);

  it('reports validation problems of a bad profile in words, with no stack trace', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/engine-check/`);
    const bad = readFileSync(path.join(ROOT, 'fixtures/profiles/invalid/negative-salary.yaml'), 'utf8');
    await page.getByLabel('Профиль компании (YAML или JSON)').fill(bad);
    await page.getByRole('button', { name: 'Сформировать пакет (ZIP)' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ state: 'visible', timeout: 60_000 });
    const text = await alert.innerText();
    expect(text).toMatch(/[а-яА-Я]/);
    expect(text).not.toMatch(/\.js:\d+|\bat \w+ \(|Error:/);
    await expect(page.getByRole('link', { name: 'Скачать пакет (ZIP)' }).isVisible()).resolves.toBe(false);
    await page.close();
  }, 90_000);
});
