/**
 * Findings 5 and 6 of issue 16: every input has limits with messages (the path and the limit),
 * and input that passes validation never ends in an internal error: numbers are bounded so
 * every derived figure is finite, dates lie within 2000–2100, ids fit in a file name, and a
 * list of 150 000 wrong items is reported in a few lines, not with a stack overflow.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { loadAnswers } from '../../src/core/audit/load-answers.ts';
import { checkProfileText } from '../../src/core/check.ts';
import { russianHyphenation } from '../../src/core/render/pdf/hyphenate.ts';
import { exportFileName } from '../../src/wizard/state/profile-file.ts';
import { current, errorsOf, set } from '../profile/helpers.ts';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';
import { opkit, yaml } from './support.ts';

let work: string;
beforeAll(() => {
  work = tempDir('limits');
});
afterAll(() => removeDir(work));

const positions = (p: Record<string, unknown>) => (p['department'] as { positions: Array<Record<string, unknown>> }).positions;

describe('text length', () => {
  test.each([
    ['company.name', 200],
    ['department.positions[0].title', 200],
    ['company.director.fullName', 200],
    ['company.industry', 1000],
  ])('%s is refused over %i characters, with the path and the limit', (path, limit) => {
    expect(errorsOf(set(current(), path, 'ж'.repeat(limit)))).toEqual([]);
    expect(errorsOf(set(current(), path, 'ж'.repeat(limit + 1)))).toEqual([`${path}: текст должен быть не длиннее ${limit} символов`]);
  });

  test('a duty is limited to 1 000 characters', () => {
    const profile = current();
    positions(profile)[0]!['duties'] = ['Ведёт переговоры', 'а'.repeat(1001)];
    expect(errorsOf(profile)).toEqual(['department.positions[0].duties[1]: текст должен быть не длиннее 1000 символов']);
  });

  test('a 50 MB string is refused by the shape guard before the schema, in well under a second', () => {
    const started = performance.now();
    expect(errorsOf(set(current(), 'company.name', 'я'.repeat(50_000_000)))).toEqual([
      'company.name: текст длиной 50\u00a0000\u00a0000 символов, допускается не больше 5\u00a0000',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test('an audit comment is limited to 5 000 characters', () => {
    const [first, ...rest] = CHECKLIST.questions.map((q) => q.id);
    const answers = (comment: string) =>
      yaml({
        schemaVersion: 1,
        company: { name: 'Альфа' },
        answers: { [first as string]: { answer: 'partly', comment }, ...Object.fromEntries(rest.map((id) => [id, 'yes'])) },
      });
    expect(loadAnswers(answers('к'.repeat(5000)), 'a.yaml').ok).toBe(true);
    const started = performance.now();
    const result = loadAnswers(answers('к'.repeat(100_000)), 'a.yaml');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors[0]).toMatchObject({ path: `answers.${first}.comment`, message: expect.stringContaining('5\u00a0000') });
  });
});

describe('lists and numbers', () => {
  test('a list of 201 items is refused with its path and the limit', () => {
    const profile = current();
    positions(profile)[0]!['duties'] = Array.from({ length: 201 }, (_, i) => `Обязанность ${i + 1}`);
    expect(errorsOf(profile)).toEqual(['department.positions[0].duties: в списке 201 элемент, допускается не больше 200']);
  });

  test.each([
    ['department.positions[0].headcount', 10_001, 'не больше 10000'],
    ['department.positions[0].headcount', 1e15, 'не больше 10000'],
    ['plan.revenue', 1e300, 'не больше 1000000000000'],
    ['department.positions[0].salary', 1e10, 'не больше 1000000000'],
    ['plan.funnel.leadsPerMonth', 1e9, 'не больше 1000000'],
  ])('%s = %d is refused (%s)', (path, value, bound) => {
    const errors = errorsOf(set(current(), path, value));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`${path}: должно быть ${bound}`);
  });

  test('the largest allowed figures pass every check of the profile and the math', () => {
    const profile = set(set(current(), 'plan.revenue', 1e12), 'plan.funnel.averageDeal', 1e12);
    set(profile, 'department.positions[1].headcount', 10_000);
    const result = checkProfileText(yaml(profile), 'big.yaml');
    if (!result.ok) expect(result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([]);
  });
});

describe('dates and ids', () => {
  test.each(['9999-12-31', '1999-12-31', '2101-01-01'])('approvalDate %s is outside 2000–2100 and refused', (date) => {
    const errors = errorsOf(set(current(), 'documents', { approvalDate: date }));
    expect(errors).toEqual([expect.stringMatching(/^documents\.approvalDate: дата \d\d\.\d\d\.\d{4} вне допустимых лет 2000–2100$/)]);
  });

  test('a date object from YAML with a five-digit year is no date', () => {
    expect(errorsOf(set(current(), 'documents', { approvalDate: new Date(Date.UTC(10000, 0, 1)) }))[0]).toMatch(
      /^documents\.approvalDate: нет такой даты/,
    );
  });

  test('a position id is at most 64 characters, so file names stay short', () => {
    const profile = current();
    const id = 'a'.repeat(240);
    positions(profile)[0]!['id'] = id;
    const errors = errorsOf(profile);
    expect(errors).toContain('department.positions[0].id: текст должен быть не длиннее 64 символов');
    expect(errors.join('\n').length).toBeLessThan(4000);
  });

  test('the wizard names the saved file after the company, cut to a safe length', () => {
    const name = exportFileName({ company: { name: 'Альфа'.repeat(600) } } as Parameters<typeof exportFileName>[0]);
    expect(name.endsWith('.opkit.yaml')).toBe(true);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200);
  });
});

describe('files and the command line', () => {
  test('a file over 1 MB is refused before parsing, with the limit in the message', () => {
    const file = writeTemp(work, 'big.yaml', `company:\n  name: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
    const r = opkit(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/файл слишком большой \(2\u00a0097\u00a0\d{3} байт\): профиль и файл ответов — не больше 1 МБ/);
    expect(r.ms).toBeLessThan(5000);
  });

  test('/dev/zero is read no further than the limit', () => {
    const r = opkit(['validate', '/dev/zero']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('файл слишком большой');
  });

  test('150 000 wrongly typed list items: exit 1, a capped report, no stack overflow', () => {
    const profile = current();
    positions(profile)[0]!['duties'] = Array.from({ length: 150_000 }, (_, i) => i);
    const file = writeTemp(work, 'items.json', JSON.stringify(profile));
    const r = opkit(['validate', file]);
    expect(r.stderr).not.toMatch(/Maximum call stack|внутренняя ошибка/);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('department.positions[0].duties: в списке 150\u00a0000 элементов, допускается не больше 200');
  });

  test('120 000 errors in 600 lists print at most 50 lines and count the rest', () => {
    const profile = current();
    const wrong = Array.from({ length: 200 }, () => 5);
    positions(profile)[0]!['duties'] = wrong;
    positions(profile)[0]!['employees'] = wrong;
    (profile['processes'] as Record<string, unknown>)['reports'] = wrong;
    const file = writeTemp(work, 'many.json', JSON.stringify(profile));
    const r = opkit(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeLessThanOrEqual(52);
    expect(lines.at(-1)).toMatch(/^ {2}и ещё \d+ ошиб(ка|ки|ок)$/);
  });

  test('deep nesting is refused in Russian, without the engine’s «Maximum call stack size exceeded»', () => {
    for (const [name, text] of [
      ['deep.yaml', `a: ${'['.repeat(100_000)}`],
      ['deep.json', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
      ['nest.yaml', `a: ${'{a: '.repeat(20_000)}1${'}'.repeat(20_000)}`],
    ] as const) {
      const r = opkit(['validate', writeTemp(work, name, text)]);
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain('слишком глубокая вложенность');
      expect(r.stderr, name).not.toMatch(/Maximum call stack|внутренняя ошибка/);
    }
  });

  test('an input that passed validation does not fail generation: revenue 1e12, headcount 10 000', { timeout: 120_000 }, () => {
    const profile = set(current(), 'plan.revenue', 1e12);
    set(profile, 'department.positions[1].headcount', 10_000);
    const file = writeTemp(work, 'edge.yaml', yaml(profile));
    const r = opkit(['generate', file, '--out', `${work}/edge`, '--format', 'html']);
    expect(r.stderr).not.toContain('внутренняя ошибка');
    expect(r.code).toBe(0);
  });
});

describe('hyphenation', () => {
  test('a 1 MB word is hyphenated in linear time', () => {
    const word = 'электроснабжение'.repeat(65_536);
    const started = performance.now();
    const points = russianHyphenation(word);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(points.length).toBeGreaterThan(65_536);
    expect(points.every((p, i) => p > 0 && p < word.length && (i === 0 || p > (points[i - 1] as number)))).toBe(true);
  });

  test('a real word keeps its Russian hyphenation points', () => {
    const word = 'электроснабжение';
    const marked = [...word].map((ch, i) => (russianHyphenation(word).includes(i) ? `-${ch}` : ch)).join('');
    expect(marked).toBe('элек-тро-снаб-же-ние');
  });
});
