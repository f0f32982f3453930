/**
 * The department's payroll at 100 % of plan against gross margin and revenue (motivation.md,
 * «Payroll check»; domain brief §4.2: the motivation fund at most 40 % of gross margin).
 */
import type { Period } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';
import { MONTHS_IN_PERIOD, PERIODS_PER_YEAR } from './department-plan.ts';
import { payFor } from './payout.ts';

export interface PayrollLine {
  positionId: string;
  headcount: number;
  /** The position's pay period (motivation[].period). */
  period: Period;
  /** One employee's pay for an average pay period at 100 %. */
  payPerPeriod: number;
  /** One employee's pay in an average month at 100 %: the period's pay over its months. */
  payPerEmployee: number;
  /** The position (every seat) in an average month. */
  month: number;
  /** The position over the year: the period's pay times the periods in a year. */
  year: number;
}

export interface PayrollCheck {
  lines: PayrollLine[];
  /** The whole department for a year at 100 % of plan. */
  annual: number;
  revenue: number;
  /** revenue × grossMarginPct / 100. */
  grossMargin: number;
  shareOfMarginPct: number;
  shareOfRevenuePct: number;
  /** plan.maxPayrollSharePct (default 40). */
  maxSharePct: number;
  /** grossMargin × maxSharePct / 100. */
  allowed: number;
  over: boolean;
}

export function payrollCheck(profile: Profile): PayrollCheck {
  const lines = profile.department.positions.map((p) => {
    const pay = payFor(profile, p.id, 100);
    const payPerEmployee = pay.total / MONTHS_IN_PERIOD[pay.period];
    return {
      positionId: p.id,
      headcount: p.headcount,
      period: pay.period,
      payPerPeriod: pay.total,
      payPerEmployee,
      month: payPerEmployee * p.headcount,
      year: pay.total * PERIODS_PER_YEAR[pay.period] * p.headcount,
    };
  });
  const annual = lines.reduce((sum, l) => sum + l.year, 0);
  const { revenue, grossMarginPct, maxPayrollSharePct } = profile.plan;
  const grossMargin = (revenue * grossMarginPct) / 100;
  const allowed = (grossMargin * maxPayrollSharePct) / 100;
  return {
    lines,
    annual,
    revenue,
    grossMargin,
    shareOfMarginPct: (annual / grossMargin) * 100,
    shareOfRevenuePct: (annual / revenue) * 100,
    maxSharePct: maxPayrollSharePct,
    allowed,
    over: annual > allowed,
  };
}
