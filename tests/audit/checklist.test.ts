/** The checklist content against its schema, and the example answers against the checklist. */
import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { EXAMPLE_ANSWERS } from '../../content/audit/example.ts';
import { ChecklistSchema } from '../../src/core/audit/schema.ts';
import { DOCUMENT_IDS } from '../../src/documents/registry.ts';

describe('checklist', () => {
  test('parses with its schema', () => {
    expect(ChecklistSchema.safeParse(CHECKLIST).error?.issues).toBeUndefined();
  });

  test('has 35–50 questions over the areas the issue names, each area with its questions', () => {
    expect(CHECKLIST.questions.length).toBeGreaterThanOrEqual(35);
    expect(CHECKLIST.questions.length).toBeLessThanOrEqual(50);
    expect(CHECKLIST.areas.map((a) => a.title)).toEqual([
      'Управление отделом',
      'Структура и роли',
      'Планирование продаж',
      'Доведение планов до сотрудников',
      'Контроль выполнения',
      'Показатели эффективности (KPI)',
      'Мотивация',
      'Работа с заявками и клиентами',
      'CRM и автоматизация',
      'Аналитика',
      'Компетенции и обучение',
    ]);
  });

  test('every document of the pack fixes some gap, and every title is named', () => {
    const named = new Set(CHECKLIST.questions.flatMap((q) => q.documents));
    expect([...DOCUMENT_IDS].filter((id) => !named.has(id))).toEqual([]);
    expect(Object.keys(CHECKLIST.documentTitles).sort()).toEqual([...DOCUMENT_IDS].sort());
  });

  test('every weight is used and the weight-3 questions are the foundations', () => {
    const weights = new Set(CHECKLIST.questions.map((q) => q.weight));
    expect([...weights].sort()).toEqual([1, 2, 3]);
    const foundations = CHECKLIST.questions.filter((q) => q.weight === 3).map((q) => q.id);
    expect(foundations).toEqual(
      expect.arrayContaining(['head-of-sales', 'plan-exists', 'meeting-weekly', 'kpi-defined', 'motivation-document', 'crm-in-use']),
    );
  });

  test('a broken checklist is rejected: unknown area, repeated id, levels out of order', () => {
    const first = CHECKLIST.questions[0]!;
    const broken = {
      ...CHECKLIST,
      questions: [...CHECKLIST.questions, { ...first }, { ...first, id: 'x-new', area: 'nowhere' }].slice(0, 50),
      levels: [CHECKLIST.levels[1]!, CHECKLIST.levels[0]!],
    };
    const paths = ChecklistSchema.safeParse(broken).error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        `questions.${CHECKLIST.questions.length}.id`,
        `questions.${CHECKLIST.questions.length + 1}.area`,
        'levels.0.min',
      ]),
    );
  });
});

describe('example answers', () => {
  test('answer every question of the checklist and nothing else', () => {
    expect(Object.keys(EXAMPLE_ANSWERS.answers).sort()).toEqual(CHECKLIST.questions.map((q) => q.id).sort());
  });

  test('use every kind of answer', () => {
    const kinds = new Set(Object.values(EXAMPLE_ANSWERS.answers).map((a) => a?.answer));
    expect([...kinds].sort()).toEqual(['na', 'no', 'partly', 'yes']);
  });
});
