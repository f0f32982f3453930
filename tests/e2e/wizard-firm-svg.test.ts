/**
 * An SVG logo on the site: firm.yaml and logo.svg picked on the last step, the preview shows the
 * SVG itself, and the downloaded PDF draws the PNG the worker made with resvg, pixel for pixel the
 * one the CLI makes from the same SVG (both draw its text with the bundled fonts only).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { packFile, readZippedPack } from '../support/manifest.ts';
import { opkit } from '../support/opkit-process.ts';
import { confirmUntouched, passStartScreen, ROOT, siteVisitors } from '../support/site.ts';

const site = siteVisitors();
const FIRM = path.join(ROOT, 'tests/fixtures/firm');
const SVG = path.join(ROOT, 'tests/fixtures/svg/logo.svg');

/** The first page's first image of a PDF as PNG bytes (pdfimages decodes it: equal pixels, equal bytes). */
function firstImage(pdf: string, dir: string): Buffer {
  const r = spawnSync('pdfimages', ['-png', '-f', '1', '-l', '1', pdf, path.join(dir, 'img')], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(
    path.join(
      dir,
      readdirSync(dir)
        .filter((f) => f.startsWith('img-'))
        .sort()[0]!,
    ),
  );
}

describe('an SVG logo in the wizard', () => {
  it('is previewed as the SVG and drawn in the PDF as the same PNG the CLI makes', async () => {
    const { page, tmp, download } = await site.visit();
    const firm = path.join(tmp, 'firm');
    cpSync(FIRM, firm, { recursive: true });
    writeFileSync(
      path.join(firm, 'firm.yaml'),
      readFileSync(path.join(FIRM, 'firm.yaml'), 'utf8').replace('logo: logo.png', 'logo: logo.svg'),
    );
    cpSync(SVG, path.join(firm, 'logo.svg'));

    await page.goto(`${site.base}/wizard/`);
    await passStartScreen(page);
    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    await page.getByLabel('Фамилия, имя, отчество').fill('Сидоров Иван Петрович');
    await page.getByLabel('Город').fill('Казань');
    await page.getByLabel('Город').blur();
    await page
      .getByRole('navigation', { name: 'Шаги мастера' })
      .getByRole('button', { name: /^Проверка и скачивание/ })
      .click();
    await page.locator('#review-downloads').waitFor();
    await page.locator('.firm-panel input[type="file"]').setInputFiles([path.join(firm, 'firm.yaml'), path.join(firm, 'logo.svg')]);
    await expect.poll(() => page.locator('.firm-panel summary').innerText()).toContain('ООО «Консалт Про»: логотип');

    await page.getByRole('button', { name: 'Предпросмотр документов' }).click();
    const logo = page.frameLocator('iframe[title^="Предпросмотр"]').locator('img[src^="data:image/svg+xml;base64,"]').first();
    await logo.waitFor();
    // Drawn, not a broken image: the browser decoded the SVG at its 3 : 1 proportions.
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth / img.naturalHeight : 0))).toBe(3);

    await confirmUntouched(page);
    const zipPath = await download(() => page.getByRole('button', { name: /Скачать весь пакет/ }).click());
    const charter = readZippedPack(zipPath).extract('charter', 'pdf', tmp);
    expect(spawnSync('pdfimages', ['-list', charter], { encoding: 'utf8' }).stdout).toMatch(/^\s+1\s+\d+\s+image\s+532\s+177/m);

    const cli = opkit([
      'generate',
      path.join(ROOT, 'fixtures/profiles/vektor.yaml'),
      '--firm',
      firm,
      '--out',
      path.join(tmp, 'cli'),
      '--format',
      'pdf',
    ]);
    expect(cli.code, cli.stderr).toBe(0);
    const [siteDir, cliDir] = [path.join(tmp, 'img-site'), path.join(tmp, 'img-cli')];
    for (const d of [siteDir, cliDir]) mkdirSync(d);
    expect(firstImage(charter, siteDir).equals(firstImage(packFile(path.join(tmp, 'cli'), 'charter', 'pdf'), cliDir))).toBe(true);
  });
});
