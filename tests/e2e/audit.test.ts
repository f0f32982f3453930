/**
 * The express audit page in headless Chromium against the built site, as a new user meets it:
 * fill in the company, answer every question with the mouse and the keyboard (one comment), reload
 * and find everything kept, read the result against scoreAudit on the same answers, download the
 * completed checklist (PDF read back with pdftotext, DOCX opened), the blank checklist and the
 * answers file, and go on to the wizard with what the audit implies already set. Also: axe finds no
 * violations, a 360 px phone shows no horizontal scrolling, and no test's pages send anything
 * beyond 127.0.0.1 (checked after every test).
 *
 * Every test is a new visitor (a browser context of its own) and sets up what it needs itself:
 * the tests of the result start from the page's own autosave of a finished audit (the answers of
 * PLAN, written by the page's storage code), so any test passes alone and in any order; the tests
 * of the file share only the served site and the Chromium process.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { save, STORAGE_KEY } from '../../src/audit/state/storage.ts';
import { CHECKLIST, loadAnswers, phasedPlan, scoreAudit, type Answer, type AnswerRecord } from '../../src/core/audit/index.ts';
import { pdfText } from '../support/readers.ts';
import {
  afterNextPaint,
  axeViolations,
  describeViolations,
  localStorageWrittenBy,
  siteVisitors,
  type Visitor,
  type VisitorOptions,
} from '../support/site.ts';

const COMPANY = 'Альфа-Трейд';
const COMMENT = 'Есть только цифра на год, по месяцам не разбита';
const CYCLE: readonly Answer[] = ['yes', 'partly', 'no', 'yes', 'partly', 'no', 'yes'];
/**
 * Answers the test gives on purpose: no CRM (its follow-ups are skipped), no yearly plan (with the
 * comment), a head of sales; the rest cycle through the answers, «Неприменимо» where it is allowed.
 */
const FIXED: Readonly<Record<string, Answer>> = { 'crm-in-use': 'no', 'plan-exists': 'no', 'head-of-sales': 'yes', 'head-goals': 'partly' };
/** Answered with the keyboard (Space, then an arrow key) instead of a click. */
const BY_KEYBOARD = 'head-goals';
/** Its evidence is marked «Показали». */
const SHOWN = 'head-of-sales';

const planned = (id: string, i: number): Answer =>
  FIXED[id] ?? (CHECKLIST.questions[i]?.na && i % 2 === 0 ? 'na' : CYCLE[i % CYCLE.length]!);
/** Every question the page lets the user answer; a follow-up of a «no» is skipped and absent. */
const PLAN: Record<string, AnswerRecord> = {};
const SKIPPED = new Set<string>();
CHECKLIST.questions.forEach((q, i) => {
  if (q.followUpOf && (PLAN[q.followUpOf]?.answer === 'no' || SKIPPED.has(q.followUpOf))) {
    SKIPPED.add(q.id);
    return;
  }
  PLAN[q.id] = { answer: planned(q.id, i), comment: q.id === 'plan-exists' ? COMMENT : null, evidence: q.id === SHOWN ? 'shown' : null };
});
const SCORE = scoreAudit(PLAN);

/** Text with every run of spaces (no-break ones included) as one space. */
const flat = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
/** The same, with words broken across lines by hyphenation put back together. */
const unhyphenated = (text: string): string => flat(text.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/\u00ad/g, ''));

const COMPANY_FIELDS = { name: COMPANY, legalForm: 'ООО', city: 'Казань', respondent: 'Орлова А. С., коммерческий директор' };

/** The page's autosave of the finished audit (PLAN), open at `view`, as the page itself writes it. */
const finishedAudit = (view = 'result'): Record<string, string> =>
  localStorageWrittenBy(() =>
    save(
      {
        company: COMPANY_FIELDS,
        facts: {},
        conclusion: '',
        answers: Object.fromEntries(
          Object.entries(PLAN).map(([id, r]) => [id, { answer: r.answer, comment: r.comment ?? '', evidence: r.evidence ?? null }]),
        ),
      },
      view,
    ),
  );

const site = siteVisitors();

/** A new visitor with the audit open. */
async function openAudit(options?: VisitorOptions): Promise<Visitor> {
  const v = await site.visit(options);
  await v.page.goto(`${site.base}/audit/`);
  await v.page.locator('#view-title').waitFor();
  return v;
}

const heading = (page: Page) => page.locator('#view-title').innerText();
const navTo = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Разделы аудита' }).getByRole('button', { name }).click();
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What a user does from the start screen: the company, then every area's questions (with the
 * mouse, one with the keyboard, one comment), each area's «Далее» leading on to the result.
 */
async function answerEverything(page: Page, { axeOnFirstArea = false } = {}): Promise<void> {
  await page.getByLabel('Название компании').fill(COMPANY_FIELDS.name);
  await page.getByLabel('Форма собственности').fill(COMPANY_FIELDS.legalForm);
  await page.getByLabel('Город').fill(COMPANY_FIELDS.city);
  await page.getByLabel('Кто отвечает на вопросы').fill(COMPANY_FIELDS.respondent);
  await page.getByRole('button', { name: 'Начать аудит →' }).click();

  for (const [a, area] of CHECKLIST.areas.entries()) {
    await expect.poll(() => heading(page)).toBe(area.title);
    // The new screen starts at its heading, so the keyboard goes on from there.
    await expect.poll(() => focusedId(page)).toBe('view-title');
    for (const q of CHECKLIST.questions.filter((x) => x.area === area.id)) {
      const group = page.locator(`#q-${q.id}`);
      if (SKIPPED.has(q.id)) {
        // A follow-up of a «Нет» says it is skipped, and its answers cannot be chosen.
        expect(await group.locator('.question__skipped').innerText(), q.id).toMatch(/^Пропускается: на вопрос \d+\.\d+ ответ «Нет»/);
        expect(await group.locator('input[value="yes"]').isDisabled(), q.id).toBe(true);
        continue;
      }
      // «Неприменимо» is offered only where the question allows it.
      expect(await group.locator('input[value="na"]').count(), q.id).toBe(q.na ? 1 : 0);
      const answer = PLAN[q.id]!.answer;
      if (q.id === BY_KEYBOARD) {
        // Space checks the focused radio, an arrow key moves the choice along the group.
        await group.locator('input[value="yes"]').focus();
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        expect(answer).toBe('partly');
      } else {
        await group.getByText(({ yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' } as const)[answer], { exact: true }).click();
      }
      await expect.poll(() => group.locator(`input[value="${answer}"]`).isChecked(), { message: q.id }).toBe(true);
      if (PLAN[q.id]!.comment) {
        await group.getByText('Добавить комментарий').click();
        await group.getByLabel(/Комментарий к вопросу/).fill(COMMENT);
      }
      if (q.id === SHOWN) await group.getByText('Показали', { exact: true }).click();
    }
    if (axeOnFirstArea && a === 0) expect(describeViolations(await axeViolations(page))).toEqual([]);
    await page.getByRole('button', { name: /^Далее/ }).click();
  }
  await expect.poll(() => heading(page)).toBe('Итоги аудита');
}

describe('the express audit page', () => {
  it('opens at the start with the company form, loads no engine, and has no axe violations', async () => {
    const { page, requests } = await openAudit();
    expect(await heading(page)).toBe('Перед началом');
    expect(await page.locator('.audit-progress__label').innerText()).toBe(`Отвечено 0 из ${CHECKLIST.questions.length}`);
    expect(requests.some((u) => /engine-worker|engine-client|pdf-|docx-|\.ttf/.test(u))).toBe(false);
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('asks for the company name before the questions, next to the field', async () => {
    const { page } = await openAudit();
    await page.getByRole('button', { name: 'Начать аудит →' }).click();
    expect(await heading(page)).toBe('Перед началом');
    await expect.poll(() => page.locator('#audit-company-name-error').innerText()).toContain('Укажите название компании');
    await expect.poll(() => focusedId(page)).toBe('audit-company-name');
    await afterNextPaint(page);
    expect(await focusedId(page)).toBe('audit-company-name');
    expect(await page.getByLabel('Название компании').getAttribute('aria-invalid')).toBe('true');
  });

  it('takes every answer with the mouse and the keyboard, and a comment', async () => {
    const { page } = await openAudit();
    await answerEverything(page, { axeOnFirstArea: true });
    expect(await page.locator('.audit-progress__label').innerText()).toBe(
      `Отвечено ${CHECKLIST.questions.length} из ${CHECKLIST.questions.length}`,
    );
  });

  it('keeps the answers and the comment across a reload', async () => {
    const { page } = await openAudit();
    await answerEverything(page);
    // The page saves after it has painted a change; reload once the last one (the result screen) is saved.
    await expect
      .poll(async () => {
        const saved = await page.evaluate(
          (key) => JSON.parse(localStorage.getItem(key) ?? '{}') as { view?: string; state?: { answers?: object } },
          STORAGE_KEY,
        );
        return [saved.view, Object.keys(saved.state?.answers ?? {}).length];
      })
      .toEqual(['result', Object.keys(PLAN).length]);
    await page.reload();
    await page.locator('#view-title').waitFor();
    expect(await heading(page)).toBe('Итоги аудита');
    expect(await page.locator('.notice').innerText()).toContain(`отвечено ${CHECKLIST.questions.length} из ${CHECKLIST.questions.length}`);
    for (const area of CHECKLIST.areas) {
      await navTo(page, new RegExp(`^${escaped(area.title)}`));
      await expect.poll(() => heading(page)).toBe(area.title);
      for (const q of CHECKLIST.questions.filter((x) => x.area === area.id && !SKIPPED.has(x.id))) {
        expect(await page.locator(`#q-${q.id} input[value="${PLAN[q.id]!.answer}"]`).isChecked(), q.id).toBe(true);
        expect(await page.locator(`#c-${q.id}`).inputValue(), q.id).toBe(PLAN[q.id]!.comment ?? '');
      }
    }
    await navTo(page, 'Начало');
    await expect.poll(() => heading(page)).toBe('Перед началом');
    expect(await page.getByLabel('Название компании').inputValue()).toBe(COMPANY);
    expect(await page.getByLabel('Город').inputValue()).toBe('Казань');
  });

  it('shows the total, the level, each area, the findings and the plan as scoreAudit and phasedPlan compute them', async () => {
    const { page } = await openAudit({ localStorage: finishedAudit('start') });
    await navTo(page, 'Итоги');
    await expect.poll(() => heading(page)).toBe('Итоги аудита');
    expect(flat(await page.locator('#score-percent').innerText())).toBe(`${SCORE.overall.percent} %`);
    expect(await page.locator('#score-level').innerText()).toBe(SCORE.level!.title);
    // No CRM is a gate: the page says what capped the total.
    expect(flat(await page.locator('#score-gates').innerText())).toContain('общего учёта клиентов и сделок нет');
    const rows = page.locator('.area-chart__row');
    expect(await rows.count()).toBe(CHECKLIST.areas.length);
    const sorted = [...SCORE.areas].sort((a, b) => (a.percent ?? 101) - (b.percent ?? 101));
    for (const [i, area] of sorted.entries()) {
      const row = flat(await rows.nth(i).innerText());
      expect(row).toContain(area.area.title);
      expect(row).toContain(area.percent === null ? 'нет оценки' : `${area.percent} %`);
    }
    const findings = page.locator('#findings .gap__text');
    expect(await findings.allInnerTexts()).toEqual(SCORE.findings.map((g) => g.finding));
    const steps = await page.locator('.plan-steps .gap__text').allInnerTexts();
    expect(steps).toEqual(phasedPlan(SCORE, 'ООО').flatMap((p) => p.steps.map((st) => st.adviceText)));
    // The documents to generate link to their samples.
    expect(await page.getByRole('link', { name: 'План продаж', exact: true }).getAttribute('href')).toBe('/samples/sales-plan/');
    expect(describeViolations(await axeViolations(page))).toEqual([]);
  });

  it('gives the same score, level and recommendations as `opkit audit` on the answers it saves', async () => {
    const { page, download } = await openAudit({ localStorage: finishedAudit() });
    const pageSteps = await page.locator('.plan-steps .gap__text').allInnerTexts();
    const pageFindings = await page.locator('#findings .gap__text').allInnerTexts();
    const percent = flat(await page.locator('#score-percent').innerText());
    const level = await page.locator('#score-level').innerText();
    const file = await download(() => page.getByRole('button', { name: 'Сохранить ответы в файл' }).click());
    const out = path.join(path.dirname(file), 'cli-report');
    const cli = spawnSync(process.execPath, ['bin/opkit.js', 'audit', file, '--out', out, '--format', 'docx'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(cli.status, cli.stderr).toBe(0);
    expect(flat(cli.stdout)).toContain(`общий результат ${percent} (${level})`);
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(path.join(out, 'audit-report.docx'))))['word/document.xml']!);
    const docx = flat(xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
    expect(pageSteps.length).toBeGreaterThan(3);
    for (const step of pageSteps) expect(docx).toContain(flat(step));
    for (const finding of pageFindings) expect(docx).toContain(flat(finding));
  }, 90_000);

  it('downloads the completed checklist as PDF with the company, every area score and the recommendations', async () => {
    const { page, download } = await openAudit({ localStorage: finishedAudit() });
    const file = await download(() => page.getByRole('button', { name: 'Скачать PDF: заполненный чек-лист' }).click());
    expect(path.basename(file)).toBe(`${COMPANY}-аудит.pdf`);
    const raw = pdfText(file);
    const text = flat(raw);
    expect(text).toContain(COMPANY);
    expect(text).toContain(`${SCORE.overall.percent} %`);
    // The chart prints each area's name with its score right after it.
    for (const area of SCORE.areas)
      expect(text, area.area.title).toMatch(new RegExp(`${area.area.title.replace(/[()]/g, '\\$&')} ${area.percent} ?%`));
    const joined = unhyphenated(raw);
    for (const finding of SCORE.findings) expect(joined).toContain(flat(finding.finding).slice(0, 50));
    expect(joined).toContain(COMMENT);
  }, 90_000);

  it('downloads the completed checklist as DOCX', async () => {
    const { page, download } = await openAudit({ localStorage: finishedAudit() });
    const file = await download(() => page.getByRole('button', { name: 'Скачать DOCX: заполненный чек-лист' }).click());
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml']!);
    const text = flat(xml.replace(/<[^>]+>/g, ''));
    expect(text).toContain(COMPANY);
    for (const area of SCORE.areas) expect(text, area.area.title).toContain(area.area.title);
  }, 90_000);

  it('downloads the blank checklist to print', async () => {
    const { page, download } = await openAudit({ localStorage: finishedAudit() });
    const file = await download(() => page.getByRole('button', { name: 'Скачать PDF: пустой чек-лист для печати' }).click());
    const text = unhyphenated(pdfText(file));
    expect(text).toContain(flat(CHECKLIST.questions[0]!.text).slice(0, 40));
    expect(text).not.toContain(COMPANY);
  }, 90_000);

  it('saves the answers as a file opkit audit reads back unchanged', async () => {
    const { page, download } = await openAudit({ localStorage: finishedAudit() });
    const file = await download(() => page.getByRole('button', { name: 'Сохранить ответы в файл' }).click());
    const loaded = loadAnswers(readFileSync(file, 'utf8'), 'answers.yaml');
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.audit.company).toEqual({ name: COMPANY, legalForm: 'ООО', city: 'Казань' });
    expect(loaded.audit.answers).toEqual(PLAN);
  });

  it('opens the wizard with what the audit implies: no CRM, the plan included', async () => {
    const { page } = await openAudit({ localStorage: finishedAudit() });
    await page.getByRole('button', { name: 'Собрать документы в мастере →' }).click();
    await page.waitForURL(/\/wizard\//);
    await page.locator('#step-title').waitFor();
    const notice = await page.locator('.notice').innerText();
    expect(notice).toContain('По итогам аудита');
    expect(notice).toContain('CRM нет');
    expect(await page.getByLabel('Краткое название компании').inputValue()).toBe(COMPANY);
    const draft = await page.evaluate(
      () => JSON.parse(localStorage.getItem('opkit.wizard') ?? '{}') as { draft?: { documents?: { include?: string[] } } },
    );
    expect(draft.draft?.documents?.include).toContain('sales-plan');
    await page
      .getByRole('button', { name: /Процессы/ })
      .first()
      .click();
    await page.locator('#crm-on').waitFor();
    expect(await page.locator('#crm-on').isChecked()).toBe(false);
    expect(await page.getByText('Без CRM пакет вместо регламента').count()).toBe(1);
  });

  it('fits a 360 px phone without horizontal scrolling on every screen', async () => {
    // A finished audit, so the result screen shows its scores, chart and recommendations.
    const { page: phone } = await openAudit({ viewport: { width: 360, height: 740 }, localStorage: finishedAudit('start') });
    const views = [
      { id: 'start', title: 'Перед началом' },
      ...CHECKLIST.areas.map((a) => ({ id: a.id, title: a.title })),
      { id: 'result', title: 'Итоги аудита' },
    ];
    for (const view of views) {
      // The page follows the address: a new hash opens its screen.
      await phone.goto(`${site.base}/audit/#step-${view.id}`);
      await expect.poll(() => heading(phone), { message: view.id }).toBe(view.title);
      await phone.evaluate(() => document.fonts.ready.then(() => undefined));
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, view.id).toBeLessThanOrEqual(0);
    }
  });
});
