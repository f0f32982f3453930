/** Every problem of a firm folder, whichever file it is in, printed one way by the CLI. */
import { expect, test } from 'vitest';
import { contentIssue, formatFirmIssues } from '../../src/core/firm/errors.ts';

test('the folder, firm.yaml and an override: each as «ошибка: file:line: field: message»', () => {
  const printed = formatFirmIssues([
    { file: 'firm', line: null, path: '', message: 'папка фирмы не найдена', code: 'firm-folder' },
    {
      file: 'firm/firm.yaml',
      line: 7,
      path: 'branding.accent',
      message: 'цвет записывается шестью шестнадцатеричными цифрами',
      code: 'custom',
    },
    contentIssue({ file: '/abs/firm/overrides.yaml', line: 12, message: 'ошибка в шаблоне' }, 'firm/overrides.yaml'),
  ]);
  expect(printed.split('\n')).toEqual([
    '  ошибка: firm: папка фирмы не найдена',
    '  ошибка: firm/firm.yaml:7: branding.accent: цвет записывается шестью шестнадцатеричными цифрами',
    '  ошибка: firm/overrides.yaml:12: ошибка в шаблоне',
  ]);
});

test('a catalog with thousands of bad entries prints the first fifty and counts the rest', () => {
  const problems = Array.from({ length: 1_234 }, (_, i) =>
    contentIssue({ file: '', line: i + 1, message: 'нет поля «name»' }, 'firm/catalogs/roles.yaml'),
  );
  const lines = formatFirmIssues(problems).split('\n');
  expect(lines).toHaveLength(51);
  expect(lines[49]).toBe('  ошибка: firm/catalogs/roles.yaml:50: нет поля «name»');
  // Thousands are grouped with a no-break space, as everywhere in the pack.
  expect(lines[50]).toMatch(/^ {2}и ещё 1\s184 ошибки$/);
});
