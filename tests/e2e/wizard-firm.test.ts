/**
 * The firm settings on the site: a consultant picks firm.yaml and its logo on the last step of the
 * wizard, the pack downloaded from the page carries the logo and the footer, the settings survive
 * a reload (localStorage) and are exported as one JSON file that imports back; a logo that is no
 * picture is refused with firm.yaml's line. Real site build, real Chromium, the PDF read back.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText, squash } from '../support/readers.ts';
import { confirmUntouched, passStartScreen, ROOT, siteVisitors, type Visitor } from '../support/site.ts';
import { readZippedPack } from '../support/manifest.ts';

const site = siteVisitors();
const FIRM = path.join(ROOT, 'tests/fixtures/firm');
const FOOTER = 'Подготовлено ООО «Консалт Про» · +7 495 123-45-67 · konsalt.example';

async function openReview(): Promise<Visitor> {
  const v = await site.visit();
  await v.page.goto(`${site.base}/wizard/`);
  await passStartScreen(v.page);
  await v.page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
  await v.page.getByLabel('Фамилия, имя, отчество').fill('Сидоров Иван Петрович');
  await v.page.getByLabel('Город').fill('Казань');
  await v.page.getByLabel('Город').blur();
  await v.page
    .getByRole('navigation', { name: 'Шаги мастера' })
    .getByRole('button', { name: /^Проверка и скачивание/ })
    .click();
  await v.page.locator('#review-downloads').waitFor();
  return v;
}

const firmInput = (page: Page) => page.locator('.firm-panel input[type="file"]');
const summary = (page: Page) => page.locator('.firm-panel summary').innerText();

describe('firm settings in the wizard', () => {
  it('brands the downloaded pack, survives a reload and round-trips through its JSON export', async () => {
    const { page, tmp, download } = await openReview();
    await firmInput(page).setInputFiles([path.join(FIRM, 'firm.yaml'), path.join(FIRM, 'logo.png')]);
    await expect.poll(() => summary(page)).toContain('ООО «Консалт Про»: логотип');
    await confirmUntouched(page);
    const zipPath = await download(() => page.getByRole('button', { name: /Скачать весь пакет/ }).click());
    // The ZIP names its files in Russian and numbered; the manifest says which one is the charter.
    const charter = readZippedPack(zipPath).extract('charter', 'pdf', tmp);
    expect(squash(pdfText(charter, { page: 1 }))).toContain(FOOTER);
    const images = spawnSync('pdfimages', ['-list', charter], { encoding: 'utf8' }).stdout;
    expect(images).toMatch(/^\s+1\s+\d+\s+image\s+480\s+160/m);

    await page.reload();
    await page.locator('#review-downloads').waitFor();
    await expect.poll(() => summary(page)).toContain('ООО «Консалт Про»');
    const exported = await download(() => page.getByRole('button', { name: 'Выгрузить настройки' }).click());
    await page.getByRole('button', { name: 'Убрать фирменный стиль' }).click();
    await expect.poll(() => summary(page)).toContain('(не задан)');
    await firmInput(page).setInputFiles(exported);
    await expect.poll(() => summary(page)).toContain('цвет #1F4E79');
  });

  it('refuses a logo that is not a picture, naming firm.yaml’s line', async () => {
    const { page, tmp } = await openReview();
    const fake = path.join(tmp, 'logo.png');
    writeFileSync(fake, 'это не картинка');
    await firmInput(page).setInputFiles([path.join(FIRM, 'firm.yaml'), fake]);
    const line =
      readFileSync(path.join(FIRM, 'firm.yaml'), 'utf8')
        .split('\n')
        .findIndex((l) => l.trimStart().startsWith('logo:')) + 1;
    await expect
      .poll(() => page.locator('.firm-panel .issues').innerText())
      .toContain(`firm.yaml, строка ${line}, branding.logo: файл логотипа не является картинкой`);
    expect(await summary(page)).toContain('(не задан)');
  });
});
