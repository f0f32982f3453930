/**
 * Profile version 2 (../shared/spec/profile-v2.md): the migration from version 1 and the rules
 * the new fields bring, each provoked on the reference profile written in the current version.
 */
import { describe, expect, test } from 'vitest';
import { positionKpiPlans } from '../../src/core/math/plans.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { current, errorLines, reference, set, warningLines } from './helpers.ts';

const valid = (raw: Record<string, unknown>) => {
  const result = validateProfile(raw);
  if (!result.ok) throw new Error(errorLines(result).join('\n'));
  return result.profile;
};

describe('migration from version 1', () => {
  test('free-text units become units; an unknown one is read as a count, with a warning', () => {
    const p = reference();
    set(p, 'kpis[3].items[1].unit', 'шт.');
    expect(valid(p).kpis[3]?.items[1]?.unit).toBe('count');
    set(p, 'kpis[3].items[1].unit', 'чел.');
    const result = validateProfile(p);
    expect(result.ok && result.profile.kpis[3]?.items[1]?.unit).toBe('count');
    expect(warningLines(result)).toContain(
      'kpis[3].items[1].unit: единица «чел.» прочитана как штуки (count); если это не так, укажите unit: currency, percent, days, hours, minutes или yesno',
    );
  });

  test('a money gross-margin of version 1 becomes gross-profit; a small one is read as the margin in percent', () => {
    const money = set(reference(), 'kpis[1].items[2]', { kpi: 'gross-margin', weight: 20, period: 'month', plan: 1_000_000 });
    const migrated = validateProfile(money);
    expect(migrated.ok && migrated.profile.kpis[1]?.items[2]?.kpi).toBe('gross-profit');
    expect(migrated.warnings.map((w) => w.code)).toContain('gross-margin-migrated');
    const percent = valid(set(reference(), 'kpis[1].items[2]', { kpi: 'gross-margin', weight: 20, period: 'month', plan: 20 }));
    expect(percent.kpis[1]?.items[2]).toMatchObject({ kpi: 'gross-margin', plan: 20 });
  });

  test('a version 2 profile is read strictly: a free-text unit is an error there', () => {
    const p = set(current(), 'kpis[3].items[1].unit', '%');
    expect(errorLines(validateProfile(p))).toEqual([
      'kpis[3].items[1].unit: недопустимое значение "%"; допустимы: currency, count, percent, days, hours, minutes, yesno',
    ]);
  });
});

describe('units of KPI plans', () => {
  test('a money plan of 20 looks like a percent', () => {
    const p = set(current(), 'kpis[1].items[2]', { kpi: 'gross-profit', weight: 20, period: 'month', plan: 20 });
    expect(errorLines(validateProfile(p))[0]).toMatch(
      /^kpis\[1\]\.items\[2\]\.plan: план 20 для денежного показателя — меньше 1000: похоже на процент/,
    );
  });

  test('a percent plan above 100 looks like money', () => {
    const p = set(current(), 'kpis[1].items[2]', { kpi: 'gross-margin', weight: 20, period: 'month', plan: 44_000_000 });
    expect(errorLines(validateProfile(p))[0]).toMatch(/план 44000000 % для показателя в процентах больше 100 %: похоже на сумму/);
  });

  test('a small money limit to stay under is a real figure', () => {
    const p = set(current(), 'kpis[3].items[1]', { kpi: 'cost-per-lead', weight: 30, period: 'month', plan: 500 });
    expect(validateProfile(p).ok).toBe(true);
  });

  test('gross profit derives from revenue × margin and splits like revenue; gross margin is the plan’s rate', () => {
    const p = current();
    set(p, 'kpis[1].items[2]', { kpi: 'gross-profit', weight: 10, period: 'month' });
    set(p, 'kpis[1].items[0].weight', 50);
    set(p, 'kpis[1].items[1].weight', 20);
    set(p, 'kpis[1].items[3]', { kpi: 'gross-margin', weight: 20, period: 'month' });
    const profile = valid(p);
    const [revenue, , profit, margin] = positionKpiPlans(profile, 'manager');
    expect(profit?.plan).toBeCloseTo(((revenue?.plan ?? 0) * profile.plan.grossMarginPct) / 100, 6);
    expect(margin?.plan).toBe(profile.plan.grossMarginPct);
  });

  test('a yes/no KPI needs no plan and is planned as done', () => {
    const p = set(current(), 'kpis[3].items[1]', { kpi: 'custom', name: 'Отчёт сдан в срок', unit: 'yesno', weight: 30, period: 'month' });
    const plans = positionKpiPlans(valid(p), 'lead');
    expect(plans[1]).toMatchObject({ plan: 1, explicit: true });
  });
});

describe('structure', () => {
  /** The reference with its four managers split into two groups under a team lead of two seats. */
  function withTeamLeads(): Record<string, unknown> {
    const p = current();
    const positions = (p['department'] as { positions: unknown[] }).positions;
    positions.push({
      id: 'group-lead',
      title: 'Руководитель группы продаж',
      role: 'team-lead',
      headcount: 2,
      reportsTo: 'rop',
      salary: 80000,
    });
    set(p, 'department.positions[1].reportsTo', 'group-lead');
    (p['kpis'] as unknown[]).push({ position: 'group-lead', items: [{ kpi: 'revenue', scope: 'group', weight: 100, period: 'month' }] });
    return p;
  }

  test('a team lead’s group plan is the sum of its managers’ personal plans, per group', () => {
    const profile = valid(withTeamLeads());
    const personal = positionKpiPlans(profile, 'manager')[0]?.plan ?? 0;
    // Four managers, two team leads: each group holds two.
    expect(positionKpiPlans(profile, 'group-lead')[0]?.plan).toBeCloseTo(personal * 2, 6);
  });

  test('a team lead with nobody under it, and a group plan where there is no group', () => {
    const p = withTeamLeads();
    set(p, 'department.positions[1].reportsTo', 'rop');
    expect(errorLines(validateProfile(p))).toEqual([
      'department.positions[4].role: руководитель группы "group-lead" никем не руководит: укажите reportsTo: group-lead у менеджеров его группы или выберите другую роль',
      'kpis[4].items[0].scope: план группы (scope: group) есть только у должности, которой подчиняются менеджеры; у "group-lead" подчинённых нет: выберите personal или department',
    ]);
  });

  test('probation over the country’s maximum, unless the position is the deputy director', () => {
    const p = set(current(), 'department.positions[0].probationMonths', 6);
    expect(errorLines(validateProfile(p))).toEqual([
      'department.positions[0].probationMonths: испытательный срок не может быть больше 3 мес. (Трудовой кодекс РФ); 6 месяцев допускаются для заместителя руководителя организации — отметьте deputyDirector: true, если это так',
    ]);
    set(p, 'department.positions[0].deputyDirector', true);
    expect(validateProfile(p).ok).toBe(true);
  });

  test('channels: shares sum to 100, each type once, owners are positions', () => {
    const p = set(current(), 'company.channels', [
      { type: 'direct', sharePct: 70, owner: 'rop' },
      { type: 'direct', sharePct: 20, owner: 'dealer-manager' },
    ]);
    expect(errorLines(validateProfile(p))).toEqual([
      'company.channels[1].type: канал direct указан дважды: объедините доли в одной записи',
      'company.channels: доли каналов в сумме 90 %, должно быть 100 %',
      'company.channels[1].owner: нет должности с id "dealer-manager"; должности: rop, manager, account, lead',
    ]);
  });

  test('clients: owners, hand-over and discount limits name positions', () => {
    const p = set(current(), 'clients', {
      segments: [{ id: 'a', name: 'A', minAnnualRevenue: 5_000_000, owner: 'kam', contactEveryDays: 14 }],
      handover: { from: 'manager', to: 'account', when: 'after-months' },
      commercialPolicy: {
        discounts: [
          { position: 'manager', maxPct: 5 },
          { position: 'director', maxPct: 15 },
        ],
        paymentTerms: 'mixed',
        maxDeferralDays: 30,
        creditApprover: 'rop',
      },
    });
    expect(errorLines(validateProfile(p))).toEqual([
      'clients.segments[0].owner: нет должности с id "kam"; должности: rop, manager, account, lead',
      'clients.handover.afterMonths: для when: after-months укажите afterMonths — через сколько месяцев передаётся клиент',
    ]);
  });

  test('bonus reductions never take more than the whole variable pay', () => {
    const p = set(current(), 'processes.deductions', [
      { reason: 'Сделка не внесена в CRM', pct: 60 },
      { reason: 'Отчёт не сдан', pct: 50 },
    ]);
    expect(errorLines(validateProfile(p))).toEqual([
      'processes.deductions: снижения премии в сумме 110 %: за период премия снижается не более чем на 100 % переменной части, оклад не затрагивается; уменьшите проценты',
    ]);
  });
});
