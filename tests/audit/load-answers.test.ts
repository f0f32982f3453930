/** Answers files: both forms, Russian words, and every mistake reported with its path in Russian. */
import { describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { answersYaml, EXAMPLE_ANSWERS, loadAnswers } from '../../src/core/audit/index.ts';
import { formatIssues } from '../../src/core/profile/issues.ts';

const HEAD = 'schemaVersion: 2\ncompany:\n  name: Ромашка\n  legalForm: ООО\nanswers:\n';

function errors(text: string, file = 'answers.yaml'): string {
  const r = loadAnswers(text, file);
  if (r.ok) throw new Error('expected errors');
  return formatIssues(r.errors);
}

describe('reading answers', () => {
  test('the example file written by answersYaml reads back to the same answers', () => {
    const r = loadAnswers(answersYaml(EXAMPLE_ANSWERS), 'example.yaml');
    expect(r.ok && r.warnings).toEqual([]);
    if (!r.ok) return;
    expect(r.audit).toEqual(EXAMPLE_ANSWERS);
  });

  test('short and long forms, Russian words, booleans, an empty value, evidence marks', () => {
    const r = loadAnswers(
      `${HEAD}  head-of-sales: да\n  head-goals: Частично\n  head-time: false\n  roles-split: н/п\n  plan-exists:\n    answer: yes\n    comment: "  План\n      есть  "\n    evidence: показали\n  plan-method:\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.audit.answers).toEqual({
      'head-of-sales': { answer: 'yes', comment: null, evidence: null },
      'head-goals': { answer: 'partly', comment: null, evidence: null },
      'head-time': { answer: 'no', comment: null, evidence: null },
      'roles-split': { answer: 'na', comment: null, evidence: null },
      'plan-exists': { answer: 'yes', comment: 'План есть', evidence: 'shown' },
    });
    expect(r.audit.company).toEqual({ name: 'Ромашка', legalForm: 'ООО', city: null });
    expect(r.audit.date).toBeNull();
    expect(r.audit.conclusion).toBeNull();
    // The unanswered questions are named in a warning, and they are many: the list is cut.
    expect(formatIssues(r.warnings)).toMatch(
      /^предупреждение: answers: нет ответа на 54\u00a0вопроса из 59 \(result-turnover, .* и ещё 46\): они не вошли в расчёт$/,
    );
  });

  test('«неприменимо» where a question does not allow it is refused with the path', () => {
    expect(errors(`${HEAD}  head-of-sales: yes\n  head-time: н/п\n`)).toBe(
      'ошибка: answers.head-time: ответ «неприменимо» на этот вопрос не допускается: ответьте «да», «частично» или «нет»',
    );
  });

  test('facts and the conclusion are read; a fact out of range is named', () => {
    const r = loadAnswers(
      `${HEAD}  head-of-sales: yes\nfacts:\n  sellers: 6\n  top10Share: 58\nconclusion: |\n  Первый абзац.\n\n  Второй абзац.\n`,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.audit.facts).toMatchObject({ sellers: 6, top10Share: 58, revenue: null, currency: 'RUB' });
    expect(r.audit.conclusion).toBe('Первый абзац.\n\nВторой абзац.');
    expect(errors(`${HEAD}  head-of-sales: yes\nfacts:\n  planMonthsMet: 13\n`)).toMatch(/^ошибка: facts\.planMonthsMet: /);
  });

  test('a fact that contradicts its result question is a warning naming both', () => {
    const r = loadAnswers(`${HEAD}  head-of-sales: yes\n  top-clients: yes\nfacts:\n  top10Share: 72\n`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(formatIssues(r.warnings)).toContain(
      'предупреждение: answers.top-clients: ответ «да» расходится с фактом facts.top10Share = 72 («да» — меньше 50 %, «частично» — 50–70 %, «нет» — больше); проверьте ответ или факт',
    );
  });

  test('a version 1 file still reads: retired questions and «н/п» where no longer allowed are dropped with warnings', () => {
    const r = loadAnswers(
      'schemaVersion: 1\ncompany:\n  name: Ромашка\nanswers:\n  head-of-sales: yes\n  head-manages: partly\n  reports: no\n  plan-known: na\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.audit.answers)).toEqual(['head-of-sales']);
    const text = formatIssues(r.warnings);
    expect(text).toContain('файл версии 1: 2\u00a0вопроса прежнего чек-листа (head-manages, reports)');
    expect(text).toContain('ответ «неприменимо» больше не допускается на 1\u00a0вопрос (plan-known)');
    // The same retired id in a version 2 file is an error that names the way out.
    expect(errors(`${HEAD}  head-manages: yes\n`)).toMatch(/укажите schemaVersion: 1/);
  });

  test('a Russian date is accepted', () => {
    const r = loadAnswers(`date: 15.01.2027\n${HEAD}  head-of-sales: yes\n`);
    expect(r.ok && r.audit.date).toBe('2027-01-15');
  });
});

describe('mistakes', () => {
  test('an unknown question id is named with the closest one', () => {
    expect(errors(`${HEAD}  plan-metod: yes\n`)).toBe(
      'ошибка: answers.plan-metod: неизвестный вопрос "plan-metod" (возможно, имелся в виду "plan-method")',
    );
    expect(errors(`${HEAD}  zzz: yes\n`)).toMatch(/^ошибка: answers\.zzz: неизвестный вопрос "zzz"; список вопросов — в docs\/audit\.md/);
  });

  test('a bad answer, in either form', () => {
    expect(errors(`${HEAD}  head-time: maybe\n`)).toBe(
      'ошибка: answers.head-time: недопустимый ответ "maybe"; допустимы: yes, partly, no, na (или по-русски: да, частично, нет, неприменимо)',
    );
    expect(errors(`${HEAD}  head-time:\n    answer: 5\n`)).toMatch(/^ошибка: answers\.head-time\.answer: ожидается ответ; допустимы/);
    expect(errors(`${HEAD}  head-time:\n    comment: есть\n`)).toMatch(
      /^ошибка: answers\.head-time\.answer: обязательное поле не заполнено/,
    );
    expect(errors(`${HEAD}  head-time:\n    answr: yes\n`)).toMatch(
      /answers\.head-time: неизвестное поле "answr" \(возможно, опечатка в "answer"\)/,
    );
  });

  test('a missing company, or one without a name', () => {
    expect(errors('answers:\n  head-of-sales: yes\n')).toBe('ошибка: company: обязательное поле не заполнено');
    expect(errors('company:\n  legalForm: ООО\nanswers:\n  head-of-sales: yes\n')).toBe(
      'ошибка: company.name: обязательное поле не заполнено',
    );
  });

  test('every problem at once', () => {
    const text = errors('compani: X\nanswers:\n  head-time: maybe\n  plan-metod: yes\n');
    expect(text.split('\n')).toHaveLength(4);
  });

  test('nothing to score is an error', () => {
    expect(errors(`${HEAD.replace('answers:\n', 'answers: {}\n')}`)).toBe(
      'ошибка: answers: в файле нет ни одного ответа: оценивать нечего',
    );
    expect(errors(`${HEAD}  roles-split: na\n`)).toMatch(/на все отвеченные вопросы дан ответ «неприменимо»/);
  });

  test('file-level problems speak of the answers file', () => {
    expect(errors('- a\n- b\n')).toBe('ошибка: файл ответов должен быть объектом (набором полей «имя: значение»), а не списком');
    expect(errors('')).toMatch(/файл пуст/);
    expect(errors('company: [\n')).toMatch(/ошибка синтаксиса YAML в строке/);
    expect(errors('{"company": }', 'a.json')).toMatch(/ошибка синтаксиса JSON/);
    expect(errors(`schemaVersion: 3\n${HEAD.replace('schemaVersion: 2\n', '')}  head-time: yes\n`)).toBe(
      'ошибка: schemaVersion: файл ответов версии 3 этой версией opkit не читается; поддерживаются версии 1 и 2',
    );
  });

  test('the checklist ids are the only keys accepted', () => {
    const ids = CHECKLIST.questions.map((q) => `  ${q.id}: yes`).join('\n');
    const r = loadAnswers(`${HEAD}${ids}\n`);
    expect(r.ok && r.warnings).toEqual([]);
  });
});
