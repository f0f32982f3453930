/**
 * The setup wizard in headless Chromium against the built site, as a new user meets it: fill the
 * steps, trip over a validation message and fix it, reload and find everything kept, download the
 * pack and read it back, import the reference profile and export it unchanged, import a broken
 * file and keep the current profile. Also: nothing leaves 127.0.0.1, the engine loads only on
 * demand, axe finds no violations, and a 360 px phone shows no horizontal scrolling.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Manifest } from '../../src/core/pack/generate.ts';
import { pdfText } from '../support/readers.ts';
import { REFERENCE_COPY } from '../support/reference.ts';
import { axeViolations, describeViolations, openSession, type ServedSite, type SiteSession } from '../support/site.ts';

let session: SiteSession;
let site: ServedSite;
let browser: Browser;
let page: Page;
let tmp = '';
let requests: string[] = [];

async function openWizard(hash = ''): Promise<void> {
  await page.goto(`${site.base}/wizard/${hash}`);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
}

const stepTitle = () => page.locator('#step-title').innerText();

const download = (trigger: () => Promise<void>): Promise<string> => session.download(trigger);

beforeAll(async () => {
  session = await openSession('opkit-wizard-');
  ({ site, browser, page, tmp, requests } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('the setup wizard', () => {
  it('starts from the example with only the company name to fill, and loads no engine', async () => {
    await openWizard();
    expect(await stepTitle()).toBe('Компания');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('');
    expect(await page.getByLabel('Должность руководителя').inputValue()).toBe('Генеральный директор');
    expect(requests.some((u) => /engine-worker|pdf-|docx-|\.ttf/.test(u))).toBe(false);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('refuses to move on with an empty name, says why next to the field, and lets it be fixed', async () => {
    await page.getByRole('button', { name: /^Далее/ }).click();
    expect(await stepTitle()).toBe('Компания');
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toContain('не должно быть пустым');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-company-name');
    expect(await page.getByLabel('Краткое название компании').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    await page.getByLabel('Фамилия, имя, отчество').fill('Сидоров Иван Петрович');
    await page.getByLabel('Город').fill('Казань');
    await page.getByLabel('Город').blur();
    expect(await page.locator('#f-company-name-error').count()).toBe(0);
    await page.getByRole('button', { name: /^Далее/ }).click();
    expect(await stepTitle()).toBe('Структура отдела');
  });

  it('shows a message when a number field gets text, on leaving the field', async () => {
    const salary = page.locator('#f-department-positions-1-salary');
    await salary.fill('пятьдесят');
    await salary.blur();
    await expect.poll(() => page.locator('#f-department-positions-1-salary-error').innerText()).toMatch(/числ/);
    await salary.fill('55 000');
    await salary.blur();
    expect(await page.locator('#f-department-positions-1-salary-error').count()).toBe(0);
    await page.locator('#f-department-positions-1-headcount').fill('3');
    await page.locator('#f-department-positions-1-employees').fill('Орлова Анна Сергеевна\nБелов Олег Игоревич');
    await page.locator('#f-department-positions-1-employees').blur();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('keeps everything across a reload', async () => {
    await page.reload();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    expect(await stepTitle()).toBe('Структура отдела');
    expect(await page.locator('#f-department-positions-1-headcount').inputValue()).toBe('3');
    expect(await page.locator('#f-department-positions-1-salary').inputValue()).toBe('55 000');
    expect(await page.locator('#f-department-positions-1-employees').inputValue()).toBe('Орлова Анна Сергеевна\nБелов Олег Игоревич');
    await page.getByRole('button', { name: /Компания/ }).click();
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
  });

  it('previews the documents as HTML and follows the edits', async () => {
    await page.getByRole('button', { name: 'Предпросмотр документов' }).click();
    const frame = page.frameLocator('iframe[title^="Предпросмотр"]');
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 20_000 }).toContain('ООО «Альфа-Трейд»');
    expect(await page.locator('#preview-doc option').count()).toBeGreaterThanOrEqual(15);
    await page.getByLabel('Краткое название компании').fill('Бета-Трейд');
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 20_000 }).toContain('ООО «Бета-Трейд»');
    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    await page.getByRole('button', { name: 'Скрыть предпросмотр' }).click();
  });

  it('sums KPI weights as they are typed and explains a wrong sum', async () => {
    await page.getByRole('button', { name: /KPI/ }).first().click();
    await page.locator('#f-kpis-1-items-0-weight').waitFor();
    const weight = page.locator('#f-kpis-1-items-0-weight');
    await weight.fill('50');
    await expect.poll(() => page.locator('#f-kpis-1-items-error').innerText()).toContain('90 %');
    await weight.fill('60');
    await expect.poll(() => page.locator('#f-kpis-1-items-error').count()).toBe(0);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('shows a live payout table on the motivation step', async () => {
    await page.getByRole('button', { name: /Мотивация/ }).first().click();
    const table = page.locator('table', { hasText: 'Итого с окладом' }).first();
    await table.waitFor();
    const text = async () => (await table.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    // The head: salary 120 000 + target bonus 80 000 at plan.
    expect(await text()).toContain('200 000');
    await page.locator('#f-motivation-0-targetBonus').fill('100000');
    await expect.poll(text).toContain('220 000');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('downloads the whole pack as a ZIP with every document, the PDF text read back', async () => {
    await page.getByRole('button', { name: /Проверка и скачивание/ }).click();
    await page.locator('#review-downloads').waitFor();
    expect(await page.locator('.issues--error').count(), await page.locator('.issues--error').allInnerTexts().then((t) => t.join('\n'))).toBe(0);
    const zipPath = await download(() => page.getByRole('button', { name: /Скачать весь пакет/ }).click());
    const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Manifest;
    expect(manifest.company).toBe('Альфа-Трейд');
    expect(manifest.documents.length).toBeGreaterThanOrEqual(15);
    for (const doc of manifest.documents) {
      expect(files[`${doc.id}.pdf`]?.length, doc.id).toBeGreaterThan(1000);
      expect(files[`${doc.id}.docx`]?.length, doc.id).toBeGreaterThan(1000);
    }
    const charter = path.join(tmp, 'charter.pdf');
    writeFileSync(charter, files['charter.pdf']!);
    const text = pdfText(charter);
    expect(text).toContain('Альфа-Трейд');
    expect(text).toMatch(/Сидоров/);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('imports the reference profile and exports it unchanged', async () => {
    await page.locator('[data-testid="import-profile"]').setInputFiles(REFERENCE_COPY);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('«ТехноСнаб» загружен');
    const exported = await download(() => page.getByRole('button', { name: 'Сохранить профиль в файл' }).click());
    expect(parse(readFileSync(exported, 'utf8'))).toEqual(parse(readFileSync(REFERENCE_COPY, 'utf8')));
  });

  it('refuses a broken file with its reasons and keeps the current profile', async () => {
    const broken = readFileSync(REFERENCE_COPY, 'utf8').replace('{ kpi: revenue, weight: 60, period: month }', '{ kpi: revenue, weight: 50, period: month }');
    const brokenPath = path.join(tmp, 'broken.yaml');
    writeFileSync(brokenPath, broken);
    await page.locator('[data-testid="import-profile"]').setInputFiles(brokenPath);
    const alert = page.getByRole('alert').filter({ hasText: 'не загружен' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('kpis[1].items');
    expect(await alert.innerText()).toContain('90 %');
    await page.getByRole('button', { name: /Компания/ }).click();
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('ТехноСнаб');
  });

  it('needs nothing but a company name from a new user to be ready for download', async () => {
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(`${site.base}/wizard/`);
    await other.getByLabel('Краткое название компании').fill('Гамма');
    await other.getByRole('button', { name: /Проверка и скачивание/ }).click();
    await other.locator('#review-downloads').waitFor();
    expect(await other.locator('.issues--error').count()).toBe(0);
    expect(await other.getByRole('button', { name: /Скачать весь пакет/ }).isEnabled()).toBe(true);
    await fresh.close();
  });

  it('sent nothing beyond 127.0.0.1', () => {
    const foreign = requests.filter((u) => !u.startsWith(site.base) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });

  it('fits a 360 px phone without horizontal scrolling on every step, and axe finds nothing on any', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const step of ['company', 'structure', 'plan', 'kpi', 'motivation', 'processes', 'documents', 'review']) {
      await phone.goto(`${site.base}/wizard/#step-${step}`);
      await phone.locator('#step-title').waitFor();
      await phone.waitForTimeout(300);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, step).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(phone)), step).toEqual([]);
    }
    await phone.close();
  });
});
