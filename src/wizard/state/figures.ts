/**
 * Every figure the wizard's steps show, as the text on screen: the plan by months, the funnel and
 * the ways to close its gap, each position's KPI plans, payouts and the department's payroll. All
 * come from src/core/math with the documents' formatting, so the screen and the pack never
 * disagree (tests/wizard/figures.test.ts compares them for every fixture).
 */
import { KPI_CATALOG } from '../../../content/catalog/index.ts';
import {
  departmentMonthlyRevenue,
  funnelCheck,
  funnelWays,
  payoutTable,
  payrollCheck,
  positionKpiPlans,
  type KpiPlan,
} from '../../core/math/index.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatNumber, formatPercent } from '../../core/text/format.ts';

/** The department's revenue plan of each month, January first. */
export function monthPlans(profile: Profile): string[] {
  return departmentMonthlyRevenue(profile).map((v) => formatMoney(v, profile.currency));
}

export interface FunnelFigures {
  need: string;
  capacity: string;
  /** Null when the funnel covers the plan. */
  gap: string | null;
  /** Each way alone closes the gap (the sales plan's list). */
  ways: string[];
}

export function funnelFigures(profile: Profile): FunnelFigures {
  const f = funnelCheck(profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  return { need: money(f.need), capacity: money(f.capacity), gap: f.shortfall ? money(f.gap) : null, ways: funnelWays(profile) };
}

const UNIT_SUFFIX: Readonly<Record<string, string>> = {
  percent: ' %',
  count: ' шт.',
  days: ' дн.',
  hours: ' ч',
  minutes: ' мин',
  yesno: '',
};
const PERIOD_GEN: Readonly<Record<string, string>> = { month: 'месяц', quarter: 'квартал', year: 'год' };

/** A KPI plan's figure in its unit: «3 500 000 ₽», «2 шт.», «95 %». */
export function kpiPlanValue(plan: KpiPlan, profile: Profile, positionId: string): string {
  const item = profile.kpis.find((k) => k.position === positionId)?.items[plan.index];
  const unit = item ? kpiUnit(item) : plan.kpi === 'custom' ? 'count' : KPI_CATALOG[plan.kpi].unit;
  if (unit === 'currency') return formatMoney(plan.plan, profile.currency);
  if (unit === 'yesno') return 'выполнено';
  return `${formatNumber(plan.plan, 1).replace(/,0$/, '')}${UNIT_SUFFIX[unit] ?? ''}`;
}

/** «3 500 000 ₽ на сотрудника за месяц (рассчитано из плана)». */
export function kpiPlanText(plan: KpiPlan, profile: Profile, positionId: string): string {
  const who = plan.scope === 'department' ? 'на отдел' : plan.scope === 'group' ? 'на группу' : 'на сотрудника';
  return `${kpiPlanValue(plan, profile, positionId)} ${who} за ${PERIOD_GEN[plan.period] ?? plan.period}${plan.explicit ? '' : ' (рассчитано из плана)'}`;
}

/** A position's KPI plans; null while the profile cannot derive them. */
export function kpiPlans(profile: Profile, positionId: string): KpiPlan[] | null {
  try {
    return positionKpiPlans(profile, positionId);
  } catch {
    return null;
  }
}

export interface PayoutLine {
  attainment: number;
  attainmentText: string;
  /** The KPI coefficient or the rate, «—» where the curve gives none. */
  factor: string;
  bonus: string;
  capped: boolean;
  total: string;
}

const pct = (v: number) => `${formatNumber(v, 1).replace(/,0$/, '')} %`;

/** The payout table of a position with a variable part; null when it has none or it cannot be computed. */
export function payoutLines(profile: Profile, positionId: string): PayoutLine[] | null {
  const entry = profile.motivation.find((m) => m.position === positionId);
  if (!entry || entry.scheme === 'salary-only') return null;
  try {
    const rate = entry.scheme === 'revenue-percent';
    return payoutTable(profile, positionId).map((r) => ({
      attainment: r.attainment,
      attainmentText: pct(r.attainment),
      factor: rate ? (r.rate === null ? '—' : pct(r.rate)) : r.coefficient === null ? '—' : formatNumber(r.coefficient, 2),
      bonus: formatMoney(r.bonus, profile.currency),
      capped: r.capped,
      total: formatMoney(r.total, profile.currency),
    }));
  } catch {
    return null;
  }
}

export interface PayrollFigures {
  month: string;
  year: string;
  shareOfMargin: string;
  allowed: string;
  over: boolean;
}

/** The department's payroll at plan: a month, a year, its share of the gross margin and the limit. */
export function payrollFigures(profile: Profile): PayrollFigures | null {
  try {
    const p = payrollCheck(profile);
    const money = (v: number) => formatMoney(v, profile.currency);
    return {
      month: money(p.annual / 12),
      year: money(p.annual),
      shareOfMargin: formatPercent(p.shareOfMarginPct),
      allowed: money(p.allowed),
      over: p.over,
    };
  } catch {
    return null;
  }
}
