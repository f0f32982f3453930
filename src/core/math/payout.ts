/**
 * Pay of one employee of a position (motivation.md, «Schemes»): from attainments (`payFor`), from
 * real facts (`whatIf`) and the payout table of the motivation document (`payoutTable`). Pay is
 * for the position's pay period (motivation[].period): targetBonus and maxBonus are per period,
 * attainment is measured over the period's plan, and the salary counts every month of it. Results
 * are unrounded; rounding happens only when a number is shown.
 */
import type { KpiDirection, Period } from '../profile/ids.ts';
import type { KpiItem, MotivationScheme, Profile } from '../profile/schema.ts';
import { attainmentPct } from './attainment.ts';
import { curveValue, curveValueFromBelow } from './curve.ts';
import { MONTHS_IN_PERIOD, type Month } from './department-plan.ts';
import { MathError } from './errors.ts';
import { periodRevenuePlan, positionKpiPlans, revenueItemIndex, type KpiPlan } from './plans.ts';
import { positionContext, type PositionContext } from './position.ts';
import { kpiBonus, revenuePercent, type Capped } from './scheme.ts';
import { monthShares, monthWeights, planPeriods, rampsUp, rampUpFactor, worksIn } from './ramp-up.ts';

export interface PayOptions {
  /** Calendar month 1–12 whose seasonal plans to use; absent or null: the average month (revenue / 12). */
  month?: Month | null;
  /** Pay just below the given attainments: at a step of a curve, the value before the jump. */
  fromBelow?: boolean;
  /**
   * A new hire (plan.rampUp): the plan-year month of the first month of work (≤ 0: hired in an
   * earlier year). Needs `month`, which picks the pay period; the personal volumes of that period
   * are planned at the ramp-up's shares, and a period with no month of work pays no bonus.
   */
  hire?: number | null;
  /**
   * Bonus reductions for recorded violations (processes.deductions) in the period, in percent of
   * the variable pay after the cap; together at most 100 %, the salary untouched.
   */
  deductionPct?: number;
}

export interface KpiLine {
  index: number;
  kpi: KpiItem['kpi'];
  name: string;
  weight: number;
  /** The period the attainment is measured over: the KPI's own, or the longer pay period. */
  period: Period;
  scope: KpiItem['scope'];
  direction: KpiDirection;
  /** Per employee per `period`. */
  plan: number;
  /** The fact given to `whatIf`; null when pay was asked for by attainment. */
  fact: number | null;
  /** Percent of plan; Infinity when a fact beats a zero divisor (see attainmentPct). */
  attainment: number;
  /** f(A) / 100 in kpi-bonus; null in schemes that do not weigh KPIs. */
  coefficient: number | null;
  /** weight / 100 × coefficient; null as coefficient. */
  contribution: number | null;
}

export interface PayBreakdown extends Capped {
  positionId: string;
  scheme: MotivationScheme;
  /** The pay period: bonus and total are for one such period. */
  period: Period;
  month: Month | null;
  kpis: KpiLine[];
  /** K of kpi-bonus; null otherwise. */
  coefficient: number | null;
  targetBonus: number | null;
  /** Rate of revenue-percent, in percent; null otherwise. */
  rate: number | null;
  /** Revenue-percent: the revenue (the period's plan × A / 100) and the base the rate applies to. */
  revenue: number | null;
  base: number | null;
  maxBonus: number | null;
  /** The monthly salary. */
  salary: number;
  /** The salary for the whole pay period: salary × its months. */
  periodSalary: number;
  /** periodSalary + bonus. */
  total: number;
}

/** The attainments of the motivation document's payout table. */
export const PAYOUT_LEVELS: ReadonlyArray<number> = [50, 70, 80, 90, 100, 110, 120, 150];

function line(plan: KpiPlan, item: KpiItem, fact: number | null, attainment: number): KpiLine {
  return {
    index: plan.index,
    kpi: plan.kpi,
    name: plan.name,
    weight: item.weight,
    period: plan.period,
    scope: plan.scope,
    direction: plan.direction,
    plan: plan.plan,
    fact,
    attainment,
    coefficient: null,
    contribution: null,
  };
}

/** A hire's plans for the pay period: each factor of the full plan, and whether they work in it at all. */
interface HirePlan {
  factors: number[];
  working: boolean;
}

const FULL_PLAN = (ctx: PositionContext): HirePlan => ({ factors: ctx.items.map(() => 1), working: true });

function hirePlan(profile: Profile, ctx: PositionContext, options: PayOptions): HirePlan {
  const hire = options.hire ?? null;
  if (hire === null) return FULL_PLAN(ctx);
  const month = options.month ?? null;
  if (month === null) throw new MathError("a hire's pay needs the month of its pay period");
  const block = planPeriods(ctx.payPeriod).find((p) => p.months.includes(month));
  if (block === undefined) throw new MathError(`month must be 1–12, got ${month}`);
  const shares = monthShares(profile.plan.rampUp, block.months, hire);
  const factors = ctx.items.map((item) => (rampsUp(item) ? rampUpFactor(monthWeights(profile, item, block.months), shares) : 1));
  return { factors, working: worksIn(shares) };
}

function breakdown(
  profile: Profile,
  ctx: PositionContext,
  lines: KpiLine[],
  options: PayOptions,
  hire: HirePlan = FULL_PLAN(ctx),
): PayBreakdown {
  const read = options.fromBelow === true ? curveValueFromBelow : curveValue;
  const salary = ctx.position.salary;
  const period = ctx.payPeriod;
  const periodSalary = salary * MONTHS_IN_PERIOD[period];
  const common = {
    positionId: ctx.position.id,
    period,
    month: options.month ?? null,
    coefficient: null,
    targetBonus: null,
    rate: null,
    revenue: null,
    base: null,
    maxBonus: null,
    salary,
    periodSalary,
  };
  const m = ctx.motivation;
  const reduce = (bonus: number) => reduceBonus(bonus, options.deductionPct ?? 0);
  if (!hire.working && m !== null && m.scheme !== 'salary-only') {
    // Not yet hired in any month of the period: the salary is whatever the months worked give, no bonus.
    return { ...common, scheme: m.scheme, kpis: lines, bonusBeforeCap: 0, capped: false, bonus: 0, total: periodSalary };
  }
  if (m === null || m.scheme === 'salary-only') {
    return { ...common, scheme: 'salary-only', kpis: lines, bonusBeforeCap: 0, capped: false, bonus: 0, total: periodSalary };
  }
  if (m.scheme === 'kpi-bonus') {
    const result = kpiBonus(
      { targetBonus: m.targetBonus, maxBonus: m.maxBonus, curve: m.curve, items: ctx.items },
      lines.map((l) => l.attainment),
      read,
    );
    const kpis = lines.map((l, i) => {
      const r = result.lines[i];
      return r === undefined ? l : { ...l, coefficient: r.coefficient, contribution: r.contribution };
    });
    return {
      ...common,
      scheme: m.scheme,
      kpis,
      coefficient: result.coefficient,
      targetBonus: m.targetBonus,
      maxBonus: m.maxBonus,
      bonusBeforeCap: result.bonusBeforeCap,
      capped: result.capped,
      bonus: reduce(result.bonus),
      total: periodSalary + reduce(result.bonus),
    };
  }
  const index = revenueItemIndex(ctx.items);
  const revenueLine = index === null ? undefined : lines[index];
  if (revenueLine === undefined) throw new MathError(`revenue-percent position "${ctx.position.id}" has no revenue KPI`);
  const result = revenuePercent(
    { rateCurve: m.rateCurve, maxBonus: m.maxBonus, marginPct: m.base === 'margin' ? profile.plan.grossMarginPct : null },
    revenueLine.attainment,
    periodRevenuePlan(profile, ctx.position.id, { month: options.month ?? null, period }) * (hire.factors[index ?? 0] ?? 1),
    read,
  );
  return {
    ...common,
    scheme: m.scheme,
    kpis: lines,
    rate: result.rate,
    revenue: result.revenue,
    base: result.base,
    maxBonus: m.maxBonus,
    bonusBeforeCap: result.bonusBeforeCap,
    capped: result.capped,
    bonus: reduce(result.bonus),
    total: periodSalary + reduce(result.bonus),
  };
}

/** The bonus after reductions: `pct` of it (at most 100) taken off. */
export function reduceBonus(bonus: number, pct: number): number {
  if (!Number.isFinite(pct) || pct < 0) throw new MathError(`a bonus reduction must be 0 % or more, got ${pct}`);
  // (100 − pct) / 100 rather than 1 − pct / 100: 17 150 × 95 / 100 is exactly 16 292,5, where
  // 17 150 × 0,95 is a hair under it and would round down.
  return pct === 0 ? bonus : (bonus * (100 - Math.min(100, pct))) / 100;
}

function itemAt(ctx: PositionContext, i: number): KpiItem {
  const item = ctx.items[i];
  if (item === undefined) throw new MathError(`position "${ctx.position.id}" has no KPI ${i}`);
  return item;
}

/**
 * Pay at given attainments: one number puts every KPI at that attainment, a list gives each KPI
 * its own (in the order of the position's `kpis[].items`).
 */
export function payFor(
  profile: Profile,
  positionId: string,
  attainments: number | ReadonlyArray<number>,
  options: PayOptions = {},
): PayBreakdown {
  const ctx = positionContext(profile, positionId);
  const plans = positionKpiPlans(profile, positionId, { month: options.month ?? null, period: ctx.payPeriod });
  if (typeof attainments !== 'number' && attainments.length !== plans.length) {
    throw new MathError(`position "${positionId}" has ${plans.length} KPIs, got ${attainments.length} attainments`);
  }
  const lines = plans.map((plan, i) => {
    const a = typeof attainments === 'number' ? attainments : (attainments[i] ?? 0);
    return line(plan, itemAt(ctx, i), null, a);
  });
  return breakdown(profile, ctx, lines, options);
}

/**
 * Pay from real facts, one per KPI in item order, each measured against its plan in the KPI's
 * direction (fact / plan, or plan / fact when less is better).
 */
export function whatIf(profile: Profile, positionId: string, facts: ReadonlyArray<number>, options: PayOptions = {}): PayBreakdown {
  const ctx = positionContext(profile, positionId);
  const plans = positionKpiPlans(profile, positionId, { month: options.month ?? null, period: ctx.payPeriod });
  if (facts.length !== plans.length) {
    throw new MathError(`position "${positionId}" has ${plans.length} KPIs, got ${facts.length} facts`);
  }
  const hire = hirePlan(profile, ctx, options);
  const lines = plans.map((full, i) => {
    const factor = hire.factors[i] ?? 1;
    const plan = factor === 1 ? full : { ...full, plan: full.plan * factor };
    const fact = facts[i] ?? 0;
    if (!Number.isFinite(fact) || fact < 0) throw new MathError(`fact ${i} of position "${positionId}" is ${fact}`);
    return line(plan, itemAt(ctx, i), fact, attainmentPct(fact, plan.plan, plan.direction));
  });
  return breakdown(profile, ctx, lines, options, hire);
}

export interface PayoutRow extends Capped {
  attainment: number;
  scheme: MotivationScheme;
  /** The pay period the row's bonus and total are for. */
  period: Period;
  /** K of kpi-bonus, else null. */
  coefficient: number | null;
  /** Rate of revenue-percent in percent, else null. */
  rate: number | null;
  salary: number;
  total: number;
}

/** The payout table: every KPI at the same attainment, one employee, an average pay period. */
export function payoutTable(profile: Profile, positionId: string, levels: ReadonlyArray<number> = PAYOUT_LEVELS): PayoutRow[] {
  return levels.map((attainment) => {
    const pay = payFor(profile, positionId, attainment);
    return {
      attainment,
      scheme: pay.scheme,
      period: pay.period,
      coefficient: pay.coefficient,
      rate: pay.rate,
      bonusBeforeCap: pay.bonusBeforeCap,
      capped: pay.capped,
      bonus: pay.bonus,
      salary: pay.salary,
      total: pay.total,
    };
  });
}
