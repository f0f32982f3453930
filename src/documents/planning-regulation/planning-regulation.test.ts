/**
 * «Регламент планирования и отчётности»: the reference names its CRM, its weekly meeting day,
 * every report, the status thresholds and runs to four pages or more; a company without CRM or
 * head of sales (karpov-ip) is not told about a CRM and its director takes the head's part;
 * a profile without a monthly meeting (dala-too-kz) has no monthly meeting clause.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Profile } from '../../core/profile/schema.ts';
import { LEAKS } from '../../../tests/support/leaks.ts';
import { fixtureProfile, profileFromFile } from '../../../tests/support/packs.ts';
import { packSet } from '../../../tests/support/pack-set.ts';
import { REFERENCE_PROFILE } from '../../../tests/support/reference.ts';
import { pdfPageCount, pdfText, squash } from '../../../tests/support/readers.ts';

const packs = packSet('planning-regulation');
const build = (name: string, profile: Profile) => packs.build(name, profile, ['pdf']);
const file = (name: string) => packs.file(name, 'planning-regulation', 'pdf');
const text = (name: string) => squash(pdfText(file(name))).replace(/-\s+/g, '-');

beforeAll(async () => {
  await build('reference', profileFromFile(REFERENCE_PROFILE));
  await build('karpov', fixtureProfile('karpov-ip.yaml'));
  await build('dala', fixtureProfile('dala-too-kz.yaml'));
}, 120_000);
afterAll(() => packs.remove());

describe('reference regulation', () => {
  test('names the CRM, the weekly day, every report and the thresholds', () => {
    const t = text('reference');
    expect(t).toContain('РЕГЛАМЕНТ');
    expect(t).toContain('планирования и отчётности отдела продаж');
    expect(t).toContain('Битрикс24');
    expect(t).toContain('по понедельникам');
    for (const name of ['Ежедневный отчёт об активности', 'Еженедельный отчёт о воронке продаж', 'Ежемесячный отчёт план/факт']) {
      expect(t).toContain(name);
    }
    expect(t).toMatch(/95\s*% и более/);
    expect(t).toMatch(/от 80 до 95\s*%/);
    expect(t).toMatch(/менее 80\s*%/);
    // Approved on 15 January 2027: this year's plan is approved with the Regulation, December deadlines start next year.
    expect(t).not.toContain('до 1 декабря 2026 г.');
    expect(t).toMatch(/одновременно\s+с\s+настоящим\s+Регламентом,\s+15\s+января\s+2027\s+г\./);
    expect(t).toContain('Ежедневная планёрка');
    expect(t).toContain('Совещание по итогам месяца');
    expect(t).toContain('ЛИСТ ОЗНАКОМЛЕНИЯ');
    expect(t).not.toMatch(LEAKS);
    expect(t).not.toMatch(/г\.\./);
  });

  test('runs to four pages or more', () => {
    expect(pdfPageCount(file('reference'))).toBeGreaterThanOrEqual(4);
  });
});

describe('karpov-ip: no CRM, no head of sales, no daily meeting', () => {
  test('no CRM is claimed and the director leads', () => {
    const t = text('karpov');
    expect(t).not.toContain('Битрикс24');
    expect(t).not.toMatch(/в CRM|CRM/);
    expect(t).toContain('в учётной базе клиентов');
    expect(t).toContain('Индивидуальный предприниматель');
    expect(t).not.toContain('Руководитель отдела продаж');
    expect(t).not.toContain('Ежедневная планёрка');
    expect(t).toContain('Совещание по итогам месяца');
    expect(t).not.toMatch(LEAKS);
  });
});

describe('dala-too-kz: no monthly meeting', () => {
  test('no monthly meeting clause, the weekly day and amoCRM are named', () => {
    const t = text('dala');
    expect(t).not.toContain('Совещание по итогам месяца');
    expect(t).toContain('по средам');
    expect(t).toContain('amoCRM');
    expect(t).toContain('Отчёт о дебиторской задолженности');
    expect(t).not.toMatch(LEAKS);
  });
});
