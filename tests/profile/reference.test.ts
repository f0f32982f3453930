import { PROFILE_FILES } from '../support/profiles.ts';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { loadProfile } from '../../src/core/profile/load.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { SHARED_REFERENCE_PATH, fixture, reference } from './helpers.ts';

/** Paths of every `undefined` in a value: the parsed profile must have none (strict templates). */
function undefinedPaths(value: unknown, path = ''): string[] {
  if (value === undefined) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => undefinedPaths(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, path === '' ? k : `${path}.${k}`));
  }
  return [];
}

/** Paths of the output type where a key may be missing; strict templates need none. */
type OptionalPaths<T, P extends string = ''> =
  T extends ReadonlyArray<infer U>
    ? OptionalPaths<U, `${P}[]`>
    : T extends object
      ? {
          [K in keyof T & string]-?:
            | (undefined extends T[K] ? `${P}.${K}` : never)
            | OptionalPaths<Exclude<T[K], null | undefined>, `${P}.${K}`>;
        }[keyof T & string]
      : never;

test('the Profile type has no optional key anywhere (checked by tsc)', () => {
  expectTypeOf<OptionalPaths<Profile>>().toEqualTypeOf<never>();
});

describe('the reference profile', () => {
  test('validates through the migration from version 1, whose only warning is that it does not say what it sells', () => {
    const result = validateProfile(reference());
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.path, w.code])).toEqual([['company.offering', 'offering-defaulted']]);
    expect(result.ok && result.profile.schemaVersion).toBe(2);
    expect(result.ok && result.profile.company.offering).toBe('goods');
  });

  test('keeps every value it was given and fills the optional fields', () => {
    const result = validateProfile(reference());
    if (!result.ok) throw new Error('reference must validate');
    const { profile } = result;
    expect(profile.department.positions.map((p) => [p.id, p.headcount, p.salary])).toEqual([
      ['rop', 1, 120000],
      ['manager', 4, 50000],
      ['account', 1, 70000],
      ['lead', 2, 35000],
    ]);
    expect(profile.company).toMatchObject({ inn: '6671234567', fullName: null, averageSalesCycleDays: 45 });
    expect(profile.company.director).toEqual({
      position: 'Генеральный директор',
      fullName: 'Петров Андрей Викторович',
      gender: null,
      positionCases: null,
    });
    expect(profile.department.positions[2]).toMatchObject({ revenueSharePct: 30, employees: [], duties: [], titleCases: null });
    expect(profile.plan).toMatchObject({ recurringRevenuePct: 60, maxPayrollSharePct: 40 });
    expect(profile.kpis[0]?.items[0]).toEqual({
      kpi: 'revenue',
      name: null,
      unit: null,
      source: null,
      direction: null,
      weight: 70,
      period: 'month',
      scope: 'department',
      plan: null,
      curve: null,
      firmKpi: null,
    });
    expect(profile.motivation[2]).toEqual({
      position: 'account',
      scheme: 'revenue-percent',
      base: 'margin',
      rateCurve: [
        [0, 0],
        [60, 0],
        [60, 2],
        [100, 2],
        [100, 3],
      ],
      maxBonus: null,
      period: 'month',
    });
    expect(profile.company).toMatchObject({ offering: 'goods', channels: null, units: null });
    expect(profile.department.positions[0]).toMatchObject({ probationMonths: 3, deputyDirector: false });
    expect(profile.plan).toMatchObject({ productLines: null, rampUp: [50, 80, 100] });
    expect(profile.clients).toEqual({ segments: null, handover: null, commercialPolicy: null });
    expect(profile.processes).toMatchObject({ accounting: null, activityNorms: null, deductions: null });
    expect(profile.kpis[3]?.items[1]).toMatchObject({ kpi: 'custom', unit: 'percent' });
    expect(profile.processes.meetings).toEqual({ daily: true, weekly: 'monday', monthly: true });
    expect(profile.documents).toEqual({ include: null, approvalDate: '2027-01-15', font: 'Times New Roman', fontSize: 12, overrides: [] });
  });

  test('parses to an output with no undefined anywhere', () => {
    const result = validateProfile(reference());
    expect(result.ok && undefinedPaths(result.profile)).toEqual([]);
  });
});

describe('valid fixtures', () => {
  const files = PROFILE_FILES;

  test('there are several of different shapes', () => {
    expect(files).toEqual(
      expect.arrayContaining(['tehnosnab.yaml', 'karpov-ip.yaml', 'dala-too-kz.yaml', 'nordline-eur-40.yaml', 'example.yaml']),
    );
  });

  // The copy of the shared reference stays in version 1: it is read through the migration, with its warning.
  const MIGRATED = new Set(['tehnosnab.yaml']);

  test.each(files)('%s validates with no errors and no warnings but the migration’s, and its output is total', (file) => {
    const result = loadProfile(fixture(file), file);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toEqual(MIGRATED.has(file) ? ['offering-defaulted'] : []);
    expect(result.ok && undefinedPaths(result.profile)).toEqual([]);
  });

  test('every fixture but the reference copy is written in the current version', () => {
    for (const file of files.filter((f) => !MIGRATED.has(f)))
      expect(fixture(file), file).toMatch(/^schemaVersion: 2\b|"schemaVersion": 2\b/m);
  });

  test.skipIf(!existsSync(SHARED_REFERENCE_PATH))('the copy of the reference is the shared contract', () => {
    expect(fixture('tehnosnab.yaml')).toBe(readFileSync(SHARED_REFERENCE_PATH, 'utf8'));
  });

  test('the documented example describes the reference company', () => {
    const example = loadProfile(fixture('example.yaml'));
    const ref = validateProfile(reference());
    if (!example.ok || !ref.ok) throw new Error('both must validate');
    const director = { ...example.profile.company.director, gender: null };
    expect({ ...example.profile, company: { ...example.profile.company, director } }).toEqual(ref.profile);
  });

  test('the ИП has one sales manager under the owner and no CRM', () => {
    const result = loadProfile(fixture('karpov-ip.yaml'));
    if (!result.ok) throw new Error('must validate');
    const { company, department, processes, documents } = result.profile;
    expect(company).toMatchObject({ legalForm: 'ИП', country: 'RU' });
    expect(department.positions).toHaveLength(1);
    expect(department.positions[0]).toMatchObject({ role: 'sales-manager', reportsTo: 'director' });
    expect(processes.crm).toBeNull();
    expect(documents).toEqual({ include: null, approvalDate: null, font: 'Times New Roman', fontSize: 12, overrides: [] });
  });

  test('the ТОО pays in tenge, has no monthly meeting and normalises «среда» and 10.01.2027', () => {
    const result = loadProfile(fixture('dala-too-kz.yaml'));
    if (!result.ok) throw new Error('must validate');
    expect(result.profile.currency).toBe('KZT');
    expect(result.profile.company.country).toBe('KZ');
    expect(result.profile.processes.meetings).toEqual({ daily: true, weekly: 'wednesday', monthly: false });
    expect(result.profile.documents.approvalDate).toBe('2027-01-10');
  });

  test('the 40-person department uses every catalog role and a custom one', () => {
    const result = loadProfile(fixture('nordline-eur-40.yaml'));
    if (!result.ok) throw new Error('must validate');
    const { positions } = result.profile.department;
    expect(positions.reduce((sum, p) => sum + p.headcount, 0)).toBe(40);
    expect(new Set(positions.map((p) => p.role))).toEqual(
      new Set([
        'head-of-sales',
        'team-lead',
        'sales-manager',
        'key-account-manager',
        'lead-generation',
        'sales-assistant',
        'marketing-manager',
        'tender-specialist',
        'custom',
      ]),
    );
    expect(result.profile.company.country).toBe('other');
    expect(result.profile.currency).toBe('EUR');
  });
});
