import { describe, expect, it } from 'vitest';
import {
  averageMonthRevenue,
  departmentMonthlyRevenue,
  departmentQuarterlyRevenue,
  departmentRevenueFor,
} from '../../src/core/math/department-plan.ts';
import { MathError } from '../../src/core/math/errors.ts';
import { kpiPlan, monthlyRevenuePlan, personalRevenueShare, positionKpiPlans, revenuePlans } from '../../src/core/math/plans.ts';
import { reference, variant } from './profiles.ts';

const ref = reference();
const plansOf = (id: string) => positionKpiPlans(ref, id).map((p) => [p.kpi, p.plan]);

describe('reference plans (profile.md, «How plans are derived»)', () => {
  it('account manager: 240 000 000 / 12 × 30 % = 6 000 000 a month', () => {
    expect(kpiPlan(ref, 'account', 0).plan).toBe(6_000_000);
  });

  it('each of 4 sales managers: 240 000 000 / 12 × 70 % / 4 = 3 500 000 a month', () => {
    expect(kpiPlan(ref, 'manager', 0).plan).toBeCloseTo(3_500_000, 6);
  });

  it('sales manager new clients: 120 / 12 / 4 = 2,5 a month', () => {
    expect(kpiPlan(ref, 'manager', 1).plan).toBe(2.5);
  });

  it('lead generation: 400 × 25 % / 2 = 50 meetings a month', () => {
    expect(kpiPlan(ref, 'lead', 0).plan).toBe(50);
  });

  it('head of sales has the department plans: revenue a month, new clients a quarter', () => {
    expect(plansOf('rop')).toEqual([
      ['revenue', 20_000_000],
      ['new-clients', 30],
    ]);
  });

  it('an explicit plan wins, and the KPI keeps its direction', () => {
    const overdue = kpiPlan(ref, 'manager', 2);
    expect(overdue).toMatchObject({ kpi: 'overdue-receivables', plan: 5, explicit: true, direction: 'lower' });
    expect(kpiPlan(ref, 'account', 1)).toMatchObject({ plan: 85, explicit: true, period: 'quarter' });
    expect(kpiPlan(ref, 'lead', 1)).toMatchObject({ kpi: 'custom', name: 'Доля квалифицированных лидов', plan: 60, direction: 'higher' });
  });

  it('a derived plan can be overridden by an explicit one', () => {
    const p = variant((raw) => {
      raw.kpis[1]!.items[1]!['plan'] = 4;
    });
    expect(kpiPlan(p, 'manager', 1)).toMatchObject({ plan: 4, explicit: true });
  });

  it('revenue shares: the set share split by headcount, the rest by headcount among the others', () => {
    expect(personalRevenueShare(ref, 'account')).toBeCloseTo(0.3, 12);
    expect(personalRevenueShare(ref, 'manager')).toBeCloseTo(0.175, 12);
  });
});

describe('department plan by month and quarter', () => {
  it('applies seasonality to months and sums quarters', () => {
    const months = departmentMonthlyRevenue(ref);
    expect(months[0]).toBe(14_400_000);
    expect(months[11]).toBe(26_400_000);
    expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(240_000_000, 4);
    expect(departmentQuarterlyRevenue(ref).map((q) => q / 1e6)).toEqual([52.8, 57.6, 55.2, 74.4].map((q) => expect.closeTo(q, 9)));
  });

  it('makes months equal without seasonality', () => {
    const flat = variant((raw) => {
      delete raw.plan['seasonality'];
    });
    expect(new Set(departmentMonthlyRevenue(flat))).toEqual(new Set([20_000_000]));
  });

  it('uses the average month unless a month is asked for', () => {
    expect(averageMonthRevenue(ref)).toBe(20_000_000);
    expect(departmentRevenueFor(ref, 'month')).toBe(20_000_000);
    expect(departmentRevenueFor(ref, 'month', 1)).toBe(14_400_000);
    expect(departmentRevenueFor(ref, 'quarter', 5)).toBeCloseTo(57_600_000, 4);
    expect(departmentRevenueFor(ref, 'year', 5)).toBe(240_000_000);
  });

  it('gives KPI plans of a particular month', () => {
    expect(kpiPlan(ref, 'manager', 0, { month: 1 }).plan).toBeCloseTo(14_400_000 * 0.175, 4);
    expect(kpiPlan(ref, 'rop', 0, { month: 12 }).plan).toBe(26_400_000);
    // New clients and meetings are not seasonal: the profile gives no months for them.
    expect(kpiPlan(ref, 'manager', 1, { month: 1 }).plan).toBe(2.5);
  });

  it('gives each revenue position its plan per employee by month', () => {
    const byId = Object.fromEntries(revenuePlans(ref).map((p) => [p.positionId, p]));
    expect(Object.keys(byId)).toEqual(['rop', 'manager', 'account']);
    expect(byId['manager']!.months[0]).toBeCloseTo(2_520_000, 4);
    expect(byId['manager']!.year).toBeCloseTo(42_000_000, 4);
    expect(byId['account']!.months[11]).toBeCloseTo(7_920_000, 4);
    expect(byId['account']!.quarters[0]).toBeCloseTo(15_840_000, 4);
    expect(byId['rop']).toMatchObject({ scope: 'department', share: 1, year: expect.closeTo(240_000_000, 4) });
  });

  it('gives the revenue-percent base per month, spreading an explicit quarterly plan evenly', () => {
    expect(monthlyRevenuePlan(ref, 'account')).toBe(6_000_000);
    expect(monthlyRevenuePlan(ref, 'account', { month: 10 })).toBeCloseTo(7_200_000, 4);
    const quarterly = variant((raw) => {
      raw.kpis[2]!.items[0] = { kpi: 'revenue', weight: 80, period: 'quarter', plan: 15_000_000 };
    });
    expect(monthlyRevenuePlan(quarterly, 'account')).toBe(5_000_000);
  });
});

describe('splitting by headcount', () => {
  it('splits personal new clients among every position that has them', () => {
    const p = variant((raw) => {
      raw.kpis[2]!.items = [
        { kpi: 'revenue', weight: 70, period: 'month' },
        { kpi: 'new-clients', weight: 30, period: 'quarter' },
      ];
    });
    expect(kpiPlan(p, 'manager', 1).plan).toBe(2); // 120 / 12 / (4 + 1)
    expect(kpiPlan(p, 'account', 1).plan).toBe(6); // 120 / 4 / 5
  });

  it('gives the department meetings figure to a department-scope KPI', () => {
    const p = variant((raw) => {
      raw.kpis[0]!.items = [
        { kpi: 'revenue', scope: 'department', weight: 60, period: 'month' },
        { kpi: 'meetings-set', scope: 'department', weight: 40, period: 'quarter' },
      ];
    });
    expect(kpiPlan(p, 'rop', 1).plan).toBe(300);
    expect(kpiPlan(p, 'lead', 0).plan).toBe(50);
  });

  it('shares revenue among several positions without a share in proportion to headcount', () => {
    const p = variant((raw) => {
      raw.kpis[3]!.items[1] = { kpi: 'revenue', weight: 30, period: 'month' };
    });
    // 70 % left for 4 managers and 2 lead-generation managers.
    expect(kpiPlan(p, 'manager', 0).plan).toBeCloseTo((20_000_000 * 0.7) / 6, 4);
    expect(kpiPlan(p, 'lead', 1).plan).toBeCloseTo((20_000_000 * 0.7) / 6, 4);
  });

  it('leaves a position with an explicit revenue plan out of the split', () => {
    const p = variant((raw) => {
      raw.department.positions[2]!['revenueSharePct'] = null;
      raw.kpis[2]!.items[0]!['plan'] = 5_000_000;
    });
    expect(kpiPlan(p, 'account', 0).plan).toBe(5_000_000);
    expect(kpiPlan(p, 'manager', 0).plan).toBe(5_000_000); // the whole 20 000 000 among 4 managers
  });

  it('refuses a plan with nothing to derive it from', () => {
    expect(() => kpiPlan(ref, 'manager', 7)).toThrow(MathError);
    expect(() => kpiPlan(ref, 'nobody', 0)).toThrow(MathError);
  });
});
