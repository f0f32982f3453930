/** The wizard's own words: numbers as owners type them, and messages free of field names and types. */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { readAmount, understood } from '../../src/wizard/fields/parse-number.ts';
import { checkDraft } from '../../src/wizard/state/check.ts';
import type { Draft } from '../../src/wizard/state/draft.ts';
import { hasLatinIdentifier, ownerMessage } from '../../src/wizard/state/owner-messages.ts';
import { setAt, type Path } from '../../src/wizard/state/paths.ts';
import { REFERENCE_COPY } from '../support/reference.ts';

const reference = (): Draft => parse(readFileSync(REFERENCE_COPY, 'utf8')) as Draft;

test.each([
  ['35 000', 35_000],
  ['35000', 35_000],
  ['35 000 руб.', 35_000],
  ['35 000 руб', 35_000],
  ['35 000 ₽', 35_000],
  ['35000р', 35_000],
  ['1,5 млн', 1_500_000],
  ['120 млн ₽', 120_000_000],
  ['120 млн руб.', 120_000_000],
  ['1.5 тыс', 1_500],
  ['1,1 тыс.', 1_100],
  ['2 млрд', 2_000_000_000],
  ['12,5 %', 12.5],
  ['12.5', 12.5],
  ['-150 000', -150_000],
  ['1 234 567,5', 1_234_567.5],
])('«%s» reads as %d', (text, value) => {
  expect(readAmount(text)).toBe(value);
});

test.each(['пять', '1.500.000', '12 штук яблок', '35 000 попугаев', 'млн', '1,5 мегабайта'])('«%s» is not a number', (text) => {
  expect(readAmount(text)).toBeNull();
});

test('what was understood is shown only when the text is not the plain number', () => {
  expect(understood('1,5 млн', '₽')).toBe('= 1 500 000 ₽');
  expect(understood('120 млн ₽', '₽')).toBe('= 120 000 000 ₽');
  expect(understood('35 000 руб.', '₽')).toBe('= 35 000 ₽');
  expect(understood('1.5 тыс', undefined)).toBe('= 1 500');
  expect(understood('35 000', '₽')).toBeNull();
  expect(understood('35000', '₽')).toBeNull();
  expect(understood('пять', '₽')).toBeNull();
});

test('the detector of Latin identifiers catches field names and types, not the owner’s own words or KPI', () => {
  expect(hasLatinIdentifier('сумма revenueSharePct по должностям 150 %')).toBe(true);
  expect(hasLatinIdentifier('поставьте period: quarter')).toBe(true);
  expect(hasLatinIdentifier('Выберите должность из списка.')).toBe(false);
  expect(hasLatinIdentifier('Добавьте показатель на шаге «KPI»; CRM, B2B.')).toBe(false);
  expect(hasLatinIdentifier('У должности «Sales manager» нет схемы премии.')).toBe(false);
});

/** Edits an owner can make in the form (or an imported file can carry), each breaking something. */
const BREAKS: ReadonlyArray<[string, Path, unknown]> = [
  ['a word for a number', ['plan', 'revenue'], 'пять'],
  ['a negative salary', ['department', 'positions', 1, 'salary'], -150_000],
  ['a zero revenue', ['plan', 'revenue'], 0],
  ['a huge revenue', ['plan', 'revenue'], 1e15],
  ['a fractional headcount', ['department', 'positions', 1, 'headcount'], 1.5],
  ['an empty name', ['company', 'name'], ''],
  ['a 3 000-character name', ['company', 'name'], 'Я'.repeat(3000)],
  ['a missing name', ['company', 'name'], undefined],
  ['a weight off the sum', ['kpis', 1, 'items', 0, 'weight'], 10],
  ['shares of revenue above 100 %', ['department', 'positions', 1, 'revenueSharePct'], 150],
  ['an unknown superior', ['department', 'positions', 1, 'reportsTo'], 'nobody'],
  ['a reporting cycle', ['department', 'positions', 0, 'reportsTo'], 'manager'],
  ['a bad KPI', ['kpis', 1, 'items', 0, 'kpi'], 'revenu'],
  ['a custom KPI without a name', ['kpis', 1, 'items', 0], { kpi: 'custom', unit: 'count', plan: 3, weight: 50, period: 'month' }],
  ['a bad period', ['kpis', 1, 'items', 0, 'period'], 'week'],
  ['a conversion above 100 %', ['plan', 'funnel', 'leadToMeetingPct'], 150],
  ['no leads', ['plan', 'funnel', 'leadsPerMonth'], 0],
  [
    'a bad curve',
    ['motivation', 1, 'curve'],
    [
      [100, 100],
      [50, 25],
    ],
  ],
  ['a bad INN', ['company', 'inn'], '12345'],
  ['a bad scheme', ['motivation', 1, 'scheme'], 'bonus'],
  ['seasonality off', ['plan', 'seasonality'], [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10]],
  ['tiny new clients', ['plan', 'newClients'], 1],
  ['a payroll over the limit', ['plan', 'maxPayrollSharePct'], 1],
  ['an empty list of positions', ['department', 'positions'], []],
];

test.each(BREAKS)('%s: every message says it in the form’s words', (_what, path, value) => {
  const check = checkDraft(setAt(reference(), path, value), reference(), ownerMessage);
  const messages = [...check.errors, ...check.warnings].map((i) => i.message);
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(hasLatinIdentifier(message), message).toBe(false);
    expect(message, message).not.toMatch(/ожидается|получено|указано: (число|текст)/);
    expect(message).toMatch(/^[А-ЯЁ«]/);
  }
});

test('the messages from the issue read as the owner would say them', () => {
  const say = (path: Path, value: unknown) =>
    checkDraft(setAt(reference(), path, value), reference(), ownerMessage)
      .errors.filter((e) => e.path === path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join(''))
      .map((e) => e.message);
  expect(say(['plan', 'revenue'], 'пять')).toEqual(['Введите число цифрами, например «35 000», «1,5 млн» или «12,5».']);
  expect(say(['department', 'positions', 1, 'salary'], -150_000)).toEqual(['Нужно число больше нуля.']);
  expect(say(['company', 'inn'], '12345')).toEqual(['ИНН состоит из 10 или 12 цифр, а введено 5: проверьте номер.']);
  expect(say(['company', 'name'], 'Я'.repeat(3000))).toEqual([
    'Слишком длинный текст: не больше 200 знаков (сейчас 3\u00a0000). Сократите его.',
  ]);
  const shares = checkDraft(setAt(reference(), ['department', 'positions', 1, 'revenueSharePct'], 150), reference(), ownerMessage);
  expect(shares.errors.map((e) => e.message).join('\n')).toMatch(/Доли плана выручки по должностям в сумме 1\d\d %/);
});
