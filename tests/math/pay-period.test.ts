/**
 * A bonus paid per quarter or per year (motivation[].period): targetBonus and maxBonus are per
 * that period, attainment is measured over the period's plan, and the payroll counts the periods
 * in a year.
 */
import { describe, expect, it } from 'vitest';
import { departmentQuarterlyRevenue } from '../../src/core/math/department-plan.ts';
import { payFor, payoutTable, whatIf } from '../../src/core/math/payout.ts';
import { payrollCheck } from '../../src/core/math/payroll.ts';
import { periodRevenuePlan, personalRevenueShare, positionKpiPlans } from '../../src/core/math/plans.ts';
import { reference, variant } from './profiles.ts';

/** The reference with the manager's bonus paid per quarter: 120 000 target, 180 000 cap a quarter. */
const quarterly = variant((raw) => {
  const manager = raw.motivation.find((m) => m.position === 'manager') as Record<string, unknown>;
  Object.assign(manager, { period: 'quarter', targetBonus: 120_000, maxBonus: 180_000 });
  const account = raw.motivation.find((m) => m.position === 'account') as Record<string, unknown>;
  account.period = 'quarter';
});
const ref = reference();

describe('a quarterly kpi-bonus', () => {
  it("measures every monthly KPI over the quarter's plan", () => {
    const monthly = positionKpiPlans(quarterly, 'manager');
    const measured = positionKpiPlans(quarterly, 'manager', { period: 'quarter' });
    expect(measured.map((p) => p.period)).toEqual(['quarter', 'quarter', 'quarter']);
    // Revenue and new clients add up over three months; a share of overdue receivables does not.
    expect(measured[0]?.plan).toBeCloseTo((monthly[0]?.plan ?? 0) * 3, 6);
    expect(measured[1]?.plan).toBeCloseTo((monthly[1]?.plan ?? 0) * 3, 6);
    expect(measured[2]?.plan).toBe(5);
  });

  it("pays on the quarter's attainment: a weak month inside a quarter on plan costs nothing", () => {
    // The second quarter's seasonal plan, met over the quarter although its first month was weak.
    const q2 = (departmentQuarterlyRevenue(quarterly)[1] ?? 0) * personalRevenueShare(quarterly, 'manager');
    const plans = positionKpiPlans(quarterly, 'manager', { month: 4, period: 'quarter' });
    expect(plans[0]?.plan).toBeCloseTo(q2, 6);
    const pay = whatIf(quarterly, 'manager', [q2, plans[1]?.plan ?? 0, 5], { month: 4 });
    expect(pay.period).toBe('quarter');
    expect(pay.kpis.map((l) => l.attainment)).toEqual([100, 100, 100].map((a) => expect.closeTo(a, 9)));
    expect(pay.bonus).toBeCloseTo(120_000, 6);
    // Three months of salary and one quarterly bonus.
    expect(pay.total).toBeCloseTo(3 * 50_000 + 120_000, 6);
    // The same quarter's facts at 108 % of the quarter's plan: K as the monthly scheme gives at 108 %.
    const over = whatIf(quarterly, 'manager', [q2 * 1.08, (plans[1]?.plan ?? 0) * 1.08, 5], { month: 4 });
    expect(over.coefficient).toBeCloseTo(payFor(ref, 'manager', [108, 108, 100]).coefficient ?? 0, 9);
  });

  it('caps the bonus by the quarterly maxBonus', () => {
    const pay = payFor(quarterly, 'manager', 150);
    expect(pay.bonusBeforeCap).toBeCloseTo(120_000 * 1.7, 6);
    expect(pay).toMatchObject({ capped: true, bonus: 180_000, total: 150_000 + 180_000 });
  });

  it('gives payout rows per quarter: three salaries and the quarterly bonus', () => {
    const rows = payoutTable(quarterly, 'manager');
    expect(rows.map((r) => r.period)).toEqual(Array(8).fill('quarter'));
    expect(rows.map((r) => r.total)).toEqual([150_000, 234_000, 246_000, 258_000, 270_000, 294_000, 318_000, 330_000]);
    // A monthly position keeps its monthly rows.
    expect(payoutTable(quarterly, 'rop').map((r) => r.period)).toEqual(Array(8).fill('month'));
  });
});

describe('a quarterly revenue-percent', () => {
  it("takes the rate's base from the quarter's plan", () => {
    const plan = periodRevenuePlan(quarterly, 'account', { period: 'quarter' });
    expect(plan).toBeCloseTo(periodRevenuePlan(ref, 'account') * 3, 6);
    const pay = payFor(quarterly, 'account', 100);
    // 18 000 000 a quarter × 28 % margin × 3 %, plus three salaries of 70 000.
    expect(pay.revenue).toBeCloseTo(18_000_000, 6);
    expect(pay.bonus).toBeCloseTo(151_200, 6);
    expect(pay.total).toBeCloseTo(210_000 + 151_200, 6);
  });
});

describe('the payroll over a year', () => {
  it('counts four quarterly payouts for a quarterly position', () => {
    const line = payrollCheck(quarterly).lines.find((l) => l.positionId === 'manager');
    const quarter = payFor(quarterly, 'manager', 100).total;
    expect(line).toMatchObject({ period: 'quarter', payPerPeriod: quarter });
    expect(line?.year).toBeCloseTo(4 * quarter * (line?.headcount ?? 0), 6);
    expect(line?.payPerEmployee).toBeCloseTo(quarter / 3, 6);
  });

  it('equals the monthly scheme with the same money a year: 120 000 a quarter is 40 000 a month', () => {
    const monthly = payrollCheck(ref);
    const annual = payrollCheck(quarterly);
    const line = (p: typeof monthly, id: string) => p.lines.find((l) => l.positionId === id)?.year;
    expect(line(annual, 'manager')).toBeCloseTo(line(monthly, 'manager') ?? 0, 6);
    expect(line(annual, 'account')).toBeCloseTo(line(monthly, 'account') ?? 0, 6);
    expect(annual.annual).toBeCloseTo(9_484_800, 6);
  });

  it('counts one payout for a yearly position', () => {
    const yearly = variant((raw) => {
      const lead = raw.motivation.find((m) => m.position === 'lead') as Record<string, unknown>;
      Object.assign(lead, { period: 'year', targetBonus: 240_000 });
    });
    const line = payrollCheck(yearly).lines.find((l) => l.positionId === 'lead');
    expect(payFor(yearly, 'lead', 100).total).toBe(12 * 35_000 + 240_000);
    expect(line?.year).toBe((12 * 35_000 + 240_000) * (line?.headcount ?? 0));
  });
});
