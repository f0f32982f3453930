/**
 * A new hire's plan (plan.rampUp) in the pay math: the share of the full plan by month of work,
 * how a quarter's plan adds up from its months, and that rates and department figures stay whole.
 */
import { describe, expect, it } from 'vitest';
import { payFor, whatIf } from '../../src/core/math/payout.ts';
import { periodRevenuePlan, positionKpiPlans } from '../../src/core/math/plans.ts';
import { monthOfWork, monthWeights, planPeriods, rampUpFactor, rampUpShare } from '../../src/core/math/ramp-up.ts';
import { reference, variant } from './profiles.ts';

const ref = reference();

describe('ramp-up shares', () => {
  it('follows the list by month of work, nothing before the hire, the full plan after the list', () => {
    const ramp = [50, 80, 100];
    expect([0, 1, 2, 3, 4].map((w) => rampUpShare(ramp, w))).toEqual([0, 0.5, 0.8, 1, 1]);
    // Hired in March of the plan year: March is the first month of work, February is before it.
    expect(monthOfWork(3, 3)).toBe(1);
    expect(monthOfWork(2, 3)).toBe(0);
    // Hired last November (month −1 of the plan year): January is the third month of work.
    expect(monthOfWork(1, -1)).toBe(3);
  });

  it('splits the plan year into its pay periods', () => {
    expect(planPeriods('month')).toHaveLength(12);
    expect(planPeriods('quarter').map((p) => p.months)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
      [7, 8, 9],
      [10, 11, 12],
    ]);
    expect(planPeriods('year')[0]?.months).toHaveLength(12);
  });

  it('keeps the full plan exactly when every month is full, else sums weight × share', () => {
    expect(rampUpFactor([0.3, 0.3, 0.4], [1, 1, 1])).toBe(1);
    expect(rampUpFactor([0.3, 0.3, 0.4], [0, 0.5, 0.8])).toBeCloseTo(0.47, 12);
  });
});

describe("a hire's pay", () => {
  it("plans a monthly manager's personal revenue at the month's share and leaves a rate whole", () => {
    const full = positionKpiPlans(ref, 'manager', { month: 5 });
    // Hired in April: May is the second month of work, 80 % of the plan.
    const pay = whatIf(
      ref,
      'manager',
      full.map((p) => p.plan * 0.8),
      { month: 5, hire: 4 },
    );
    full.forEach((plan, i) => {
      const line = pay.kpis[i];
      const ramped = plan.scope === 'personal' && (plan.kpi === 'revenue' || plan.kpi === 'new-clients');
      expect(line?.plan).toBeCloseTo(ramped ? plan.plan * 0.8 : plan.plan, 6);
    });
    // The revenue KPI, planned at 80 %, is met by 80 % of the full plan.
    expect(pay.kpis[0]?.attainment).toBeCloseTo(100, 9);
  });

  it("adds a quarter's plan from the months worked, by the seasonality", () => {
    const quarterly = variant((raw) => {
      const manager = raw.motivation.find((m) => m.position === 'manager') as Record<string, unknown>;
      Object.assign(manager, { period: 'quarter', targetBonus: 120_000, maxBonus: 180_000 });
    });
    const item = quarterly.kpis.find((k) => k.position === 'manager')?.items[0];
    if (item === undefined) throw new Error('the reference manager has a revenue KPI');
    const weights = monthWeights(quarterly, item, [4, 5, 6]);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // Hired in May: nothing in April, 50 % in May, 80 % in June.
    const factor = (weights[1] ?? 0) * 0.5 + (weights[2] ?? 0) * 0.8;
    const full = positionKpiPlans(quarterly, 'manager', { month: 4, period: 'quarter' });
    const pay = whatIf(
      quarterly,
      'manager',
      full.map((p) => p.plan),
      { month: 4, hire: 5 },
    );
    expect(pay.kpis[0]?.plan).toBeCloseTo((full[0]?.plan ?? 0) * factor, 4);
    expect(pay.kpis[0]?.attainment).toBeCloseTo(100 / factor, 6);
  });

  it('pays no bonus for a period before the hire', () => {
    const full = positionKpiPlans(ref, 'manager', { month: 2 });
    const pay = whatIf(
      ref,
      'manager',
      full.map((p) => p.plan),
      { month: 2, hire: 6 },
    );
    expect(pay.bonus).toBe(0);
    expect(pay.total).toBe(pay.periodSalary);
  });

  it('pays a revenue percent on the revenue a hire brought, not on the full plan', () => {
    const full = periodRevenuePlan(ref, 'account', { month: 3 });
    const plans = positionKpiPlans(ref, 'account', { month: 3 });
    const facts = plans.map((p) => p.plan * 0.5);
    const hired = whatIf(ref, 'account', facts, { month: 3, hire: 3 });
    const veteran = payFor(ref, 'account', 100, { month: 3 });
    expect(hired.revenue).toBeCloseTo(full * 0.5, 4);
    expect(hired.rate).toBe(veteran.rate);
  });
});
