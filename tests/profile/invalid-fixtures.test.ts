import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadProfile } from '../../src/core/profile/load.ts';
import { FIXTURES, errorLines, fixture } from './helpers.ts';

/**
 * Every invalid fixture and the errors it must produce, as printed (`path: message`), complete:
 * a fixture with one problem gives exactly one error.
 */
const EXPECTED: Record<string, string[]> = {
  'weights-not-100.yaml': ['kpis[1].items: сумма весов 90 %, должна быть 100 %'],
  'seasonality-not-100.yaml': ['plan.seasonality: сумма долей по месяцам 99 %, должна быть 100 % (допускается расхождение до 0,01)'],
  'reporting-cycle.yaml': ['department.positions[1].reportsTo: цикл подчинения: manager → lead → manager'],
  'unknown-position.yaml': [
    'motivation[1].position: нет должности с id "managr" (возможно, имелось в виду "manager"); должности: rop, manager, lead',
  ],
  'negative-salary.yaml': ['department.positions[1].salary: должно быть больше 0, указано: число -45000'],
  'zero-headcount.yaml': ['department.positions[2].headcount: должно быть не меньше 1, указано: число 0'],
  'text-instead-of-number.yaml': [
    'plan.revenue: ожидается число, получено: текст "60 000 000" (число пишется без пробелов и кавычек, дробная часть — через точку: 60000000)',
  ],
  'decreasing-curve.yaml': [
    'motivation[1].curve[4][0]: процент выполнения 90 меньше, чем в предыдущей точке (100): точки кривой перечисляются по возрастанию процента выполнения',
  ],
  'missing-required-field.yaml': ['company.industry: обязательное поле не заполнено'],
  'custom-kpi-incomplete.yaml': [
    'kpis[2].items[1].name: для собственного показателя (kpi: custom) укажите название в поле name',
    'kpis[2].items[1].plan: для собственного показателя (kpi: custom) укажите плановое значение в поле plan: собственный показатель не выводится из плана отдела',
  ],
  'unknown-currency.yaml': [
    'currency: недопустимое значение "RUR" (возможно, имелось в виду "RUB"); допустимы: RUB, KZT, UAH, BYN, USD, EUR',
  ],
  'schema-version-99.yaml': [
    'schemaVersion: профиль записан в формате версии 99, а эта версия opkit понимает формат не новее версии 2: обновите opkit',
  ],
  'yaml-syntax-error.yaml': [
    'ошибка синтаксиса YAML в строке 8, столбец 9: неверный отступ или пропущено двоеточие после имени поля (проверьте строки 8–9)',
  ],
  'empty.yaml': ['файл пуст'],
  'list-not-mapping.yaml': ['профиль должен быть объектом (набором полей «имя: значение»), а не списком'],
  'json-syntax-error.json': [
    'ошибка синтаксиса JSON в строке 4, столбец 34: имя поля должно быть в двойных кавычках (или перед } стоит лишняя запятая)',
  ],
  'unknown-field.yaml': [
    'department.positions[1].salary: обязательное поле не заполнено',
    'department.positions[1]: неизвестное поле "salry" (возможно, опечатка в "salary")',
  ],
  'three-problems.yaml': [
    'currency: недопустимое значение "RUR" (возможно, имелось в виду "RUB"); допустимы: RUB, KZT, UAH, BYN, USD, EUR',
    'department.positions[2].headcount: должно быть не меньше 1, указано: число 0',
    'kpis[1].items: сумма весов 90 %, должна быть 100 %',
  ],
};

test('every invalid fixture has its expectation here', () => {
  expect(readdirSync(FIXTURES + 'invalid').sort()).toEqual(Object.keys(EXPECTED).sort());
});

test.each(Object.entries(EXPECTED))('%s gives exactly its errors', (file, expected) => {
  const result = loadProfile(fixture(`invalid/${file}`), file);
  expect(result.ok).toBe(false);
  expect(errorLines(result)).toEqual(expected);
});
