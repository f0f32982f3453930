/**
 * The setup wizard in headless Chromium against the built site, as a new user meets it: fill the
 * steps, trip over a validation message and fix it, reload and find everything kept, download the
 * pack and read it back, import the reference profile and export it unchanged, import a broken
 * file and keep the current profile. Also: the engine loads only on demand, axe finds no
 * violations, a 360 px phone shows no horizontal scrolling on any step, and no test's pages send
 * anything beyond 127.0.0.1 (checked after every test).
 *
 * Every test is a new visitor (a browser context of its own, with empty storage) and sets up
 * what it needs itself, so any test passes alone and in any order; the tests of the file share
 * only the served site and the Chromium process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Draft } from '../../src/wizard/state/draft.ts';
import { STEPS } from '../../src/wizard/state/steps.ts';
import { save } from '../../src/wizard/state/storage.ts';
import { readZippedPack } from '../support/manifest.ts';
import { pdfText } from '../support/readers.ts';
import { REFERENCE_COPY } from '../support/reference.ts';
import {
  afterNextPaint,
  axeViolations,
  describeViolations,
  localStorageWrittenBy,
  ROOT,
  siteVisitors,
  type Visitor,
  type VisitorOptions,
} from '../support/site.ts';

const site = siteVisitors();

/** A new visitor with the wizard open. */
async function openWizard(options?: VisitorOptions): Promise<Visitor> {
  const v = await site.visit(options);
  await v.page.goto(`${site.base}/wizard/`);
  await v.page.locator('#step-title').waitFor();
  // A new visitor chooses how to start (a restored draft opens at once); these tests work on the example's figures.
  const example = v.page.getByRole('button', { name: 'Открыть пример' });
  if ((await example.count()) > 0) {
    await example.click();
    await expect.poll(() => v.page.locator('#step-title').innerText()).toBe('Компания');
  }
  return v;
}

const stepTitle = (page: Page) => page.locator('#step-title').innerText();

/** Waits until the wizard shows the step titled `title` with its form loaded (later steps load on first opening). */
async function onStep(page: Page, title: string): Promise<void> {
  await expect.poll(() => stepTitle(page)).toBe(title);
  await page.locator('.step__form').getByText('Загрузка шага…').waitFor({ state: 'detached' });
}

/** A step's button in the list of steps (its name may go on with «, есть ошибки: N»). */
const stepButton = (page: Page, title: string) =>
  page
    .getByRole('navigation', { name: 'Шаги мастера' })
    .getByRole('button', { name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*,|$)`) });

/** Opens a step from the list of steps. */
async function chooseStep(page: Page, title: string): Promise<void> {
  await stepButton(page, title).click();
  await onStep(page, title);
}

/** What a user types on the first step: the company, its director and city. */
async function fillCompany(page: Page, name = 'Альфа-Трейд'): Promise<void> {
  await page.getByLabel('Краткое название компании').fill(name);
  await page.getByLabel('Фамилия, имя, отчество').fill('Сидоров Иван Петрович');
  await page.getByLabel('Город').fill('Казань');
  await page.getByLabel('Город').blur();
}

/** The wizard's autosave as the page wrote it to localStorage. */
function autosave(page: Page): Promise<{ step?: string; draft?: { department?: { positions?: Array<Record<string, unknown>> } } }> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}'));
}

/** The example's figures are left as they are on purpose: the review asks for that word before a download. */
async function confirmUntouched(page: Page): Promise<void> {
  const confirm = page.getByLabel(/^Я проверил/);
  if ((await confirm.count()) > 0 && !(await confirm.isChecked())) await confirm.check();
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('the setup wizard', () => {
  it('starts from the example with only the company name to fill, and loads no engine', async () => {
    const { page, requests } = await openWizard();
    expect(await stepTitle(page)).toBe('Компания');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('');
    expect(await page.getByLabel('Должность руководителя').inputValue()).toBe('Генеральный директор');
    expect(requests.some((u) => /engine-worker|pdf-|docx-|\.ttf/.test(u))).toBe(false);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('refuses to move on with an empty name, says why next to the field, and lets it be fixed', async () => {
    const { page } = await openWizard();
    await page.getByRole('button', { name: /^Далее/ }).click();
    expect(await stepTitle(page)).toBe('Компания');
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toContain('Заполните это поле');
    // The wizard moves the focus in the frame after the message is shown: wait for it, then make
    // sure nothing the page did after painting took it away.
    await expect.poll(() => focusedId(page)).toBe('f-company-name');
    await afterNextPaint(page);
    expect(await focusedId(page)).toBe('f-company-name');
    expect(await page.getByLabel('Краткое название компании').getAttribute('aria-invalid')).toBe('true');

    await fillCompany(page);
    await expect.poll(() => page.locator('#f-company-name-error').count()).toBe(0);
    await page.getByRole('button', { name: /^Далее/ }).click();
    await onStep(page, 'Как вы продаёте');
  });

  it('puts the focus on the wrong field after a refused step, also when the step was first chosen in the list of steps', async () => {
    const { page } = await openWizard();
    await stepButton(page, 'Компания').click();
    await page.getByRole('button', { name: /^Далее/ }).click();
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toContain('Заполните это поле');
    await expect.poll(() => focusedId(page)).toBe('f-company-name');
    await afterNextPaint(page);
    expect(await focusedId(page)).toBe('f-company-name');
  });

  it('shows a message when a number field gets text, on leaving the field', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Структура отдела');
    const salary = page.locator('#f-department-positions-1-salary');
    await salary.fill('пятьдесят');
    await salary.blur();
    await expect.poll(() => page.locator('#f-department-positions-1-salary-error').innerText()).toMatch(/числ/);
    await salary.fill('55 000');
    await salary.blur();
    await expect.poll(() => page.locator('#f-department-positions-1-salary-error').count()).toBe(0);
    await page.locator('#f-department-positions-1-headcount').fill('3');
    await page.locator('#f-department-positions-1-employees').fill('Орлова Анна Сергеевна\nБелов Олег Игоревич');
    await page.locator('#f-department-positions-1-employees').blur();
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('keeps everything across a reload', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Структура отдела');
    await page.locator('#f-department-positions-1-headcount').fill('3');
    await page.locator('#f-department-positions-1-salary').fill('55 000');
    await page.locator('#f-department-positions-1-employees').fill('Орлова Анна Сергеевна\nБелов Олег Игоревич');
    await page.locator('#f-department-positions-1-employees').blur();
    // The page saves after it has painted the change; reload once the last edit is saved.
    await expect
      .poll(async () => {
        const saved = await autosave(page);
        const position = saved.draft?.department?.positions?.[1];
        return [saved.step, position?.['headcount'], position?.['salary'], position?.['employees']];
      })
      .toEqual(['structure', 3, 55000, ['Орлова Анна Сергеевна', 'Белов Олег Игоревич']]);

    await page.reload();
    await page.locator('#step-title').waitFor();
    await onStep(page, 'Структура отдела');
    expect(await page.locator('#f-department-positions-1-headcount').inputValue()).toBe('3');
    expect(await page.locator('#f-department-positions-1-salary').inputValue()).toBe('55 000');
    expect(await page.locator('#f-department-positions-1-employees').inputValue()).toBe('Орлова Анна Сергеевна\nБелов Олег Игоревич');
    await chooseStep(page, 'Компания');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
  });

  it('previews the documents as HTML and follows the edits', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await page.getByRole('button', { name: 'Предпросмотр документов' }).click();
    const frame = page.frameLocator('iframe[title^="Предпросмотр"]');
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 20_000 }).toContain('ООО «Альфа-Трейд»');
    expect(await page.locator('#preview-doc option').count()).toBeGreaterThanOrEqual(15);
    await page.getByLabel('Краткое название компании').fill('Бета-Трейд');
    await expect.poll(() => frame.locator('body').innerText(), { timeout: 20_000 }).toContain('ООО «Бета-Трейд»');
    await page.getByRole('button', { name: 'Скрыть предпросмотр' }).click();
    await expect.poll(() => page.locator('iframe[title^="Предпросмотр"]').count()).toBe(0);
  });

  it('sums KPI weights as they are typed and explains a wrong sum', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'KPI');
    const weight = page.locator('#f-kpis-1-items-0-weight');
    await weight.fill('50');
    await expect.poll(() => page.locator('#f-kpis-1-items-error').innerText()).toContain('90 %');
    await weight.fill('60');
    await expect.poll(() => page.locator('#f-kpis-1-items-error').count()).toBe(0);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('shows a live payout table on the motivation step', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Мотивация');
    const table = page.locator('table', { hasText: 'Итого с окладом' }).first();
    await table.waitFor();
    const text = async () => (await table.innerText()).replace(/[\s\u00a0\u202f]+/g, ' ');
    // The head: salary 120 000 + target bonus 80 000 at plan.
    await expect.poll(text).toContain('200 000');
    await page.locator('#f-motivation-0-targetBonus').fill('100000');
    await expect.poll(text).toContain('220 000');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('downloads the whole pack as a ZIP with every document, the PDF text read back', async () => {
    const { page, tmp, download } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Проверка и скачивание');
    await page.locator('#review-downloads').waitFor();
    expect(
      await page.locator('.issues--error').count(),
      await page
        .locator('.issues--error')
        .allInnerTexts()
        .then((t) => t.join('\n')),
    ).toBe(0);
    await confirmUntouched(page);
    const zipPath = await download(() => page.getByRole('button', { name: /Скачать весь пакет/ }).click());
    const zipped = readZippedPack(zipPath);
    const { files, manifest } = zipped;
    expect(manifest.company).toBe('Альфа-Трейд');
    expect(manifest.documents.length).toBeGreaterThanOrEqual(15);
    for (const doc of manifest.documents) {
      expect(files[doc.files.pdf!]?.length, doc.id).toBeGreaterThan(1000);
      expect(files[doc.files.docx!]?.length, doc.id).toBeGreaterThan(1000);
    }
    // The ZIP holds the files under the names the CLI gives them: numbered, in Russian.
    expect(manifest.zip).toMatch(/^Альфа-Трейд .+\.zip$/);
    const charter = zipped.extract('charter', 'pdf', tmp);
    const text = pdfText(charter);
    expect(text).toContain('Альфа-Трейд');
    expect(text).toMatch(/Сидоров/);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('shows the owner summary on the last step and downloads the bonus workbook on its own', async () => {
    const { page, download } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Проверка и скачивание');
    const frame = page.locator('iframe.owner-summary__frame');
    await frame.waitFor();
    const summary = page.frameLocator('iframe.owner-summary__frame');
    await expect.poll(() => summary.locator('body').innerText()).toContain('Ключевые цифры');
    const text = await summary.locator('body').innerText();
    expect(text).toContain('Альфа-Трейд');
    expect(text).toMatch(/План выручки на \d{4} год/);
    expect(text).toContain('Расчёт премий (таблица Excel)');
    await confirmUntouched(page);
    const xlsx = await download(() => page.getByRole('button', { name: /Скачать расчёт премий/ }).click());
    const parts = unzipSync(new Uint8Array(readFileSync(xlsx)));
    expect(strFromU8(parts['xl/workbook.xml']!)).toContain('Параметры');
    expect(Object.keys(parts).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).length).toBeGreaterThanOrEqual(3);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('imports the reference profile and exports it unchanged', async () => {
    const { page, download } = await openWizard();
    await page.locator('[data-testid="import-profile"]').setInputFiles(REFERENCE_COPY);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('«ТехноСнаб» загружен');
    const exported = await download(() => page.getByRole('button', { name: 'Сохранить профиль в файл' }).click());
    expect(parse(readFileSync(exported, 'utf8'))).toEqual(parse(readFileSync(REFERENCE_COPY, 'utf8')));
  });

  it('refuses a broken file with its reasons and keeps the current profile', async () => {
    const { page, tmp } = await openWizard();
    await fillCompany(page);
    const broken = readFileSync(REFERENCE_COPY, 'utf8').replace(
      '{ kpi: revenue, weight: 60, period: month }',
      '{ kpi: revenue, weight: 50, period: month }',
    );
    const brokenPath = path.join(tmp, 'broken.yaml');
    writeFileSync(brokenPath, broken);
    await page.locator('[data-testid="import-profile"]').setInputFiles(brokenPath);
    const alert = page.getByRole('alert').filter({ hasText: 'не загружен' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('kpis[1].items');
    expect(await alert.innerText()).toContain('90 %');
    await chooseStep(page, 'Компания');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe('Альфа-Трейд');
    expect(await page.getByLabel('Город').inputValue()).toBe('Казань');
  });

  it('needs nothing but a company name and a confirmation of the example’s figures to be ready for download', async () => {
    const { page } = await openWizard();
    await page.getByLabel('Краткое название компании').fill('Гамма');
    await chooseStep(page, 'Проверка и скачивание');
    await page.locator('#review-downloads').waitFor();
    expect(await page.locator('.issues--error').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Скачать весь пакет/ }).isEnabled()).toBe(false);
    await confirmUntouched(page);
    expect(await page.getByRole('button', { name: /Скачать весь пакет/ }).isEnabled()).toBe(true);
  });

  it('asks how the company sells right after the company step, with the units following the offering until edited', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await page.getByRole('button', { name: /^Далее/ }).click();
    await onStep(page, 'Как вы продаёте');
    const offering = (name: string) => page.getByRole('radio', { name, exact: true });
    const unit = (name: string) => page.getByRole('checkbox', { name, exact: true });
    expect(await offering('Товары').isChecked()).toBe(true);
    expect(await unit('Склад').isChecked()).toBe(true);
    expect(await unit('ИТ-служба').isChecked()).toBe(false);
    expect(await page.locator('.origin', { hasText: 'Предложено для вида деятельности «Товары»' }).count()).toBe(1);

    await offering('Подписка (SaaS)').check();
    await expect.poll(() => unit('ИТ-служба').isChecked()).toBe(true);
    expect(await unit('Служба поддержки клиентов').isChecked()).toBe(true);
    expect(await unit('Склад').isChecked()).toBe(false);

    // Once the owner ticks a unit, the list is theirs: another offering leaves it as it is.
    await unit('Юридическая служба').check();
    await offering('Проекты').check();
    await expect.poll(() => offering('Проекты').isChecked()).toBe(true);
    expect(await unit('ИТ-служба').isChecked()).toBe(true);
    expect(await unit('Юридическая служба').isChecked()).toBe(true);
    expect(await unit('Монтажная служба').isChecked()).toBe(false);
    await page.getByRole('button', { name: 'Вернуть предложенное' }).first().click();
    await expect.poll(() => unit('Монтажная служба').isChecked()).toBe(true);
    expect(await unit('ИТ-служба').isChecked()).toBe(false);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('refuses channel shares that do not sum to 100, with the message next to the channels and the focus on them', async () => {
    const { page } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Как вы продаёте');
    await page.getByLabel('Ещё один канал').selectOption({ label: 'Дилеры и дистрибьюторы' });
    await page.getByRole('button', { name: 'Добавить канал' }).click();
    await page.locator('#f-company-channels-0-sharePct').fill('70');
    await page.locator('#f-company-channels-1-sharePct').fill('20');
    await page.locator('#f-company-channels-1-sharePct').blur();
    await page.getByRole('button', { name: /^Далее/ }).click();
    await expect
      .poll(() => page.locator('#f-company-channels-error').innerText())
      .toContain('Доли каналов в сумме 90 %, должно быть 100 %');
    expect(await stepTitle(page)).toBe('Как вы продаёте');
    await expect.poll(() => focusedId(page)).toBe('f-company-channels');
    await afterNextPaint(page);
    expect(await focusedId(page)).toBe('f-company-channels');
    expect(describeViolations(await axeViolations(page))).toEqual([]);

    await page.locator('#f-company-channels-1-sharePct').fill('30');
    await expect.poll(() => page.locator('#f-company-channels-error').count()).toBe(0);
    await page.getByRole('button', { name: /^Далее/ }).click();
    await onStep(page, 'Структура отдела');
  });

  it('carries the chosen offering and channels into the exported profile and across a reload', async () => {
    const { page, download } = await openWizard();
    await fillCompany(page);
    await chooseStep(page, 'Как вы продаёте');
    await page.getByRole('radio', { name: 'Подписка (SaaS)', exact: true }).check();
    await page.getByLabel('Ещё один канал').selectOption({ label: 'Тендеры и закупки' });
    await page.getByRole('button', { name: 'Добавить канал' }).click();
    await page.locator('#f-company-channels-0-sharePct').fill('60');
    await page.locator('#f-company-channels-1-sharePct').fill('40');
    await page.locator('#f-company-channels-1-sharePct').blur();
    await expect.poll(() => autosave(page).then((s) => JSON.stringify(s.draft))).toContain('"sharePct":40');

    await page.reload();
    await onStep(page, 'Как вы продаёте');
    expect(await page.getByRole('radio', { name: 'Подписка (SaaS)', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#f-company-channels-1-sharePct').inputValue()).toBe('40');

    const exported = parse(
      readFileSync(await download(() => page.getByRole('button', { name: 'Сохранить профиль в файл' }).click()), 'utf8'),
    );
    expect(exported.company.offering).toBe('subscription');
    expect(exported.company.channels).toEqual([
      { type: 'direct', sharePct: 60, owner: 'rop' },
      { type: 'tenders', sharePct: 40, owner: 'rop' },
    ]);
    // Units were never edited: the profile leaves them to follow the offering.
    expect(exported.company.units ?? null).toBeNull();
  });

  it('opens a draft saved before the step existed with the defaults shown', async () => {
    const example = parse(readFileSync(path.join(ROOT, 'content/profiles/example.yaml'), 'utf8')) as Draft;
    const { offering: _offering, channels: _channels, units: _units, ...company } = example.company;
    const { clients: _clients, ...old } = example;
    const saved = localStorageWrittenBy(() =>
      save({ ...old, company: company as Draft['company'] }, 'selling', undefined, new Date('2026-11-01T10:00:00Z')),
    );
    const { page } = await openWizard({ localStorage: saved });
    await onStep(page, 'Как вы продаёте');
    expect(await page.getByRole('radio', { name: 'Товары', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('#f-company-channels-0-sharePct').inputValue()).toBe('100');
    expect(await page.locator('#f-clients-segments-0-name').inputValue()).toBe('A — ключевые клиенты');
    expect(await page.getByRole('checkbox', { name: 'Склад', exact: true }).isChecked()).toBe(true);
    expect(await stepButton(page, 'Как вы продаёте').innerText()).not.toContain('!');
  });

  it('fits a 360 px phone without horizontal scrolling on every step, and axe finds nothing on any', async () => {
    const { page: phone } = await site.visit({ viewport: { width: 360, height: 740 } });
    // The first visit asks how to start; the example's draft then opens at the step in the address.
    await phone.goto(`${site.base}/wizard/`);
    await phone.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(phone, 'Компания');
    for (const step of STEPS) {
      // A page load per step: the wizard reads the step from the address when it opens (a change
      // of the hash alone does not switch steps).
      await phone.goto('about:blank');
      await phone.goto(`${site.base}/wizard/#step-${step.id}`);
      await phone.locator('#step-title').waitFor();
      await onStep(phone, step.title);
      await phone.evaluate(() => document.fonts.ready.then(() => undefined));
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, step.id).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(phone)), step.id).toEqual([]);
    }
  });
});
