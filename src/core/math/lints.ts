/**
 * Plan lints on a position's pay with every KPI at the same attainment: a cap that cuts the curve
 * short, a step (cliff) worth a large part of target pay, no bonus at plan. Numbers only; checks.ts
 * words them.
 */
import type { Profile } from '../profile/schema.ts';
import { ATTAINMENT_TOLERANCE, curveEnd, curveSteps, type Curve } from './curve.ts';
import { payFor } from './payout.ts';
import { positionContext, type PositionContext } from './position.ts';

/** Where a curve that matters for the position's pay sits in the profile. */
export interface CurveRef {
  curve: Curve;
  path: Array<string | number>;
}

/** The curves that shape the position's pay: the scheme's own and the KPI items' own. */
export function payCurves(ctx: PositionContext): CurveRef[] {
  const m = ctx.motivation;
  if (m === null || m.scheme === 'salary-only') return [];
  const own = ['motivation', ctx.motivationIndex ?? 0];
  if (m.scheme === 'revenue-percent') return [{ curve: m.rateCurve, path: [...own, 'rateCurve'] }];
  const refs: CurveRef[] = [];
  if (ctx.items.length === 0 || ctx.items.some((i) => i.curve === null)) refs.push({ curve: m.curve, path: [...own, 'curve'] });
  ctx.items.forEach((item, j) => {
    if (item.curve !== null) refs.push({ curve: item.curve, path: ['kpis', ctx.kpiEntryIndex ?? 0, 'items', j, 'curve'] });
  });
  return refs;
}

export interface CapBinding {
  maxBonus: number;
  /** The lowest attainment at which the bonus reaches the cap. */
  bindsAt: number;
  /** Where the curves end: the last point's attainment, the highest over the curves in use. */
  curveTop: number;
  /** The bonus the curves would pay at their top without the cap. */
  bonusAtTop: number;
}

const ITERATIONS = 200;

/**
 * The lowest attainment at which the bonus before the cap reaches `cap`, searched over ascending
 * breakpoints of the pay curves; null when it never does there. Between breakpoints pay is
 * continuous, so a crossing inside a segment is found by bisection.
 */
export function capBindingAttainment(profile: Profile, positionId: string, cap: number, breakpoints: readonly number[]): number | null {
  const bonus = (a: number, fromBelow = false) => payFor(profile, positionId, a, { fromBelow }).bonusBeforeCap;
  let previous: number | null = null;
  for (const b of breakpoints) {
    if (previous !== null && bonus(b, true) >= cap) {
      let lo = previous;
      let hi = b;
      for (let i = 0; i < ITERATIONS && hi - lo > ATTAINMENT_TOLERANCE / 10; i++) {
        const mid = (lo + hi) / 2;
        if (bonus(mid) >= cap) hi = mid;
        else lo = mid;
      }
      return hi;
    }
    if (bonus(b) >= cap) return b;
    previous = b;
  }
  return null;
}

/**
 * The cap reached before the top of the curve: past `bindsAt` the curve still rises, but pay no
 * longer does, so the accelerator it promises is never paid. Null when the cap binds only at
 * or past the top, or there is no cap.
 */
export function capBeforeCurveTop(profile: Profile, positionId: string): CapBinding | null {
  const ctx = positionContext(profile, positionId);
  const m = ctx.motivation;
  if (m === null || m.scheme === 'salary-only' || m.maxBonus === null) return null;
  const cap = m.maxBonus;
  const curves = payCurves(ctx);
  const curveTop = Math.max(...curves.map((c) => curveEnd(c.curve)));
  const breakpoints = [...new Set([0, ...curves.flatMap((c) => c.curve.map((p) => p[0]))])]
    .filter((x) => x <= curveTop)
    .sort((a, b) => a - b);
  const bindsAt = capBindingAttainment(profile, positionId, cap, breakpoints);
  if (bindsAt === null || bindsAt >= curveTop - ATTAINMENT_TOLERANCE) return null;
  const bonusAtTop = payFor(profile, positionId, curveTop).bonusBeforeCap;
  // A curve flat from the cap to its top pays the same either way: nothing is cut.
  if (bonusAtTop <= cap) return null;
  return { maxBonus: cap, bindsAt, curveTop, bonusAtTop };
}

/** The default limit of a cliff: a step worth more than this share of target total pay. */
export const CLIFF_SHARE_PCT = 20;

export interface PayCliff {
  attainment: number;
  /** Total pay just below the step and at it. */
  below: number;
  at: number;
  /** at − below; negative when pay drops. */
  jump: number;
  /** No bonus just below the step: it is a threshold (cut-off), not a jump between bands. */
  threshold: boolean;
  /** Total pay at 100 % of plan. */
  targetPay: number;
  /** |jump| as a percent of targetPay. */
  sharePct: number;
  /** The curve whose step it is (the first, when several step at once). */
  path: Array<string | number>;
}

/**
 * Steps of the curves that change one employee's total pay by more than `limitPct` % of the
 * pay at 100 %: a fact a hair below the step and one at it are paid very differently, which
 * invites moving deals between months (domain brief §4.3, example C).
 */
export function payCliffs(profile: Profile, positionId: string, limitPct = CLIFF_SHARE_PCT): PayCliff[] {
  const ctx = positionContext(profile, positionId);
  const byAttainment = new Map<number, Array<string | number>>();
  for (const ref of payCurves(ctx)) {
    for (const step of curveSteps(ref.curve)) {
      if (!byAttainment.has(step.attainment)) byAttainment.set(step.attainment, ref.path);
    }
  }
  const targetPay = payFor(profile, positionId, 100).total;
  return [...byAttainment.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([attainment, path]) => {
      const under = payFor(profile, positionId, attainment, { fromBelow: true });
      const below = under.total;
      const at = payFor(profile, positionId, attainment).total;
      const jump = at - below;
      const sharePct = (Math.abs(jump) / targetPay) * 100;
      const threshold = under.bonus === 0;
      return sharePct > limitPct ? [{ attainment, below, at, jump, threshold, targetPay, sharePct, path }] : [];
    });
}

/** A bonus scheme that pays nothing at 100 % of plan. */
export function zeroBonusAtPlan(profile: Profile, positionId: string): boolean {
  const pay = payFor(profile, positionId, 100);
  return pay.scheme !== 'salary-only' && pay.bonus === 0;
}
