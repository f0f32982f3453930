import { expect, test } from 'vitest';
import { issue } from '../../src/core/profile/issues.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { current, errorLines, set, unset, warningLines } from './helpers.ts';

test('more than five KPIs for one position', () => {
  const items = [
    { kpi: 'revenue', weight: 50, period: 'month' },
    { kpi: 'new-clients', weight: 10, period: 'month' },
    { kpi: 'overdue-receivables', weight: 10, period: 'month', plan: 5 },
    { kpi: 'calls', weight: 10, period: 'month', plan: 600 },
    { kpi: 'meetings-held', weight: 10, period: 'month', plan: 20 },
    { kpi: 'proposals-sent', weight: 10, period: 'month', plan: 15 },
  ];
  const result = validateProfile(set(current(), 'kpis[1].items', items));
  expect(result.ok).toBe(true);
  expect(warningLines(result)).toEqual([
    'kpis[1].items: у должности "manager" 6 показателей: больше 5 размывают внимание, обычно хватает 3–5',
  ]);
});

test('a KPI weight under 10 %', () => {
  const p = current();
  set(p, 'kpis[1].items[0].weight', 75);
  set(p, 'kpis[1].items[2].weight', 5);
  const result = validateProfile(p);
  expect(warningLines(result)).toEqual(['kpis[1].items[2].weight: вес 5 % меньше 10 %: такой показатель почти не влияет на премию']);
});

test('a position without a motivation entry is paid salary only, with a warning', () => {
  const p = current();
  set(p, 'motivation', (p['motivation'] as unknown[]).slice(0, 3));
  const result = validateProfile(p);
  expect(result.ok).toBe(true);
  expect(warningLines(result)).toEqual([
    'motivation: для должности "lead" нет записи в motivation: сотрудники получат только оклад (salary-only)',
  ]);
});

test('a revenue share on a position that has no personal revenue KPI is unused', () => {
  const result = validateProfile(set(current(), 'department.positions[3].revenueSharePct', 10));
  expect(warningLines(result)).toEqual([
    'department.positions[3].revenueSharePct: доля выручки задана, но у должности "lead" нет личного KPI revenue без своего plan: доля ни на что не влияет',
  ]);
});

test('warnings of the migration stay when the profile has errors', () => {
  const p = unset(current(), 'schemaVersion');
  set(p, 'currency', 'RUR');
  const result = validateProfile(p);
  expect(result.ok).toBe(false);
  expect(warningLines(result)).toHaveLength(1);
  expect(errorLines(result)).toHaveLength(1);
});

test('extra checks add their warnings, and their errors fail the profile', () => {
  const funnel = issue('warning', 'funnel-shortfall', 'plan.funnel', 'воронка даёт меньше, чем нужно');
  const broken = issue('error', 'payroll', 'plan', 'фонд оплаты труда не помещается');
  const ok = validateProfile(current(), { extraChecks: [() => [funnel]] });
  expect(ok).toMatchObject({ ok: true, warnings: [funnel] });
  const failed = validateProfile(current(), { extraChecks: [() => [funnel], (p) => (p.plan.year === 2027 ? [broken] : [])] });
  expect(failed).toEqual({ ok: false, errors: [broken], warnings: [funnel] });
});

test('extra checks do not run on an invalid profile', () => {
  let ran = false;
  validateProfile(set(current(), 'currency', 'RUR'), {
    extraChecks: [
      () => {
        ran = true;
        return [];
      },
    ],
  });
  expect(ran).toBe(false);
});
