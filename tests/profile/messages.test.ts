import { z } from 'zod';
import { expect, test } from 'vitest';
import { formatIssues, formatPath, fromZodIssues, issue } from '../../src/core/profile/issues.ts';
import { profileErrorMap } from '../../src/core/profile/messages.ts';
import { closest, editDistance } from '../../src/core/profile/say.ts';

const message = (schema: z.ZodType, input: unknown): string[] =>
  schema.safeParse(input, { error: profileErrorMap }).error?.issues.map((i) => i.message) ?? [];

test('wrong type: what was expected and what was given', () => {
  expect(message(z.number(), 'abc')).toEqual(['ожидается число, получено: текст "abc"']);
  expect(message(z.string(), 5)).toEqual(['ожидается текст, получено: число 5']);
  expect(message(z.array(z.string()), { a: 1 })).toEqual(['ожидается список, получено: набор полей (объект)']);
  expect(message(z.object({}), [1])).toEqual(['ожидается набор полей (объект), получено: список']);
  expect(message(z.boolean(), null)).toEqual(['ожидается true или false, получено: пустое значение (null)']);
  expect(message(z.number().int(), 2.5)).toEqual(['ожидается целое число, получено: число 2,5']);
  expect(message(z.string(), 'x'.repeat(60))).toEqual([]);
  expect(message(z.number(), 'x'.repeat(60))).toEqual([`ожидается число, получено: текст "${'x'.repeat(40)}…"`]);
});

test('a missing field is «обязательное поле не заполнено»', () => {
  expect(message(z.object({ a: z.number() }), {})).toEqual(['обязательное поле не заполнено']);
});

test('bounds of numbers, lists and text', () => {
  expect(message(z.number().positive(), -1)).toEqual(['должно быть больше 0, указано: число -1']);
  expect(message(z.number().min(1), 0)).toEqual(['должно быть не меньше 1, указано: число 0']);
  expect(message(z.number().max(100), 120)).toEqual(['должно быть не больше 100, указано: число 120']);
  expect(message(z.number().lt(100), 100)).toEqual(['должно быть меньше 100, указано: число 100']);
  expect(message(z.array(z.number()).min(1), [])).toEqual(['список не должен быть пустым']);
  expect(message(z.array(z.number()).min(3), [1])).toEqual(['список должен содержать не меньше 3 элементов']);
  expect(message(z.array(z.number()).max(2), [1, 2, 3])).toEqual(['список должен содержать не больше 2 элементов']);
  expect(message(z.array(z.number()).length(12), [1])).toEqual(['список должен содержать ровно 12 элементов']);
  expect(message(z.string().min(1), '')).toEqual(['поле не должно быть пустым']);
  expect(message(z.string().max(5), 'abcdefgh')).toEqual(['текст должен быть не длиннее 5 символов']);
  expect(message(z.number().multipleOf(5), 7)).toEqual(['должно быть кратно 5, указано: число 7']);
});

test('a choice outside the list names the list, and a likely intended value', () => {
  expect(message(z.enum(['RUB', 'KZT', 'UAH']), 'XYZ')).toEqual(['недопустимое значение "XYZ"; допустимы: RUB, KZT, UAH']);
  expect(message(z.enum(['RUB', 'KZT', 'UAH']), 'rub')).toEqual([
    'недопустимое значение "rub" (возможно, имелось в виду "RUB"); допустимы: RUB, KZT, UAH',
  ]);
  expect(message(z.literal([12, 13, 14]), 15)).toEqual(['недопустимое значение 15; допустимы: 12, 13, 14']);
  expect(message(z.literal(1), 2)).toEqual(['должно быть 1, указано: число 2']);
});

test('unknown fields: an error naming the field and the close match, or the allowed ones', () => {
  const schema = z.strictObject({ name: z.string().optional(), city: z.string().optional() });
  expect(message(schema, { nmae: 'x' })).toEqual(['неизвестное поле "nmae" (возможно, опечатка в "name")']);
  expect(message(schema, { zzz: 1 })).toEqual(['неизвестное поле "zzz" (возможно, опечатка); допустимые поля: name, city']);
  expect(message(schema, { nmae: 1, citty: 2 })).toEqual([
    'неизвестные поля "nmae" (возможно, опечатка в "name"), "citty" (возможно, опечатка в "city")',
  ]);
});

test('a union without a discriminator', () => {
  expect(message(z.union([z.string(), z.number()]), true)).toEqual([
    'значение не подходит ни под один допустимый вариант, указано: логическое значение true',
  ]);
});

test('paths print as dots and indices', () => {
  expect(formatPath(['kpis', 1, 'items', 0, 'weight'])).toBe('kpis[1].items[0].weight');
  expect(formatPath([])).toBe('');
  expect(formatPath([3])).toBe('[3]');
  expect(formatPath(['a', 'strange key'])).toBe('a["strange key"]');
});

test('zod issues become profile errors with a code', () => {
  const result = z
    .object({ a: z.number() })
    .superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'своё', path: ['b'], params: { code: 'my-code' } }))
    .safeParse({ a: 'x' }, { error: profileErrorMap });
  expect(fromZodIssues(result.error?.issues ?? [])).toEqual([
    { path: 'a', message: 'ожидается число, получено: текст "x"', severity: 'error', code: 'invalid_type' },
  ]);
});

test('issues print one per line with their severity', () => {
  expect(
    formatIssues([
      issue('error', 'kpi-weights-sum', ['kpis', 1, 'items'], 'сумма весов 90 %, должна быть 100 %'),
      issue('warning', 'motivation-missing', 'motivation', 'нет записи'),
      issue('error', 'file-empty', '', 'файл пуст'),
    ]),
  ).toBe(
    ['ошибка: kpis[1].items: сумма весов 90 %, должна быть 100 %', 'предупреждение: motivation: нет записи', 'ошибка: файл пуст'].join(
      '\n',
    ),
  );
});

test('typo guesses: a swap of neighbours is one edit, far words are no guess', () => {
  expect(editDistance('rpo', 'rop')).toBe(1);
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(closest('managr', ['rop', 'manager'])).toBe('manager');
  expect(closest('leadgen', ['rop', 'manager', 'lead'])).toBeNull();
});
