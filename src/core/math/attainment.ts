/** Attainment of a KPI (percent of plan) from a fact, in the KPI's own direction (domain brief §3.2). */
import type { KpiDirection } from '../profile/ids.ts';

/**
 * fact / plan × 100 when more is better, plan / fact × 100 when less is better (never fact / plan:
 * an overdue share above plan must lower attainment). When the divisor is 0 the fact is at least
 * as good as the plan: exactly 100 when both are 0, otherwise Infinity, which every curve maps to
 * its last value.
 */
export function attainmentPct(fact: number, plan: number, direction: KpiDirection): number {
  const [numerator, divisor] = direction === 'higher' ? [fact, plan] : [plan, fact];
  if (divisor === 0) return numerator === 0 ? 100 : Infinity;
  return (numerator / divisor) * 100;
}

/** The fact that gives `attainment` % of `plan`: the inverse of `attainmentPct`, for examples and tests. */
export function factForAttainment(plan: number, attainment: number, direction: KpiDirection): number {
  return direction === 'higher' ? (plan * attainment) / 100 : (plan * 100) / attainment;
}
