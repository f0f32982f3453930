/** The report and blank checklist models: what they say in the cases a user meets. */
import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { EXAMPLE_ANSWERS, type Answer, type AuditInput } from '../../core/audit/index.ts';
import { buildBlankChecklist } from '../audit-checklist/document.ts';
import { buildBlankView } from '../audit-checklist/view.ts';
import { buildAuditReport } from './document.ts';
import type { Chart, DocumentModel } from '../../core/model/types.ts';
import { modelText } from '../../core/model/to-text.ts';
import { TEMPLATES } from '../templates.ts';
import { parseMarkdown, parseWithRemark } from '../../core/markdown/parse.ts';
import { toModelBlocks } from '../../core/markdown/to-model.ts';
import { renderTemplate } from '../../core/templating/render-template.ts';
import { scoreAudit } from '../../core/audit/scoring.ts';
import { buildReportView } from './view.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { squash } from '../../../tests/support/readers.ts';

const TODAY = '2027-03-05';

function input(answer: Answer, overrides: Partial<AuditInput> = {}): AuditInput {
  return {
    company: { name: 'Ромашка', legalForm: null, city: null },
    date: null,
    respondent: null,
    auditor: null,
    answers: Object.fromEntries(CHECKLIST.questions.map((q) => [q.id, { answer, comment: null }])),
    ...overrides,
  };
}

const report = (audit: AuditInput): DocumentModel => buildAuditReport(audit, { today: TODAY }).model;
const text = (model: DocumentModel): string => squash(modelText(model));
const chart = (model: DocumentModel): Chart | undefined => model.children.find((b): b is Chart => b.type === 'chart');

describe('the report', () => {
  test('the example: header, result, chart of every area, steps, documents, answers; nothing leaks', () => {
    const model = report(EXAMPLE_ANSWERS);
    const all = modelText(model);
    expect(all).not.toMatch(LEAKS);
    expect(model.meta).toMatchObject({
      id: 'audit-report',
      organization: 'ООО «ТехноСнаб»',
      title: 'Экспресс-аудит системы управления продажами: ООО «ТехноСнаб»',
    });
    const t = text(model);
    expect(t).toContain('ЭКСПРЕСС-АУДИТ системы управления продажами Екатеринбург');
    expect(t).toContain('Дата проведения: 15 января 2027 г.');
    expect(t).toContain('Аудит провёл(а): Орлов К.В., консультант');
    expect(chart(model)?.items.map((i) => i.label)).toEqual(CHECKLIST.areas.map((a) => a.title));
    expect(t).toContain('Первоочередные шаги');
    expect(t).toContain('Документы для внедрения');
    expect(t).toMatch(/3\.2 Есть ли методика планирования.*\? Нет План = факт прошлого года плюс 15 %/);
    // No approval block and no acknowledgement sheet: the audit is not an order to sign.
    expect(model.children.some((b) => b.type === 'approval')).toBe(false);
    expect(t).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
  });

  test('all «yes»: no gaps, no steps, no documents, and it says so', () => {
    const t = text(report(input('yes')));
    expect(t).toContain('Общий результат — 100 % от максимально возможного. Уровень системы управления продажами: Системный отдел продаж.');
    expect(t).toContain('Пробелов не найдено');
    expect(t).not.toContain('Документы для внедрения');
    expect(t).not.toContain('Рекомендации по областям');
  });

  test('an area answered «not applicable» throughout is named and left off the chart', () => {
    const audit = input('no');
    const answers = { ...audit.answers };
    for (const q of CHECKLIST.questions.filter((q) => q.area === 'analytics')) answers[q.id] = { answer: 'na', comment: null };
    const model = report({ ...audit, answers });
    expect(chart(model)?.items.map((i) => i.label)).not.toContain('Аналитика');
    expect(text(model)).toContain('Без оценки (все вопросы неприменимы или без ответа): Аналитика.');
    expect(text(model)).toContain('Аналитика — нет оценки');
    expect(text(model)).toContain('В расчёт вошли 44 из 48 вопросов; вне расчёта — 4 вопроса с ответом «неприменимо».');
  });

  test('without a date the report carries the day it was made; the company prints without a legal form', () => {
    const t = text(report(input('partly')));
    expect(t).toContain('Дата проведения: 5 марта 2027 г.');
    expect(t.startsWith('Ромашка ЭКСПРЕСС-АУДИТ')).toBe(true);
  });

  test('comments and names are printed as typed, Markdown and all', () => {
    const nasty = '**не жирный** | <b>x</b> {{y}} :::chart';
    const audit = input('no', { company: { name: nasty, legalForm: 'ООО', city: null }, respondent: nasty });
    const answers = { ...audit.answers, 'plan-method': { answer: 'no' as const, comment: nasty } };
    const model = report({ ...audit, answers });
    const all = modelText(model);
    // The user's own «{{y}}» is theirs; anything else like it would be a leak.
    expect(all.replaceAll(nasty, '')).not.toMatch(LEAKS);
    expect(all).toContain(`ООО «${nasty}»`);
    expect(all.split(nasty).length - 1).toBeGreaterThanOrEqual(3);
  });
});

describe('both Markdown parsers read the audit templates alike', () => {
  const cases: Array<[string, object]> = [
    ['audit-report', buildReportView(EXAMPLE_ANSWERS, scoreAudit(EXAMPLE_ANSWERS.answers), CHECKLIST, TODAY)],
    ['audit-report', buildReportView(input('yes'), scoreAudit(input('yes').answers), CHECKLIST, TODAY)],
    ['audit-checklist', buildBlankView(CHECKLIST)],
  ];
  test.each(cases)('%s', (name, view) => {
    const rendered = renderTemplate(`${name}.md.hbs`, TEMPLATES[name]!, view);
    const options = { numbered: false, literals: rendered.literals, documentId: name };
    expect(toModelBlocks(parseMarkdown(rendered.markdown), options)).toEqual(toModelBlocks(parseWithRemark(rendered.markdown), options));
  });
});

describe('the blank checklist', () => {
  const model = buildBlankChecklist();
  const t = text(model);

  test('every question with its number, weight and why it matters', () => {
    expect(modelText(model)).not.toMatch(LEAKS);
    CHECKLIST.questions.forEach((q) => {
      expect(t).toContain(`${squash(q.text)} ${squash(q.why)} ${q.weight}`);
    });
    expect(t).toContain('1.1 Есть ли у отдела продаж отдельный руководитель');
  });

  test('blank lines for the company and the date, the scoring rule and the levels', () => {
    expect(t).toMatch(/Компания: _{20,}/);
    expect(t).toMatch(/Дата: _{20,}/);
    expect(t).toContain('В чек-листе 48 вопросов по 11 областям');
    expect(t).toContain('Общий результат считается так же по всем учтённым вопросам сразу');
    expect(t).toContain('Частично системный отдел 50–79 %');
  });
});
