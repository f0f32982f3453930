/**
 * The wizard and the audit laid out for a desktop (1280 px) and a phone (360 px), in headless
 * Chromium against the built site: on every wizard step and every audit screen the page scrolls
 * no wider than the screen, no button's label wraps onto a second line (on a phone a wrapped
 * label reads as two buttons, and a neighbour takes the tap), and axe finds no violations. On a
 * phone the first field of a step is on the first screen, the long steps fold by position, and
 * the preview comes into view when it opens; on a 360 × 640 phone the example's first step, opened
 * or restored, shows its first field under one notice. Also: the audit's answers file, saved on the result
 * screen, opens back on the audit page of a new visitor; a broken file is refused with the
 * current answers kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { save } from '../../src/audit/state/storage.ts';
import { CHECKLIST, type Answer } from '../../src/core/audit/index.ts';
import { STEPS } from '../../src/wizard/state/steps.ts';
import {
  afterNextPaint,
  axeViolations,
  describeViolations,
  localStorageWrittenBy,
  passStartScreen,
  siteVisitors,
} from '../support/site.ts';

const site = siteVisitors();

const WIDTHS = [
  { width: 1280, height: 900 },
  { width: 360, height: 740 },
] as const;

const CYCLE: readonly Answer[] = ['yes', 'partly', 'no'];
const COMPANY = { name: 'Альфа-Трейд', legalForm: 'ООО', city: 'Казань', respondent: 'Орлова А. С.' };

/** The page's own autosave of an audit with every question answered (yes, partly, no in turn), open at `view`. */
const finishedAudit = (view: string): Record<string, string> =>
  localStorageWrittenBy(() =>
    save(
      {
        company: COMPANY,
        facts: { sellers: '6' },
        conclusion: '',
        answers: Object.fromEntries(CHECKLIST.questions.map((q, i) => [q.id, { answer: CYCLE[i % 3]!, comment: '', evidence: null }])),
      },
      view,
    ),
  );

/**
 * What does not fit: the page wider than the screen, and every visible button whose label takes
 * more than one line (its text's line boxes, counted by their distinct tops).
 */
async function layoutProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page.evaluate(() => {
    const problems: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollWidth > innerWidth) problems.push(`the page is ${scroller.scrollWidth} px wide on a ${innerWidth} px screen`);
    for (const el of document.querySelectorAll<HTMLElement>('button, .button, [role="button"]')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('details:not([open])') || getComputedStyle(el).visibility === 'hidden')
        continue;
      // The label's text boxes, by the box they flow in (the nearest ancestor that is not inline): on
      // one line a flow's boxes overlap vertically; a wrapped label has a box below another.
      const flows = new Map<Element, DOMRect[]>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || node.textContent?.trim() === '') continue;
        // Text hidden for the eye (a 1 px clipped box) is for screen readers only.
        let hidden = false;
        for (let up: HTMLElement | null = parent; up && up !== el.parentElement; up = up.parentElement) {
          if (up.getBoundingClientRect().width <= 1) hidden = true;
        }
        if (hidden) continue;
        let flow: HTMLElement = parent;
        while (flow !== el && getComputedStyle(flow).display === 'inline' && flow.parentElement) flow = flow.parentElement;
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const rect of range.getClientRects())
          if (rect.width > 1 && rect.height > 1) flows.set(flow, [...(flows.get(flow) ?? []), rect]);
      }
      let lines = 1;
      for (const boxes of flows.values()) {
        const own = boxes.filter((b, i) => !boxes.slice(0, i).some((a) => b.top < a.bottom - 2 && a.top < b.bottom - 2)).length;
        lines = Math.max(lines, own);
      }
      const label = (el.innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim();
      if (lines > 1) problems.push(`the button «${label}» wraps onto ${lines} lines`);
      // A row of chips that scrolls sideways (the steps, the audit's screens) holds buttons beyond the edge on purpose.
      let scrolls = false;
      for (let up = el.parentElement; up; up = up.parentElement) if (/auto|scroll/.test(getComputedStyle(up).overflowX)) scrolls = true;
      if (!scrolls && box.right > innerWidth + 0.5) problems.push(`the button «${label}» runs past the screen's right edge`);
    }
    return problems;
  });
}

describe('the wizard at 1280 and 360 px', () => {
  for (const viewport of WIDTHS) {
    it(`fits every step at ${viewport.width} px: no overflow, no wrapped button, no axe violation`, async () => {
      const { page } = await site.visit({ viewport });
      const found: string[] = [];
      // A new visitor's first screen asks how to start; the example's draft then opens at the step in the address.
      await page.goto(`${site.base}/wizard/`);
      await expect.poll(() => page.locator('#step-title').innerText()).toBe('С чего начать');
      for (const problem of await layoutProblems(page)) found.push(`start: ${problem}`);
      for (const line of describeViolations(await axeViolations(page))) found.push(`start: ${line}`);
      await passStartScreen(page);
      for (const step of STEPS) {
        // A page load per step: the wizard opens the step the address names.
        await page.goto('about:blank');
        await page.goto(`${site.base}/wizard/#step-${step.id}`);
        await expect.poll(() => page.locator('#step-title').innerText(), { message: step.id }).toBe(step.title);
        await page.locator('.step__form').getByText('Загрузка шага…').waitFor({ state: 'detached' });
        for (const problem of await layoutProblems(page)) found.push(`${step.id}: ${problem}`);
        for (const line of describeViolations(await axeViolations(page))) found.push(`${step.id}: ${line}`);
        // Folded sections (the long steps on a phone) are laid out when opened, too.
        const folded = page.locator('details.section:not([open]) > summary');
        const count = await folded.count();
        if (count > 0) {
          for (let i = 0; i < count; i++) await folded.first().click();
          for (const problem of await layoutProblems(page)) found.push(`${step.id}, every section open: ${problem}`);
        }
      }
      expect(found).toEqual([]);
    }, 180_000);
  }

  it('on a phone, the first field of a step is on the first screen and the KPI and motivation steps fold by position', async () => {
    const { page } = await site.visit({ viewport: { width: 360, height: 740 } });
    // The owner's own start (five answers): the example's banner, which sits above every step
    // of the example's draft, is not what this measures.
    await page.goto(`${site.base}/wizard/`);
    await expect.poll(() => page.locator('#step-title').innerText()).toBe('С чего начать');
    await page.locator('#start-offering-services').check();
    await page.locator('#start-team-sales-manager').fill('4');
    await page.locator('#start-salary-head-of-sales').fill('150 тыс');
    await page.locator('#start-salary-sales-manager').fill('60 000 руб.');
    await page.locator('#start-revenue').fill('120 млн ₽');
    await page.locator('#start-crm').fill('amoCRM');
    await page.getByRole('button', { name: 'Собрать черновик отдела' }).click();
    await expect.poll(() => page.locator('#step-title').innerText()).toBe('Компания');
    for (const step of ['company', 'structure'] as const) {
      await page.goto('about:blank');
      await page.goto(`${site.base}/wizard/#step-${step}`);
      await page.locator('.step__form input, .step__form select').first().waitFor();
      const top = await page
        .locator('.step__form input, .step__form select')
        .first()
        .evaluate((el) => el.getBoundingClientRect().bottom);
      expect(top, step).toBeLessThan(740);
    }
    for (const step of ['kpi', 'motivation'] as const) {
      await page.goto('about:blank');
      await page.goto(`${site.base}/wizard/#step-${step}`);
      await page.locator('details.section').first().waitFor();
      const sections = page.locator('details.section');
      expect(await sections.count(), step).toBeGreaterThan(1);
      // The first position is open, the others folded to their titles.
      expect(await sections.evaluateAll((all) => all.map((d) => (d as HTMLDetailsElement).open)), step).toEqual([
        true,
        ...Array.from({ length: (await sections.count()) - 1 }, () => false),
      ]);
      const tall = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
      expect(tall, `${step}: screens tall`).toBeLessThan(6);
    }
  });

  it('on a 360 × 640 phone, the first field is on the first screen of the example, opened and restored, with one notice', async () => {
    const screen = { width: 360, height: 640 };
    const { page } = await site.visit({ viewport: screen });
    const firstField = page.locator('.step__form input, .step__form select').first();
    /** The step's first field as the owner sees it before scrolling: its box within the screen. */
    const fieldBox = async () => {
      await firstField.waitFor();
      // The example's banner comes a moment after the step (its count loads after the first render).
      await page.locator('.example-banner').waitFor();
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      await afterNextPaint(page);
      return firstField.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { top: Math.round(box.top), bottom: Math.round(box.bottom) };
      });
    };

    await page.goto(`${site.base}/wizard/`);
    await page.getByRole('button', { name: 'Открыть пример' }).click();
    const opened = await fieldBox();
    expect(opened.top, 'the example opened').toBeGreaterThanOrEqual(0);
    expect(opened.bottom, 'the example opened').toBeLessThanOrEqual(screen.height);
    // The banner says it is the example; no second box above the step repeats it.
    expect(await page.locator('.notice').count()).toBe(0);

    // The same draft reopened later, saved on a long date («16 сентября»): the restored-draft
    // notice and the example's line make one box.
    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}') as Record<string, unknown>;
      localStorage.setItem('opkit.wizard', JSON.stringify({ ...saved, savedAt: '2026-09-16T12:00:00.000Z' }));
    });
    await page.goto('about:blank');
    await page.goto(`${site.base}/wizard/`);
    const restored = await fieldBox();
    // The day and its month never part at a line's end: a no-break space between them.
    expect(await page.locator('.example-banner .notice').innerText()).toMatch(/^Восстановлен черновик от 16\u00a0сентября 2026 г\./);
    expect(await page.locator('.notice').count()).toBe(1);
    expect(await page.locator('.example-banner').innerText()).toContain('Это пример');
    expect(restored.top, 'the draft restored').toBeGreaterThanOrEqual(0);
    expect(restored.bottom, 'the draft restored').toBeLessThanOrEqual(screen.height);
    // The explanation and its links are a tap away.
    await page.locator('.example-banner summary').click();
    await page.getByRole('button', { name: 'Показать, что осталось от примера' }).waitFor();
  });

  it('on a phone, the preview comes into view when it opens', async () => {
    const { page } = await site.visit({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.base}/wizard/`);
    await passStartScreen(page);
    await page.getByLabel('Краткое название компании').fill('Альфа-Трейд');
    await page.getByRole('button', { name: 'Предпросмотр документов' }).click();
    const preview = page.getByRole('complementary', { name: 'Предпросмотр документов' });
    await preview.waitFor();
    await expect.poll(() => preview.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(740);
    expect(await preview.evaluate((el) => el.getBoundingClientRect().bottom)).toBeGreaterThan(0);
  });
});

describe('the audit at 1280 and 360 px', () => {
  const views = [
    { id: 'start', title: 'Перед началом' },
    ...CHECKLIST.areas.map((a) => ({ id: a.id, title: a.title })),
    { id: 'result', title: 'Итоги аудита' },
  ];
  for (const viewport of WIDTHS) {
    it(`fits every screen at ${viewport.width} px: no overflow, no wrapped button, no axe violation`, async () => {
      const { page } = await site.visit({ viewport, localStorage: finishedAudit('start') });
      const found: string[] = [];
      for (const view of views) {
        await page.goto('about:blank');
        await page.goto(`${site.base}/audit/#step-${view.id}`);
        await expect.poll(() => page.locator('#view-title').innerText(), { message: view.id }).toBe(view.title);
        for (const problem of await layoutProblems(page)) found.push(`${view.id}: ${problem}`);
        for (const line of describeViolations(await axeViolations(page))) found.push(`${view.id}: ${line}`);
      }
      expect(found).toEqual([]);
    }, 180_000);
  }
});

describe('the audit answers file', () => {
  it('saved on the result screen, opens back on the audit page of a new visitor', async () => {
    const first = await site.visit({ localStorage: finishedAudit('result') });
    await first.page.goto(`${site.base}/audit/`);
    await first.page.locator('#view-title').waitFor();
    const file = await first.download(() => first.page.getByRole('button', { name: 'Сохранить ответы в файл' }).click());
    const saved = await first.page.locator('#score-percent').innerText();
    // The file speaks to its owner first; the command line is the consultants' aside.
    expect(readFileSync(file, 'utf8').split('\n')[1]).toContain('Открыть файл ответов');

    const { page } = await site.visit();
    await page.goto(`${site.base}/audit/`);
    await page.locator('#view-title').waitFor();
    await page.locator('.answers-file input[type="file"]').setInputFiles(file);
    await expect.poll(() => page.locator('.notice').innerText()).toContain('Ответы загружены из файла');
    // Every question answered: the page goes on to the result, with the same score.
    await expect.poll(() => page.locator('#view-title').innerText()).toBe('Итоги аудита');
    expect(await page.locator('#score-percent').innerText()).toBe(saved);
    const n = CHECKLIST.questions.length;
    expect(await page.locator('.audit-progress__label').innerText()).toBe(`Отвечено ${n} из ${n}`);
    await page
      .getByRole('navigation', { name: 'Разделы аудита' })
      .getByRole('button', { name: /Начало/ })
      .click();
    expect(await page.getByLabel('Название компании').inputValue()).toBe(COMPANY.name);
    expect(await page.getByLabel('Кто отвечает на вопросы').inputValue()).toBe(COMPANY.respondent);
    expect(await page.getByLabel('Менеджеров по продажам').inputValue()).toBe('6');
  });

  it('a broken file is refused in the page’s words, and the current answers stay', async () => {
    const { page, tmp } = await site.visit({ localStorage: finishedAudit('start') });
    await page.goto(`${site.base}/audit/`);
    await page.locator('#view-title').waitFor();
    const broken = path.join(tmp, 'ответы.yaml');
    const [q] = CHECKLIST.questions;
    writeFileSync(broken, `schemaVersion: 2\ncompany:\n  name: Бета\nanswers:\n  ${q!.id}: может быть\n`);
    await page.locator('.answers-file input[type="file"]').setInputFiles(broken);
    const alert = page.locator('.answers-file [role="alert"]');
    await alert.waitFor();
    const text = await alert.innerText();
    expect(text).toContain('Файл не открыт');
    expect(text).toMatch(/Вопрос 1\.1:/);
    // No question's id reaches the owner.
    expect(text).not.toContain(q!.id);
    expect(await page.getByLabel('Название компании').inputValue()).toBe(COMPANY.name);
  });
});
