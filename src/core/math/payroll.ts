/**
 * The department's payroll at 100 % of plan against gross margin and revenue (motivation.md,
 * «Payroll check»; domain brief §4.2: the motivation fund at most 40 % of gross margin).
 */
import type { Profile } from '../profile/schema.ts';
import { payFor } from './payout.ts';

export interface PayrollLine {
  positionId: string;
  headcount: number;
  /** One employee's pay in an average month at 100 %. */
  payPerEmployee: number;
  month: number;
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
    const payPerEmployee = payFor(profile, p.id, 100).total;
    const month = payPerEmployee * p.headcount;
    return { positionId: p.id, headcount: p.headcount, payPerEmployee, month, year: month * 12 };
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
