/**
 * The revenue plan by product line (plan.productLines): each line takes its share of every
 * month's department plan, and its gross margin at its own rate, else the plan's.
 */
import type { Profile } from '../profile/schema.ts';
import { departmentMonthlyRevenue } from './department-plan.ts';

export interface ProductLinePlan {
  name: string;
  sharePct: number;
  /** The line's own rate, else plan.grossMarginPct. */
  grossMarginPct: number;
  /** Revenue by calendar month. */
  months: number[];
  /** Gross margin by calendar month. */
  marginMonths: number[];
  year: number;
  marginYear: number;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Every line's plan by month, in the profile's order; null when the profile has no lines. */
export function productLinePlans(profile: Profile): ProductLinePlan[] | null {
  const lines = profile.plan.productLines;
  if (lines === null) return null;
  const department = departmentMonthlyRevenue(profile);
  return lines.map((line) => {
    const grossMarginPct = line.grossMarginPct ?? profile.plan.grossMarginPct;
    const months = department.map((m) => (m * line.sharePct) / 100);
    const marginMonths = months.map((m) => (m * grossMarginPct) / 100);
    return {
      name: line.name,
      sharePct: line.sharePct,
      grossMarginPct,
      months,
      marginMonths,
      year: sum(months),
      marginYear: sum(marginMonths),
    };
  });
}
