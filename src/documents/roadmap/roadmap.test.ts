/**
 * «Дорожная карта внедрения»: approved, not signed by staff; weeks counted from the approval
 * date with calendar dates from its first Monday; the head of sales runs the steps, or the
 * director when there is none; a company without CRM gets a step to choose one.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { profilePath } from '../../../tests/support/profiles.ts';
import { firstMonday } from './view.ts';
import { REFERENCE_PROFILE } from '../../../tests/support/reference.ts';
import { pdfText, squash } from '../../../tests/support/readers.ts';

const packs = packSet('roadmap');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf']);
const text = (name: string) => squash(pdfText(packs.file(name, 'roadmap', 'pdf'))).replace(/-\s+/g, '-');

beforeAll(async () => {
  await build('reference', profileFromFile(REFERENCE_PROFILE));
  await build(
    'undated',
    profileFromFile(REFERENCE_PROFILE, (t) => t.replace(/^\s*approvalDate: .*$/m, '')),
  );
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build('weak-funnel', fixtureProfile('warnings/weak-funnel.yaml'));
  await build(
    'weak-undated',
    profileFromFile(profilePath('warnings/weak-funnel.yaml'), (t) => t.replace(/^\s*approvalDate: .*$/m, '')),
  );
}, 120_000);
afterAll(() => packs.remove());

test('week 1 starts on the Monday on or after the approval date', () => {
  expect(firstMonday('2027-01-15')).toBe('2027-01-18');
  expect(firstMonday('2027-01-18')).toBe('2027-01-18');
  expect(firstMonday('2027-01-10')).toBe('2027-01-11');
});

describe('reference roadmap', () => {
  test('phases in order, dates from 15.01.2027, the head of sales responsible', () => {
    const t = text('reference');
    expect(t).toContain('ДОРОЖНАЯ КАРТА');
    expect(t).toContain('внедрения системы управления продажами');
    expect(t).toContain('нед. 1–2, с 18.01.2027 по 29.01.2027');
    expect(t).toContain('неделя 1 начинается 18 января 2027 г.');
    expect(t).toContain('Руководитель отдела продаж');
    const order = ['Организационные решения', 'Решения по персоналу', 'Автоматизация', 'Контроль исполнения'].map((h) => t.indexOf(h));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] as number)))).toBe(true);
    expect(t).toContain('«в тени»');
    expect(t).toContain('Регламенту работы в Битрикс24');
    expect(t).toContain('по понедельникам');
    expect(t).not.toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
    expect(t).not.toMatch(/г\.\./);
  });

  test('without an approval date only weeks are given', () => {
    const t = text('undated');
    expect(t).toContain('нед. 1–2');
    expect(t).not.toMatch(/\d\d\.\d\d\.\d{4}/);
    expect(t).not.toMatch(LEAKS);
  });
});

describe('karpov-ip: no CRM, no head of sales', () => {
  test('the entrepreneur is responsible and a CRM is to be chosen', () => {
    const t = text('karpov');
    expect(t).toContain('Индивидуальный предприниматель');
    expect(t).not.toContain('Руководитель отдела продаж');
    expect(t).toContain('Выбор CRM-системы');
    expect(t).not.toMatch(/Битрикс24|в CRM\b|Регламент работы в/);
    expect(t).not.toMatch(LEAKS);
  });
});

describe('a funnel that cannot feed the plan (weak-funnel.yaml)', () => {
  test('a dated step raises the lead flow to what the plan needs, in order with the other steps', () => {
    const t = text('weak-funnel');
    // 150 leads a month against the 360 the reverse funnel needs; approval on 15.01.2027, week 1 from 18.01.
    expect(t).toContain(
      'Закрытие разрыва между планом и воронкой продаж: рост потока лидов до 360 в месяц (сейчас 150) или другая мера из Плана продаж на 2027 год',
    );
    expect(t).toContain('нед. 5–13, с 15.02.2027 по 16.04.2027');
    expect(t).toContain('поток не менее 360 лидов в месяц по данным Битрикс24');
    // Rows run by their start: the plan's approval (week 5), this step (weeks 5–13), then week 6.
    const plan = t.indexOf('нед. 5–6');
    const gap = t.indexOf('нед. 5–13');
    const next = t.indexOf('нед. 6–9');
    expect(plan).toBeGreaterThan(0);
    expect(gap).toBeGreaterThan(plan);
    expect(next).toBeGreaterThan(gap);
  });

  test('the step counts weeks only without an approval date; no step when the funnel covers the plan', () => {
    expect(text('weak-undated')).toMatch(/рост потока лидов до 360 в месяц .* нед\. 5–13 поток не менее 360 лидов/);
    expect(text('reference')).not.toContain('Закрытие разрыва');
  });
});
