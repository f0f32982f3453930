/**
 * The pay schemes of motivation.md on plain numbers, with no profile: the profile-level functions
 * in payout.ts gather the inputs, and the lints re-evaluate the same schemes from below a step.
 */
import { curveValue, type Curve } from './curve.ts';

/** How a curve is read: `curveValue`, or `curveValueFromBelow` to see the pay just before a step. */
export type CurveReader = (curve: Curve, x: number) => number;

export interface Capped {
  bonusBeforeCap: number;
  /** The cap cut the bonus. */
  capped: boolean;
  bonus: number;
}

/** At most `maxBonus` when there is one. */
export function applyCap(bonusBeforeCap: number, maxBonus: number | null): Capped {
  const capped = maxBonus !== null && bonusBeforeCap > maxBonus;
  return { bonusBeforeCap, capped, bonus: capped ? maxBonus : bonusBeforeCap };
}

export interface KpiBonusScheme {
  targetBonus: number;
  maxBonus: number | null;
  /** The position's curve, used by items without their own. */
  curve: Curve;
  items: ReadonlyArray<{ weight: number; curve: Curve | null }>;
}

export interface KpiBonusLine {
  attainment: number;
  /** f(A) / 100. */
  coefficient: number;
  /** weight / 100 × coefficient: this KPI's part of K. */
  contribution: number;
}

export interface KpiBonusResult extends Capped {
  lines: KpiBonusLine[];
  /** K = Σ weight / 100 × f(A) / 100. */
  coefficient: number;
}

/** Bonus = targetBonus × K, at most maxBonus; `attainments` follow `scheme.items`. */
export function kpiBonus(scheme: KpiBonusScheme, attainments: ReadonlyArray<number>, read: CurveReader = curveValue): KpiBonusResult {
  if (attainments.length !== scheme.items.length) {
    throw new RangeError(`${scheme.items.length} KPIs need as many attainments, got ${attainments.length}`);
  }
  const lines = scheme.items.map((item, i) => {
    const attainment = attainments[i] ?? 0;
    const coefficient = read(item.curve ?? scheme.curve, attainment) / 100;
    return { attainment, coefficient, contribution: (item.weight / 100) * coefficient };
  });
  const coefficient = lines.reduce((sum, l) => sum + l.contribution, 0);
  return { lines, coefficient, ...applyCap(scheme.targetBonus * coefficient, scheme.maxBonus) };
}

export interface RevenuePercentScheme {
  rateCurve: Curve;
  maxBonus: number | null;
  /** grossMarginPct when the base is margin, null when it is revenue. */
  marginPct: number | null;
}

export interface RevenuePercentResult extends Capped {
  /** Rate in percent, rateCurve(A). */
  rate: number;
  /** Revenue the base is built on: monthly plan × A / 100. */
  revenue: number;
  /** Revenue, or its margin part when the base is margin. */
  base: number;
}

/** Bonus = base × rate / 100, at most maxBonus. */
export function revenuePercent(
  scheme: RevenuePercentScheme,
  attainment: number,
  monthlyPlan: number,
  read: CurveReader = curveValue,
): RevenuePercentResult {
  const rate = read(scheme.rateCurve, attainment);
  // A zero plan makes attainment infinite; there is no revenue to take a percent of.
  const revenue = monthlyPlan === 0 ? 0 : (monthlyPlan * attainment) / 100;
  const base = scheme.marginPct === null ? revenue : (revenue * scheme.marginPct) / 100;
  return { rate, revenue, base, ...applyCap((base * rate) / 100, scheme.maxBonus) };
}
