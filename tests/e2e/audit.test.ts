/**
 * The express audit page in headless Chromium against the built site, as a new user meets it:
 * fill in the company, answer every question with the mouse and the keyboard (one comment), reload
 * and find everything kept, read the result against scoreAudit on the same answers, download the
 * completed checklist (PDF read back with pdftotext, DOCX opened), the blank checklist and the
 * answers file, and go on to the wizard with what the audit implies already set. Also: axe finds no
 * violations, a 360 px phone shows no horizontal scrolling, nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKLIST, loadAnswers, scoreAudit, type Answer, type AnswerRecord } from '../../src/core/audit/index.ts';
import { pdfText } from '../support/readers.ts';
import { axeViolations, describeViolations, openSession, type ServedSite, type SiteSession } from '../support/site.ts';

let session: SiteSession;
let site: ServedSite;
let page: Page;
let requests: string[] = [];

const COMPANY = 'Альфа-Трейд';
const COMMENT = 'План = факт прошлого года плюс 15 %';
const CYCLE: readonly Answer[] = ['yes', 'partly', 'no', 'yes', 'na', 'no', 'yes'];
/** Answers the test gives on purpose: no CRM, no annual plan; the rest cycle through every answer. */
const FIXED: Readonly<Record<string, Answer>> = { 'crm-in-use': 'no', 'plan-exists': 'no', 'plan-method': 'partly' };
/** Answered with the keyboard (Space, then an arrow key) instead of a click. */
const BY_KEYBOARD = 'head-manages';

const planned = (id: string, i: number): Answer => FIXED[id] ?? CYCLE[i % CYCLE.length]!;
const PLAN: Record<string, AnswerRecord> = Object.fromEntries(
  CHECKLIST.questions.map((q, i) => [q.id, { answer: planned(q.id, i), comment: q.id === 'plan-method' ? COMMENT : null }]),
);
const SCORE = scoreAudit(PLAN);

/** Text with every run of spaces (no-break ones included) as one space. */
const flat = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** The same, with words broken across lines by hyphenation put back together. */
const unhyphenated = (text: string): string => flat(text.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/\u00ad/g, ''));

const download = (trigger: () => Promise<void>): Promise<string> => session.download(trigger);

const heading = () => page.locator('#view-title').innerText();
const navTo = (name: string | RegExp) => page.getByRole('navigation', { name: 'Разделы аудита' }).getByRole('button', { name }).click();

beforeAll(async () => {
  session = await openSession('opkit-audit-');
  ({ site, page, requests } = session);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe('the express audit page', () => {
  it('opens at the start with the company form, loads no engine, and has no axe violations', async () => {
    await page.goto(`${site.base}/audit/`);
    await page.locator('#view-title').waitFor();
    expect(await heading()).toBe('Перед началом');
    expect(await page.locator('.audit-progress__label').innerText()).toBe(`Отвечено 0 из ${CHECKLIST.questions.length}`);
    expect(requests.some((u) => /engine-worker|engine-client|pdf-|docx-|\.ttf/.test(u))).toBe(false);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('asks for the company name before the questions, next to the field', async () => {
    await page.getByRole('button', { name: 'Начать аудит →' }).click();
    expect(await heading()).toBe('Перед началом');
    expect(await page.locator('#audit-company-name-error').innerText()).toContain('Укажите название компании');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('audit-company-name');
    expect(await page.getByLabel('Название компании').getAttribute('aria-invalid')).toBe('true');
  });

  it('takes every answer with the mouse and the keyboard, and a comment', async () => {
    await page.getByLabel('Название компании').fill(COMPANY);
    await page.getByLabel('Форма собственности').fill('ООО');
    await page.getByLabel('Город').fill('Казань');
    await page.getByLabel('Кто отвечает на вопросы').fill('Орлова А. С., коммерческий директор');
    await page.getByRole('button', { name: 'Начать аудит →' }).click();

    for (const [a, area] of CHECKLIST.areas.entries()) {
      expect(await heading()).toBe(area.title);
      // The new screen starts at its heading, so the keyboard goes on from there.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('view-title');
      for (const q of CHECKLIST.questions.filter((x) => x.area === area.id)) {
        const answer = PLAN[q.id]!.answer;
        const group = page.locator(`#q-${q.id}`);
        if (q.id === BY_KEYBOARD) {
          // Space checks the focused radio, an arrow key moves the choice along the group.
          await group.locator('input[value="yes"]').focus();
          await page.keyboard.press('Space');
          await page.keyboard.press('ArrowRight');
          expect(answer).toBe('partly');
        } else {
          await group.getByText(({ yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' } as const)[answer], { exact: true }).click();
        }
        expect(await group.locator(`input[value="${answer}"]`).isChecked(), q.id).toBe(true);
        if (PLAN[q.id]!.comment) {
          await group.getByText('Добавить комментарий').click();
          await group.getByLabel(/Комментарий к вопросу/).fill(COMMENT);
        }
      }
      if (a === 0) expect(describeViolations(await axeViolations(page))).toEqual([]);
      await page.getByRole('button', { name: /^Далее/ }).click();
    }
    expect(await heading()).toBe('Итоги аудита');
    expect(await page.locator('.audit-progress__label').innerText()).toBe(`Отвечено ${CHECKLIST.questions.length} из ${CHECKLIST.questions.length}`);
  });

  it('keeps the answers and the comment across a reload', async () => {
    await page.reload();
    await page.locator('#view-title').waitFor();
    expect(await heading()).toBe('Итоги аудита');
    expect(await page.locator('.notice').innerText()).toContain(`отвечено ${CHECKLIST.questions.length} из ${CHECKLIST.questions.length}`);
    for (const area of CHECKLIST.areas) {
      await navTo(new RegExp(`^${area.title.replace(/[()]/g, '\\$&')}`));
      expect(await heading()).toBe(area.title);
      for (const q of CHECKLIST.questions.filter((x) => x.area === area.id)) {
        expect(await page.locator(`#q-${q.id} input[value="${PLAN[q.id]!.answer}"]`).isChecked(), q.id).toBe(true);
        expect(await page.locator(`#c-${q.id}`).inputValue(), q.id).toBe(PLAN[q.id]!.comment ?? '');
      }
    }
    await navTo('Начало');
    expect(await page.getByLabel('Название компании').inputValue()).toBe(COMPANY);
    expect(await page.getByLabel('Город').inputValue()).toBe('Казань');
  });

  it('shows the overall score, the level and each area as scoreAudit computes them', async () => {
    await navTo('Итоги');
    expect(flat(await page.locator('#score-percent').innerText())).toBe(`${SCORE.overall.percent} %`);
    expect(await page.locator('.score__level-title').innerText()).toBe(SCORE.level!.title);
    const rows = page.locator('.area-chart__row');
    expect(await rows.count()).toBe(CHECKLIST.areas.length);
    for (const [i, area] of SCORE.areas.entries()) {
      const row = flat(await rows.nth(i).innerText());
      expect(row).toContain(area.area.title);
      expect(row).toContain(`${area.percent} %`);
    }
    expect(flat(await page.locator('.gaps').first().innerText())).toContain(flat(SCORE.nextSteps[0]!.recommendation));
    // The documents to generate link to their samples.
    expect(await page.getByRole('link', { name: 'План продаж', exact: true }).getAttribute('href')).toBe('/samples/sales-plan/');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('downloads the completed checklist as PDF with the company, every area score and the recommendations', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Скачать заполненный чек-лист (PDF)' }).click());
    expect(path.basename(file)).toBe(`${COMPANY}-аудит.pdf`);
    const raw = pdfText(file);
    const text = flat(raw);
    expect(text).toContain(COMPANY);
    expect(text).toContain(`${SCORE.overall.percent} %`);
    // The chart prints each area's name with its score right after it.
    for (const area of SCORE.areas) expect(text, area.area.title).toContain(`${area.area.title} ${area.percent} %`);
    const joined = unhyphenated(raw);
    for (const step of SCORE.nextSteps) expect(joined).toContain(flat(step.recommendation).slice(0, 60));
    expect(joined).toContain(COMMENT);
  }, 90_000);

  it('downloads the completed checklist as DOCX', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Скачать заполненный чек-лист (DOCX)' }).click());
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
    const text = flat(xml.replace(/<[^>]+>/g, ''));
    expect(text).toContain(COMPANY);
    for (const area of SCORE.areas) expect(text, area.area.title).toContain(area.area.title);
  }, 90_000);

  it('downloads the blank checklist to print', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Скачать пустой чек-лист для печати (PDF)' }).click());
    const text = unhyphenated(pdfText(file));
    expect(text).toContain(flat(CHECKLIST.questions[0]!.text).slice(0, 40));
    expect(text).not.toContain(COMPANY);
  }, 90_000);

  it('saves the answers as a file opkit audit reads back unchanged', async () => {
    const file = await download(() => page.getByRole('button', { name: 'Сохранить ответы в файл (YAML)' }).click());
    const loaded = loadAnswers(readFileSync(file, 'utf8'), 'answers.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.audit.company).toEqual({ name: COMPANY, legalForm: 'ООО', city: 'Казань' });
    expect(loaded.audit.answers).toEqual(PLAN);
  });

  it('opens the wizard with what the audit implies: no CRM, the plan included', async () => {
    await page.getByRole('button', { name: 'Собрать документы в мастере →' }).click();
    await page.waitForURL(/\/wizard\//);
    await page.locator('#step-title').waitFor();
    const notice = await page.locator('.notice').innerText();
    expect(notice).toContain('По итогам аудита');
    expect(notice).toContain('CRM нет');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe(COMPANY);
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}') as { draft?: { documents?: { include?: string[] } } });
    expect(draft.draft?.documents?.include).toContain('sales-plan');
    await page.getByRole('button', { name: /Процессы/ }).first().click();
    await page.locator('#crm-on').waitFor();
    expect(await page.locator('#crm-on').isChecked()).toBe(false);
    expect(await page.getByText('Без CRM пакет вместо регламента').count()).toBe(1);
  });

  it('fits a 360 px phone without horizontal scrolling on every screen', async () => {
    const phone = await page.context().newPage();
    await phone.setViewportSize({ width: 360, height: 740 });
    for (const view of ['start', ...CHECKLIST.areas.map((a) => a.id), 'result']) {
      await phone.goto(`${site.base}/audit/#step-${view}`);
      await phone.locator('#view-title').waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, view).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });

  it('sent nothing beyond 127.0.0.1', () => {
    const foreign = requests.filter((u) => !u.startsWith(site.base) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});
