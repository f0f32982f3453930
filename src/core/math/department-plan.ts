/** The department's revenue plan by month and quarter (profile.md, «How plans are derived»). */
import type { Period } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';
import { MathError } from './errors.ts';

export const PERIODS_PER_YEAR: Readonly<Record<Period, number>> = { month: 12, quarter: 4, year: 1 };
export const MONTHS_IN_PERIOD: Readonly<Record<Period, number>> = { month: 1, quarter: 3, year: 12 };

/** Calendar month 1–12; the plan of a particular month instead of the average one. */
export type Month = number;

function checkMonth(month: Month): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new MathError(`month must be 1–12, got ${month}`);
}

/** The quarter (1–4) a month belongs to. */
export function quarterOf(month: Month): number {
  checkMonth(month);
  return Math.ceil(month / 3);
}

/** Department plan for each month: revenue × seasonality[m] / 100, equal months when seasonality is absent. */
export function departmentMonthlyRevenue(profile: Profile): number[] {
  const { revenue, seasonality } = profile.plan;
  if (seasonality === null) return Array.from({ length: 12 }, () => revenue / 12);
  return seasonality.map((pct) => (revenue * pct) / 100);
}

/** Department plan for each quarter: sums of its months. */
export function departmentQuarterlyRevenue(profile: Profile): number[] {
  const months = departmentMonthlyRevenue(profile);
  return [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0));
}

/** The average month, revenue / 12: the month of the payout table and the payroll check. */
export function averageMonthRevenue(profile: Profile): number {
  return profile.plan.revenue / 12;
}

/**
 * Department revenue plan for one period. Without `month` the period is an average one
 * (revenue / periods per year); with it, the month itself or the quarter containing it.
 */
export function departmentRevenueFor(profile: Profile, period: Period, month: Month | null = null): number {
  if (period === 'year') return profile.plan.revenue;
  if (month === null) return profile.plan.revenue / PERIODS_PER_YEAR[period];
  checkMonth(month);
  if (period === 'month') return departmentMonthlyRevenue(profile)[month - 1] ?? 0;
  return departmentQuarterlyRevenue(profile)[quarterOf(month) - 1] ?? 0;
}
