/**
 * What the bonus workbook holds, as plain data from the math: the positions with variable pay,
 * their KPIs with the plan of every pay period of the plan year, the curves, the months' weights
 * for a new hire's plan and the employees. The writer (xlsx.ts) only lays it out and writes the
 * formulas; no figure is computed there.
 */
import {
  kpiDirection,
  kpiName,
  MONTHS_IN_PERIOD,
  monthWeights,
  periodRevenuePlan,
  planPeriods,
  positionContext,
  positionKpiPlans,
  rampsUp,
  revenueItemIndex,
  seasonalPlan,
  type Curve,
  type PlanPeriod,
} from '../math/index.ts';
import { kpiUnit } from '../math/kpi-meta.ts';
import type { KpiDirection, KpiUnit, Period } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';
import { paidPositions } from './meta.ts';

export interface WorkbookCurve {
  /** «Шкала 1»: how the parameters sheet and the formulas name it. */
  label: string;
  /** Who uses it: «Менеджер по продажам: Выручка, Новые клиенты». */
  usedBy: string;
  points: Curve;
  /** A rate curve (revenue percent): values are rates in percent, not coefficients. */
  rate: boolean;
}

export interface WorkbookKpi {
  name: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** Weight in K (kpi-bonus); null in revenue-percent. */
  weight: number | null;
  /** Index into `WorkbookContent.curves`; null in revenue-percent. */
  curve: number | null;
  /** A new hire's plan of it is a share of the full one. */
  rampsUp: boolean;
  /** Seasonal month weights (revenue-like) or even ones, for the hire's plan. */
  seasonal: boolean;
  /** The full plan per employee of each pay period of the year, in order. */
  plans: number[];
}

export interface WorkbookPosition {
  id: string;
  title: string;
  scheme: 'kpi-bonus' | 'revenue-percent';
  period: Period;
  periods: PlanPeriod[];
  kpis: WorkbookKpi[];
  /** kpi-bonus: the target bonus per period. */
  targetBonus: number | null;
  maxBonus: number | null;
  /** revenue-percent: the rate curve, the revenue KPI, the base plan per period, the margin %. */
  rateCurve: number | null;
  revenueKpi: number | null;
  basePlans: number[];
  marginPct: number | null;
  /** The salary of one pay period: monthly salary × months. */
  periodSalary: number;
  employees: string[];
  /** The headcount is larger than the rows given (WORKBOOK_ROWS): the sheet is copied for the rest. */
  capped: boolean;
  /** Month weights within each month's pay period: seasonal (revenue-like) and even, 12 each. */
  seasonalWeights: number[];
  evenWeights: number[];
}

export interface WorkbookContent {
  company: string;
  year: number;
  currency: Profile['currency'];
  rampUp: ReadonlyArray<number>;
  curves: WorkbookCurve[];
  positions: WorkbookPosition[];
}

/**
 * Employee rows a position's sheet holds at most (or as many as the profile names): a calculator
 * with thousands of rows × twelve blocks of formulas outgrows what a spreadsheet opens, and such a
 * team copies the sheet per group instead.
 */
export const WORKBOOK_ROWS = 100;

export interface ContentOptions {
  /** Employee rows per position instead of its headcount (a consultant's template for a bigger team). */
  rows?: number;
}

function sameCurve(a: Curve, b: Curve): boolean {
  return a.length === b.length && a.every((p, i) => p[0] === b[i]?.[0] && p[1] === b[i]?.[1]);
}

/** Month weights within each month's period, in calendar order (12). */
function weightsByMonth(profile: Profile, period: Period, seasonal: boolean): number[] {
  // An item standing for «revenue derived from the plan» or for «anything even».
  const item = seasonal
    ? { kpi: 'revenue' as const, name: null, direction: null, plan: null }
    : { kpi: 'custom' as const, name: null, direction: null, plan: 1 };
  return planPeriods(period).flatMap((p) => monthWeights(profile, item, p.months));
}

export function workbookContent(profile: Profile, options: ContentOptions = {}): WorkbookContent {
  const curves: WorkbookCurve[] = [];
  const curveIndex = (points: Curve, rate: boolean, user: string): number => {
    const found = curves.findIndex((c) => c.rate === rate && sameCurve(c.points, points));
    if (found !== -1) {
      const curve = curves[found];
      if (curve !== undefined && !curve.usedBy.includes(user)) curve.usedBy = `${curve.usedBy}; ${user}`;
      return found;
    }
    curves.push({ label: `Шкала ${curves.length + 1}`, usedBy: user, points, rate });
    return curves.length - 1;
  };
  const positions = paidPositions(profile).map((id): WorkbookPosition => {
    const ctx = positionContext(profile, id);
    const m = ctx.motivation;
    if (m === null || m.scheme === 'salary-only') throw new Error(`position "${id}" has no variable pay`);
    const periods = planPeriods(ctx.payPeriod);
    const plansByPeriod = periods.map((p) => positionKpiPlans(profile, id, { month: p.first, period: ctx.payPeriod }));
    const title = ctx.position.title;
    const kpis = ctx.items.map((item, i): WorkbookKpi => {
      const seasonal = seasonalPlan(item);
      const name = kpiName(item);
      return {
        name,
        unit: kpiUnit(item),
        direction: kpiDirection(item),
        weight: m.scheme === 'kpi-bonus' ? item.weight : null,
        curve: m.scheme === 'kpi-bonus' ? curveIndex(item.curve ?? m.curve, false, `${title}: ${name}`) : null,
        rampsUp: rampsUp(item),
        seasonal,
        plans: plansByPeriod.map((plans) => plans[i]?.plan ?? 0),
      };
    });
    const revenueKpi = m.scheme === 'revenue-percent' ? revenueItemIndex(ctx.items) : null;
    const rows = options.rows ?? Math.min(ctx.position.headcount, Math.max(WORKBOOK_ROWS, ctx.position.employees.length));
    return {
      id,
      title,
      scheme: m.scheme,
      period: ctx.payPeriod,
      periods,
      kpis,
      targetBonus: m.scheme === 'kpi-bonus' ? m.targetBonus : null,
      maxBonus: m.maxBonus,
      rateCurve: m.scheme === 'revenue-percent' ? curveIndex(m.rateCurve, true, `${title}: ставка`) : null,
      revenueKpi,
      basePlans:
        m.scheme === 'revenue-percent' ? periods.map((p) => periodRevenuePlan(profile, id, { month: p.first, period: ctx.payPeriod })) : [],
      marginPct: m.scheme === 'revenue-percent' && m.base === 'margin' ? profile.plan.grossMarginPct : null,
      periodSalary: ctx.position.salary * MONTHS_IN_PERIOD[ctx.payPeriod],
      employees: Array.from({ length: rows }, (_, i) => ctx.position.employees[i] ?? `Сотрудник ${i + 1}`),
      capped: options.rows === undefined && rows < ctx.position.headcount,
      seasonalWeights: weightsByMonth(profile, ctx.payPeriod, true),
      evenWeights: weightsByMonth(profile, ctx.payPeriod, false),
    };
  });
  return {
    company: profile.company.name,
    year: profile.plan.year,
    currency: profile.currency,
    rampUp: profile.plan.rampUp,
    curves,
    positions,
  };
}
