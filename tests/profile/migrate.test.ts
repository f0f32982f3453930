import { expect, test } from 'vitest';
import { migrateProfile, type Migration } from '../../src/core/profile/migrate.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { errorsOf, reference, unset, warningLines } from './helpers.ts';

test('a profile without schemaVersion is read as version 1, with a warning', () => {
  const result = validateProfile(unset(reference(), 'schemaVersion'));
  expect(result.ok).toBe(true);
  expect(warningLines(result)).toEqual([
    'schemaVersion: версия формата не указана: профиль прочитан как версия 1; добавьте строку schemaVersion: 1',
    'company.offering: не указано, что продаёт компания: тексты написаны для поставок товаров; укажите company.offering: goods, services, projects, subscription или production',
  ]);
});

test('a newer schema version asks to update opkit', () => {
  expect(errorsOf({ ...reference(), schemaVersion: 3 })).toEqual([
    'schemaVersion: профиль записан в формате версии 3, а эта версия opkit понимает формат не новее версии 2: обновите opkit',
  ]);
});

test('a schema version that is not a positive integer', () => {
  expect(errorsOf({ ...reference(), schemaVersion: '1' })).toEqual([
    'schemaVersion: версия формата — целое число, например 1; указано: "1"',
  ]);
  expect(errorsOf({ ...reference(), schemaVersion: 1.5 })).toEqual([
    'schemaVersion: версия формата — целое число, например 1; указано: 1.5',
  ]);
  expect(errorsOf({ ...reference(), schemaVersion: 0 })).toEqual(['schemaVersion: версия формата — целое число, например 1; указано: 0']);
});

test('migrations run in order from the profile version to the current one', () => {
  const steps: Migration[] = [
    { from: 1, summary: 'rename a', up: ({ a, ...rest }) => ({ ...rest, b: a }) },
    { from: 2, summary: 'wrap b', up: ({ b, ...rest }) => ({ ...rest, c: [b] }) },
  ];
  expect(migrateProfile({ schemaVersion: 1, a: 'x' }, steps, 3)).toEqual({
    ok: true,
    data: { schemaVersion: 3, c: ['x'] },
    fromVersion: 1,
    warnings: [],
  });
  expect(migrateProfile({ schemaVersion: 2, b: 'y' }, steps, 3)).toMatchObject({ ok: true, data: { schemaVersion: 3, c: ['y'] } });
});

test('a gap in the migrations is an error, not a silent pass', () => {
  const result = migrateProfile({ schemaVersion: 1 }, [], 2);
  expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
    'формат версии 1 не поддерживается: нет способа перевести его в версию 2',
  ]);
});

test('migration does not change the object it was given', () => {
  const raw = { a: 1 };
  migrateProfile(raw);
  expect(raw).toEqual({ a: 1 });
});

test('something that is not a mapping', () => {
  for (const raw of [null, [], 'text', 5]) {
    expect(errorsOf(raw)).toEqual(['профиль должен быть объектом (набором полей)']);
  }
});
