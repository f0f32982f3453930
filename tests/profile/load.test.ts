import fc from 'fast-check';
import { expect, test } from 'vitest';
import { loadProfile, parseProfileText } from '../../src/core/profile/load.ts';
import { fixture } from './helpers.ts';

const messages = (text: string, fileName?: string) => {
  const result = parseProfileText(text, fileName);
  return result.ok ? [] : result.errors.map((e) => e.message);
};

test('empty, blank and comment-only files are empty', () => {
  expect(messages('')).toEqual(['файл пуст']);
  expect(messages(' \n\t\n')).toEqual(['файл пуст']);
  expect(messages('# только комментарий\n')).toEqual(['файл пуст: в нём только комментарии']);
  expect(messages('', 'profile.json')).toEqual(['файл пуст']);
});

test('a YAML syntax error names its line and column', () => {
  expect(messages('company:\n  name: Вектор\n   legalForm: ООО\n')).toEqual([
    'ошибка синтаксиса YAML в строке 2, столбец 9: неверный отступ или пропущено двоеточие после имени поля (проверьте строки 2–3)',
  ]);
  expect(messages('a: 1\nb: [1, 2\nc: 3\n')).toEqual(['ошибка синтаксиса YAML в строке 3, столбец 1: неверный отступ']);
  expect(messages('a: 1\na: 2\n')).toEqual(['ошибка синтаксиса YAML в строке 2, столбец 1: поле указано дважды']);
  expect(messages('a:\n\t- x\n')).toEqual([
    'ошибка синтаксиса YAML в строке 2, столбец 1: для отступов использована табуляция, нужны пробелы',
  ]);
});

test('a YAML error in a fixture points into the file', () => {
  const result = loadProfile(fixture('invalid/yaml-syntax-error.yaml'));
  expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([['yaml-syntax', '']]);
  expect(result.ok ? '' : result.errors[0]?.message).toMatch(/в строке 8, столбец 9/);
});

test('an alias to a missing anchor is an error, not an exception', () => {
  expect(messages('a: *nowhere\n')[0]).toMatch(/^ошибка YAML/);
});

test('a .json file is read as strict JSON and its errors say JSON', () => {
  expect(messages('{"a": 1,}', 'profile.json')).toEqual([
    'ошибка синтаксиса JSON в строке 1, столбец 9: имя поля должно быть в двойных кавычках (или перед } стоит лишняя запятая)',
  ]);
  expect(messages('{\n  "a": 1\n  "b": 2\n}', 'PROFILE.JSON')).toEqual([
    'ошибка синтаксиса JSON в строке 3, столбец 3: пропущена запятая или закрывающая }',
  ]);
  expect(messages('{"a": [1, 2', 'p.json')).toEqual(['ошибка синтаксиса JSON в строке 1, столбец 12: пропущена запятая или закрывающая ]']);
  expect(messages('{"a":', 'p.json')).toEqual([
    'ошибка синтаксиса JSON в строке 1, столбец 6: файл обрывается: не хватает закрывающей скобки или кавычки',
  ]);
  expect(messages('a: 1', 'p.json')[0]).toMatch(/^ошибка синтаксиса JSON/);
});

test('JSON without a .json name is read as YAML, which contains it', () => {
  expect(parseProfileText('{"schemaVersion": 1, "currency": "RUB"}')).toEqual({
    ok: true,
    data: { schemaVersion: 1, currency: 'RUB' },
  });
});

test('a document that is not a mapping says what it is instead', () => {
  expect(messages('- a\n- b\n')).toEqual(['профиль должен быть объектом (набором полей «имя: значение»), а не списком']);
  expect(messages('просто текст')).toEqual(['профиль должен быть объектом (набором полей «имя: значение»), а не строкой']);
  expect(messages('42')).toEqual(['профиль должен быть объектом (набором полей «имя: значение»), а не числом']);
  expect(messages('[1, 2]', 'p.json')).toEqual(['профиль должен быть объектом (набором полей «имя: значение»), а не списком']);
});

test('a byte order mark is ignored', () => {
  expect(parseProfileText('\uFEFFa: 1\n')).toEqual({ ok: true, data: { a: 1 } });
});

test('YAML dates stay text: the profile normalises them itself', () => {
  expect(parseProfileText('d: 2027-01-15\n')).toEqual({ ok: true, data: { d: '2027-01-15' } });
});

test('loading never throws, whatever the text', () => {
  fc.assert(
    fc.property(fc.string(), fc.constantFrom(undefined, 'p.yaml', 'p.json'), (text, name) => {
      const result = loadProfile(text, name);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }),
    { numRuns: 300 },
  );
});
