/**
 * Curves of motivation.md: points [attainmentPct, valuePct] with attainment non-decreasing.
 * A threshold, a linear zone, an accelerator and a cap are all the same shape, so one evaluator
 * serves the KPI coefficient curves and the revenue-percent rate curves.
 */

export type CurvePoint = readonly [attainment: number, value: number];
export type Curve = ReadonlyArray<CurvePoint>;

/**
 * How far below a point's attainment it already applies. Attainments come from fact / plan and
 * carry binary noise (4 200 000 / 6 000 000 × 100 can land a hair under 70), which must not drop
 * an employee below a threshold that the fact reaches exactly.
 */
export const ATTAINMENT_TOLERANCE = 1e-9;

function checkCurve(curve: Curve): void {
  if (curve.length === 0) throw new RangeError('a curve needs at least one point');
}

function point(curve: Curve, i: number): CurvePoint {
  const p = curve[i];
  if (p === undefined) throw new RangeError(`curve has no point ${i}`);
  return p;
}

function interpolate(from: CurvePoint, to: CurvePoint, x: number): number {
  const span = to[0] - from[0];
  if (span <= 0) return to[1];
  const t = Math.min(1, Math.max(0, (x - from[0]) / span));
  return from[1] + t * (to[1] - from[1]);
}

/**
 * The value at attainment `x`: the first value below the first point, the last value at or past
 * the last point; otherwise from the last point at or before `x` (so in a step the later point
 * wins from its attainment on), linearly towards the next one.
 */
export function curveValue(curve: Curve, x: number): number {
  checkCurve(curve);
  let i = -1;
  for (let k = 0; k < curve.length; k++) {
    if (point(curve, k)[0] <= x + ATTAINMENT_TOLERANCE) i = k;
    else break;
  }
  if (i === -1) return point(curve, 0)[1];
  if (i === curve.length - 1) return point(curve, i)[1];
  return interpolate(point(curve, i), point(curve, i + 1), x);
}

/**
 * The value just below attainment `x` (the left limit). Differs from `curveValue` only at a step,
 * where it gives the value before the jump; the cliff lint measures steps with it.
 */
export function curveValueFromBelow(curve: Curve, x: number): number {
  checkCurve(curve);
  const j = curve.findIndex((p) => p[0] >= x - ATTAINMENT_TOLERANCE);
  if (j === -1) return point(curve, curve.length - 1)[1];
  if (j === 0) return point(curve, 0)[1];
  return interpolate(point(curve, j - 1), point(curve, j), x);
}

/** Attainment of the last point: past it the curve is flat (its cap). */
export function curveEnd(curve: Curve): number {
  checkCurve(curve);
  return point(curve, curve.length - 1)[0];
}

/** A jump of the curve: at `attainment` the value changes from `from` to `to` with no ramp. */
export interface CurveStep {
  attainment: number;
  from: number;
  to: number;
}

/** Every step of the curve, merging runs of points at one attainment into one jump. */
export function curveSteps(curve: Curve): CurveStep[] {
  checkCurve(curve);
  const steps: CurveStep[] = [];
  let k = 0;
  while (k < curve.length) {
    const x = point(curve, k)[0];
    let last = k;
    while (last + 1 < curve.length && point(curve, last + 1)[0] === x) last++;
    const from = point(curve, k)[1];
    const to = point(curve, last)[1];
    if (last > k && from !== to) steps.push({ attainment: x, from, to });
    k = last + 1;
  }
  return steps;
}
