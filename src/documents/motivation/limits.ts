/**
 * The top of a position's pay, for the «maximum pay» clause: where the curves stop rising, the
 * most the scheme pays, and the attainment at which the bonus cap starts to bind. Everything is
 * computed with `payFor`, every KPI at the same attainment, one employee, an average pay period.
 */
import { capBindingAttainment, curveEnd, payCurves, payFor, positionContext } from '../../core/math/index.ts';
import type { Profile } from '../../core/profile/schema.ts';

export interface PayLimits {
  /** Attainment of the curves' last point: past it the curves are flat. */
  curveTop: number;
  /** Pay at `curveTop` (and beyond, for kpi-bonus). */
  atTop: ReturnType<typeof payFor>;
  /** The most the scheme pays, or null when revenue-percent has no cap (pay grows with revenue). */
  maxTotal: number | null;
  maxBonus: number | null;
  /** The lowest attainment at which the bonus reaches maxBonus; null when it never does. */
  capBindsAt: number | null;
}

/** How far past the curves' top a revenue-percent bonus is followed looking for its cap (% of plan). */
const SEARCH_LIMIT = 100_000;

export function payLimits(profile: Profile, positionId: string): PayLimits {
  const ctx = positionContext(profile, positionId);
  const m = ctx.motivation;
  const curves = payCurves(ctx);
  const curveTop = curves.length === 0 ? 100 : Math.max(...curves.map((c) => curveEnd(c.curve)));
  const atTop = payFor(profile, positionId, curveTop);
  if (m === null || m.scheme === 'salary-only') {
    return { curveTop, atTop, maxTotal: atTop.total, maxBonus: null, capBindsAt: null };
  }
  const points = [...new Set([0, ...curves.flatMap((c) => c.curve.map((p) => p[0]))])].filter((x) => x <= curveTop).sort((a, b) => a - b);
  if (m.scheme === 'revenue-percent') {
    // Past the top the rate is flat and the base keeps growing with revenue.
    for (let x = Math.max(curveTop, 100) * 2; x <= SEARCH_LIMIT; x *= 2) points.push(x);
  }
  const cap = m.maxBonus;
  const capBindsAt = cap === null ? null : capBindingAttainment(profile, positionId, cap, points);
  const highest = Math.max(...points.map((x) => payFor(profile, positionId, x).total), atTop.total);
  let maxTotal: number | null = highest;
  if (m.scheme === 'revenue-percent') {
    // With a rate above zero at the top the bonus keeps growing until the cap, if there is one.
    if (cap !== null && capBindsAt !== null) maxTotal = atTop.periodSalary + cap;
    else if ((atTop.rate ?? 0) > 0) maxTotal = null;
  }
  return { curveTop, atTop, maxTotal, maxBonus: cap, capBindsAt };
}
