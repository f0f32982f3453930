/**
 * The wizard for a real owner, in headless Chromium against the built site: both starts (five
 * questions, or the example marked as such on every step), the review's list of untouched values
 * and its confirmation, Back and Forward between steps and audit screens, numbers typed the way
 * owners type them, Enter and the skip link, and messages without a field name or a type.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STEPS } from '../../src/wizard/state/steps.ts';
import { axeViolations, describeViolations, siteVisitors, type Visitor, type VisitorOptions } from '../support/site.ts';

const site = siteVisitors();

async function openStart(options?: VisitorOptions): Promise<Visitor> {
  const v = await site.visit(options);
  await v.page.goto(`${site.base}/wizard/`);
  await expect.poll(() => v.page.locator('#step-title').innerText()).toBe('С чего начать');
  return v;
}

const title = (page: Page) => page.locator('#step-title').innerText();

async function onStep(page: Page, name: string): Promise<void> {
  await expect.poll(() => title(page)).toBe(name);
  await page.locator('.step__form').getByText('Загрузка шага…').waitFor({ state: 'detached' });
}

const stepButton = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Шаги мастера' }).getByRole('button', { name: new RegExp(`^${name}(\\s*,|$)`) });

interface Saved {
  step?: string;
  draft?: {
    plan?: { revenue?: number };
    company?: { offering?: string };
    processes?: { crm?: string | null };
    department?: { positions: Array<{ salary: number; headcount: number }> };
  };
}

function autosave(page: Page): Promise<Saved> {
  return page.evaluate(() => JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}'));
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Latin letters outside «…» (the owner's own words): a field name, a type or an id. */
const latinOutsideQuotes = (text: string): boolean => /[a-z]/.test(text.replace(/«[^»]*»/g, ''));

/** Every message the page shows: field messages, step alerts and the review's lists. */
const messages = (page: Page) => page.locator('.field__error, .alert, .issues li, .callout').allInnerTexts();

async function answerQuickStart(page: Page): Promise<void> {
  await page.locator('#start-offering-services').check();
  await page.locator('#start-team-sales-manager').fill('4');
  await page.locator('#start-salary-head-of-sales').fill('150 тыс');
  await page.locator('#start-salary-sales-manager').fill('60 000 руб.');
  await page.locator('#start-revenue').fill('1,5 млн');
  await expect.poll(() => page.locator('#start-revenue-meant').innerText()).toBe('= 1 500 000 ₽');
  await page.locator('#start-revenue').fill('120 млн ₽');
  await expect.poll(() => page.locator('#start-revenue-meant').innerText()).toBe('= 120 000 000 ₽');
  await page.locator('#start-crm').fill('amoCRM');
  await page.getByRole('button', { name: 'Собрать черновик отдела' }).click();
}

describe('the wizard for a real owner', () => {
  for (const width of [1280, 360]) {
    it(`starts from five answers at ${width} px: their figures, no example, no red mark before anything is typed`, async () => {
      const { page } = await openStart({ viewport: { width, height: 900 } });
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(describeViolations(await axeViolations(page))).toEqual([]);
      // Nothing answered yet: the owner's words say what is missing.
      await page.locator('#start-revenue').fill('много');
      await page.getByRole('button', { name: 'Собрать черновик отдела' }).click();
      await expect.poll(() => page.locator('#start-revenue-error').innerText()).toContain('Введите сумму числом');
      await answerQuickStart(page);
      await onStep(page, 'Компания');
      expect(await page.locator('.stepper__bad').count()).toBe(0);
      expect(await page.locator('.example-banner').count()).toBe(0);
      const saved = await autosave(page);
      expect(saved.draft?.plan?.revenue).toBe(120_000_000);
      expect(saved.draft?.company?.offering).toBe('services');
      expect(saved.draft?.processes?.crm).toBe('amoCRM');
      expect(saved.draft?.department?.positions.map((p) => [p.headcount, p.salary])).toEqual([
        [1, 150_000],
        [4, 60_000],
      ]);
      expect(JSON.stringify(saved.draft)).not.toMatch(/ТехноСнаб|240000000|Битрикс/);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }

  it('marks the example on every step, lists its untouched values on the review by step, and downloads only after a confirmation', async () => {
    const { page } = await openStart();
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(page, 'Компания');
    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    for (const step of STEPS) {
      await stepButton(page, step.title).click();
      await onStep(page, step.title);
      expect(await page.locator('.example-banner').innerText(), step.id).toContain('Это пример');
    }
    const list = page.locator('.untouched');
    expect(await list.locator('h3').innerText()).toMatch(/^Осталось от примера \(\d+\)$/);
    const groups = await list.locator('summary').allInnerTexts();
    expect(groups.some((g) => g.startsWith('Структура отдела:'))).toBe(true);
    expect(groups.some((g) => g.startsWith('План и воронка:'))).toBe(true);
    await list.locator('summary', { hasText: 'План и воронка' }).click();
    expect(await list.getByText(/Выручка за год: 240\s000\s000/).count()).toBe(1);
    const download = page.getByRole('button', { name: /^Скачать весь пакет/ });
    expect(await download.isDisabled()).toBe(true);
    await page.getByLabel(/^Я проверил/).check();
    expect(await download.isDisabled()).toBe(false);
    // A changed value leaves the list; the link opens its step.
    await list.getByRole('button', { name: 'Открыть шаг «План и воронка»' }).click();
    await onStep(page, 'План и воронка');
    await page.getByLabel('Выручка за год').fill('120 млн');
    await page.getByLabel('Выручка за год').blur();
    await stepButton(page, 'Проверка и скачивание').click();
    await onStep(page, 'Проверка и скачивание');
    await page.locator('.untouched summary', { hasText: 'План и воронка' }).click();
    expect(
      await page
        .locator('.untouched')
        .getByText(/Выручка за год:/)
        .count(),
    ).toBe(0);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('moves between steps with Back and Forward, and a reload keeps the step', async () => {
    const { page } = await openStart();
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(page, 'Компания');
    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    await page.getByRole('button', { name: /^Далее/ }).click();
    await onStep(page, 'Как вы продаёте');
    await stepButton(page, 'План и воронка').click();
    await onStep(page, 'План и воронка');
    await page.goBack();
    await onStep(page, 'Как вы продаёте');
    await page.goBack();
    await onStep(page, 'Компания');
    await page.goForward();
    await onStep(page, 'Как вы продаёте');
    await page.goForward();
    await onStep(page, 'План и воронка');
    expect(page.url()).toMatch(/#step-plan$/);
    await page.reload();
    await onStep(page, 'План и воронка');
    // Back from the first step after the start leaves the wizard instead of asking again how to start.
    await stepButton(page, 'Компания').click();
    await onStep(page, 'Компания');
  });

  it('understands numbers as owners type them and shows what it understood', async () => {
    const { page } = await openStart();
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(page, 'Компания');
    await stepButton(page, 'План и воронка').click();
    await onStep(page, 'План и воронка');
    const revenue = page.getByLabel('Выручка за год');
    for (const [typed, meant, value] of [
      ['120 млн ₽', '= 120 000 000 ₽', 120_000_000],
      ['1,5 млн', '= 1 500 000 ₽', 1_500_000],
      ['35 000 руб.', '= 35 000 ₽', 35_000],
      ['1.5 тыс', '= 1 500 ₽', 1_500],
    ] as const) {
      await revenue.fill(typed);
      await expect.poll(() => page.locator('#f-plan-revenue-meant').innerText(), { message: typed }).toBe(meant);
      await expect.poll(() => autosave(page).then((s) => s.draft?.plan?.revenue), { message: typed }).toBe(value);
    }
    await revenue.fill('35 000');
    expect(await page.locator('#f-plan-revenue-meant').count()).toBe(0);
    await revenue.blur();
    expect(await revenue.inputValue()).toBe('35 000');
  });

  it('says what is wrong in the form’s words: no field name, no type, no id', async () => {
    const { page } = await openStart();
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(page, 'Компания');
    await page.getByRole('button', { name: /^Далее/ }).click();
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toBe('Заполните это поле.');
    await page.getByLabel('Краткое название компании').fill('Я'.repeat(3000));
    await page.getByLabel('Краткое название компании').blur();
    await expect.poll(() => page.locator('#f-company-name-error').innerText()).toContain('Слишком длинный текст: не больше 200 знаков');
    await stepButton(page, 'Структура отдела').click();
    await onStep(page, 'Структура отдела');
    expect(await page.getByText('Код должности').count()).toBe(0);
    await page.locator('#f-department-positions-1-salary').fill('пять');
    await page.locator('#f-department-positions-1-salary').blur();
    await page.locator('#f-department-positions-0-salary').fill('-150 000');
    await page.locator('#f-department-positions-0-salary').blur();
    await page.locator('#f-department-positions-1-revenueSharePct').fill('90');
    await page.locator('#f-department-positions-1-revenueSharePct').blur();
    await expect.poll(() => page.locator('#f-department-positions-1-salary-error').innerText()).toContain('Введите число цифрами');
    await expect.poll(() => page.locator('#f-department-positions-0-salary-error').innerText()).toBe('Нужно число больше нуля.');
    await stepButton(page, 'Проверка и скачивание').click();
    await onStep(page, 'Проверка и скачивание');
    const shown = await messages(page);
    expect(shown.join('\n')).toMatch(/Доли плана выручки по должностям в сумме 1\d\d %/);
    expect(shown.filter(latinOutsideQuotes)).toEqual([]);
  });

  it('moves on with Enter from a step’s last field, and the skip link reaches the first field', async () => {
    const { page } = await openStart();
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    await onStep(page, 'Компания');
    await page.getByRole('button', { name: 'Перейти к первому полю шага' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-company-name');
    await page.keyboard.type('Альфа-Трейд');
    // Enter goes field by field…
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-company-legalForm');
    // …and from the last one on to the next step.
    await page.getByLabel('Фамилия, имя, отчество').focus();
    await page.keyboard.press('Enter');
    await onStep(page, 'Как вы продаёте');
  });

  it('moves between audit screens with Back and Forward, and carries the respondent to the wizard', async () => {
    const { page } = await site.visit();
    await page.goto(`${site.base}/audit/`);
    await page.locator('#view-title').waitFor();
    await page.getByLabel('Название компании').fill('Альфа-Трейд');
    await page.getByLabel('Кто отвечает на вопросы').fill('Сидоров Иван Петрович, генеральный директор');
    const first = await page.locator('#view-title').innerText();
    await page.getByRole('button', { name: /^(Начать|Продолжить) аудит/ }).click();
    await expect.poll(() => page.locator('#view-title').innerText()).not.toBe(first);
    const area = await page.locator('#view-title').innerText();
    await page.goBack();
    await expect.poll(() => page.locator('#view-title').innerText()).toBe(first);
    await page.goForward();
    await expect.poll(() => page.locator('#view-title').innerText()).toBe(area);
    await page.goto(`${site.base}/audit/#step-result`);
    await page.getByRole('button', { name: 'Собрать документы в мастере →' }).click();
    await page.waitForURL(/\/wizard\//);
    await onStep(page, 'Компания');
    expect(await page.getByLabel('Фамилия, имя, отчество').inputValue()).toBe('Сидоров Иван Петрович');
    expect(await page.locator('.notice').innerText()).toContain('Сидоров Иван Петрович');
    // A new draft from the audit is the example's: marked as such.
    expect(await page.locator('.example-banner').count()).toBe(1);
  });
});
