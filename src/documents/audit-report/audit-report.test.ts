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
  test('the example: header, result, sorted chart with thresholds, findings, plan, conclusion, answers; nothing leaks', () => {
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
    const bars = chart(model);
    expect(bars?.items).toHaveLength(CHECKLIST.areas.length);
    const values = bars?.items.map((i) => i.value) ?? [];
    expect(values).toEqual([...values].sort((x, y) => x - y));
    expect(bars?.marks).toEqual([50, 80]);
    for (const heading of [
      'Итог аудита',
      'Компания в цифрах',
      'Сильные стороны',
      'Главные выводы',
      'План действий',
      'Первые 30 дней',
      'Заключение аудитора',
      'Приложение. Ответы по областям',
    ]) {
      expect(t).toContain(heading);
    }
    expect(t).toContain('Выручка за 12 месяцев 420 000 000 ₽');
    expect(t).toMatch(/4\.3 Рассчитывается ли план от клиентов и воронки.*\? Нет показали План = факт прошлого года плюс 15 %/);
    // No internal codes: no document or question ids, no «Основание: вопрос».
    expect(t).not.toMatch(
      /\((charter|job-description|kpi-card|motivation|sales-plan|planning-regulation|crm-regulation|lead-regulation|roadmap)\)/,
    );
    expect(t).not.toMatch(/head-of-sales|plan-breakdown|Основание: вопрос/);
    expect(model.children.some((b) => b.type === 'approval')).toBe(false);
    expect(t).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
  });

  test('all «yes»: no findings, no plan, and it says so', () => {
    const t = text(report(input('yes')));
    expect(t).toContain(
      'Общий результат — 100 % от максимально возможного. Уровень системы управления продажами: «Системный отдел продаж».',
    );
    expect(t).toContain('Пробелов не найдено');
    expect(t).not.toContain('План действий');
  });

  test('gates: the report says what capped the total', () => {
    const audit = input('yes');
    const answers = { ...audit.answers, 'crm-in-use': { answer: 'no' as const, comment: null } };
    const t = text(report({ ...audit, answers }));
    expect(t).toContain('Основа системы не заложена: общего учёта клиентов и сделок нет.');
    expect(t).toMatch(/уровень не выше «Ручное управление», а общий результат не выше 49 %\. По остальным ответам результат был бы \d+ %/);
  });

  test('too few answers: no total, and the report says why', () => {
    const audit = input('yes');
    const answers = Object.fromEntries(Object.entries(audit.answers).slice(0, 10));
    const t = text(report({ ...audit, answers }));
    expect(t).toMatch(/Общий результат не определён: недостаточно ответов\. Учтено \d+ % веса вопросов, нужно не меньше 80 %/);
  });

  test('without a date the report carries the day it was made; the company prints without a legal form', () => {
    const t = text(report(input('partly')));
    expect(t).toContain('Дата проведения: 5 марта 2027 г.');
    expect(t.startsWith('Ромашка ЭКСПРЕСС-АУДИТ')).toBe(true);
  });

  test('comments and names are printed as typed, Markdown and all', () => {
    const nasty = '**не жирный** | <b>x</b> {{y}} :::chart';
    const audit = input('no', { company: { name: nasty, legalForm: 'ООО', city: null }, respondent: nasty });
    const answers = { ...audit.answers, 'head-of-sales': { answer: 'no' as const, comment: nasty } };
    const model = report({ ...audit, answers });
    const all = modelText(model);
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

  test('every question with its number and points; «н/п» only where allowed; no guide read aloud', () => {
    expect(modelText(model)).not.toMatch(LEAKS);
    for (const q of CHECKLIST.questions) {
      expect(t).toContain(squash(q.text));
      expect(t).not.toContain(squash(q.guide));
    }
    expect(t).toContain('2.1 Есть ли в отделе руководитель, для которого управление — основная работа? Д Ч Н …/3 П С');
    expect(t).toContain('3.1 Разделены ли в отделе поиск новых клиентов и работа с действующими? Д Ч Н Н/п …/2 П С');
    expect(t).toContain('(после 2.1)');
  });

  test('the facts block, area maxima, the scoring rules with the gates and the levels', () => {
    expect(t).toMatch(/Компания: _{20,}/);
    expect(t).toContain('Менеджеров по продажам');
    expect(t).toContain('Доля 10 крупнейших клиентов, %');
    expect(t).toContain(`В чек-листе ${CHECKLIST.questions.length} вопросов по 13 областям`);
    expect(t).toMatch(/1\. Результаты отдела 6 /);
    expect(t).toContain('Если учтено меньше 80 % веса вопросов, общий результат не определяется');
    expect(t).toContain('уровень не выше «Ручное управление», а общий результат — не выше 49 %');
    expect(t).toContain('50–79 % — «Частично системный отдел»');
  });
});
