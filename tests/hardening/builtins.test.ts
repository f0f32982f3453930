/**
 * Finding 4 of issue 16: text a user writes is looked up in maps that are Maps or have no
 * prototype, so «constructor», «__proto__» or «toString» is an unknown value like any other,
 * never a member of Object.prototype.
 */
import { describe, expect, test } from 'vitest';
import { loadAnswers } from '../../src/core/audit/load-answers.ts';
import { CHECKLIST } from '../../content/audit/checklist.ts';
import { checkProfileText } from '../../src/core/check.ts';
import { describePath } from '../../src/wizard/state/labels.ts';
import { importProfile } from '../../src/wizard/state/profile-file.ts';
import { current, errorsOf, set } from '../profile/helpers.ts';
import { opkit, yaml } from './support.ts';
import { removeDir, tempDir, writeTemp } from '../support/readers.ts';
import { afterAll, beforeAll } from 'vitest';

const BUILT_INS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

let work: string;
beforeAll(() => {
  work = tempDir('builtins');
});
afterAll(() => removeDir(work));

describe('the weekly meeting day', () => {
  test.each(BUILT_INS)('«%s» is refused with the field and the allowed days', (word) => {
    const errors = errorsOf(set(current(), 'processes.meetings.weekly', word));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^processes\.meetings\.weekly: недопустимое значение ".+"; укажите день недели/);
  });

  test('the Russian names still work', () => {
    expect(errorsOf(set(current(), 'processes.meetings.weekly', 'среду'))).toEqual([]);
  });

  test('the wizard refuses to import a profile with such a day, naming the field', () => {
    const result = importProfile(yaml(set(current(), 'processes.meetings.weekly', 'constructor')), 'x.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toEqual(['processes.meetings.weekly']);
  });

  test('the CLI exits 1 with the message, not 3', () => {
    const file = writeTemp(work, 'weekly.yaml', yaml(set(current(), 'processes.meetings.weekly', 'constructor')));
    const r = opkit(['validate', file]);
    expect(r.stderr).toContain('processes.meetings.weekly: недопустимое значение "constructor"');
    expect(r.code).toBe(1);
  });
});

describe('an audit answer', () => {
  function answersWith(value: unknown): string {
    const [first, ...rest] = CHECKLIST.questions.map((q) => q.id);
    const answers = Object.fromEntries([[first, value], ...rest.map((id) => [id, 'yes'])]);
    return yaml({ schemaVersion: 1, company: { name: 'Альфа' }, answers });
  }

  test.each(BUILT_INS)('«%s» is refused as an answer', (word) => {
    const result = loadAnswers(answersWith(word), 'a.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.message).toMatch(/^недопустимый ответ ".+"; допустимы: yes, partly, no, na/);
  });

  test('«constructor» in a long-form answer is refused too', () => {
    const result = loadAnswers(answersWith({ answer: 'constructor', comment: 'есть' }), 'a.yaml');
    expect(result.ok).toBe(false);
  });

  test('the CLI exits 1 with the message, not 3', () => {
    const file = writeTemp(work, 'answers.yaml', answersWith('constructor'));
    const r = opkit(['audit', file, '--out', `${work}/audit`]);
    expect(r.stderr).toContain('недопустимый ответ "constructor"');
    expect(r.stderr).not.toContain('внутренняя ошибка');
    expect(r.code).toBe(1);
  });
});

describe('other tables read with user text', () => {
  test('a legal form named like a built-in is printed as written', () => {
    const profile = set(set(current(), 'company.legalForm', 'constructor'), 'company.fullName', null);
    const result = checkProfileText(yaml(profile), 'p.yaml');
    expect(result.ok).toBe(true);
  });

  test('the wizard names an unknown field «constructor» by its path, not by a function', () => {
    const draft = current() as Parameters<typeof describePath>[0];
    expect(describePath(draft, 'constructor')).toBe('constructor');
    expect(describePath(draft, 'department.positions[0].constructor')).toMatch(/→ constructor$/);
  });
});
