/**
 * Plans per employee and period for every KPI item (profile.md, «How plans are derived»): an
 * explicit `plan` wins; otherwise revenue, new clients and meetings set come from the `plan`
 * section, the department's figure for `scope: department` and a personal share of it otherwise.
 */
import type { Derivation, KpiDirection, Period } from '../profile/ids.ts';
import type { KpiItem, Position, Profile } from '../profile/schema.ts';
import { departmentMonthlyRevenue, departmentRevenueFor, MONTHS_IN_PERIOD, PERIODS_PER_YEAR, type Month } from './department-plan.ts';
import { MathError } from './errors.ts';
import { kpiDerivation, kpiDirection, kpiName, kpiUnit } from './kpi-meta.ts';
import { positionContext, positionItems } from './position.ts';

export interface PlanOptions {
  /** Calendar month 1–12 whose seasonal plan to use; absent or null: the average month. */
  month?: Month | null;
  /**
   * The pay period (motivation[].period) the plans are measured over: a KPI planned for a shorter
   * period is planned for this one instead (a quarterly bonus is paid on the quarter's plan).
   * Absent: every KPI keeps its own period.
   */
  period?: Period;
}

/** Units whose figures add up over time: a quarter's plan is the sum of its months'. A rate or a term does not. */
const ADDITIVE_UNITS: ReadonlySet<string> = new Set(['currency', 'count']);

/** The longer of a KPI's own period and the pay period: the period its attainment is measured over. */
export function measuredPeriod(own: Period, pay: Period | undefined): Period {
  return pay !== undefined && MONTHS_IN_PERIOD[pay] > MONTHS_IN_PERIOD[own] ? pay : own;
}

export interface KpiPlan {
  /** Index of the item in the position's `kpis[].items`. */
  index: number;
  kpi: KpiItem['kpi'];
  name: string;
  period: Period;
  scope: KpiItem['scope'];
  direction: KpiDirection;
  derivation: Derivation | null;
  /** Per employee per period; with `scope: department`, the department's figure. */
  plan: number;
  /** The item gave `plan` itself. */
  explicit: boolean;
}

/**
 * A position takes part in splitting a department figure only through a personal KPI that derives
 * its plan from it: an explicit `plan` opts the position out, and its revenueSharePct then has
 * no effect (validation warns: revenue-share-unused).
 */
function derivesPersonal(items: ReadonlyArray<KpiItem>, derivation: Derivation): boolean {
  return items.some((item) => item.scope === 'personal' && item.plan === null && kpiDerivation(item) === derivation);
}

/** Positions splitting the department's figure of this kind. */
function holders(profile: Profile, derivation: Derivation): Position[] {
  return profile.department.positions.filter((p) => derivesPersonal(positionItems(profile, p.id), derivation));
}

/**
 * The fraction of the department's revenue plan one employee of the position carries: its own
 * `revenueSharePct` split by its headcount, or else the share the others leave, split by
 * headcount among the sharing positions without a share of their own.
 */
export function personalRevenueShare(profile: Profile, positionId: string): number {
  const { position } = positionContext(profile, positionId);
  if (position.revenueSharePct !== null) return position.revenueSharePct / 100 / position.headcount;
  const sharing = holders(profile, 'revenue');
  const left = 100 - sharing.reduce((sum, p) => sum + (p.revenueSharePct ?? 0), 0);
  if (left <= 0) throw new MathError(`no revenue share is left for position "${positionId}"`);
  return (
    left /
    100 /
    seatsWith(
      sharing.filter((p) => p.revenueSharePct === null),
      position,
    )
  );
}

/** Headcount of the sharing positions, counting the asking one even if it does not share. */
function seatsWith(sharing: ReadonlyArray<Position>, position: Position): number {
  const all = sharing.some((p) => p.id === position.id) ? sharing : [...sharing, position];
  return all.reduce((sum, p) => sum + p.headcount, 0);
}

/** The fraction of a department figure that one employee of the position carries. */
export function personalFraction(profile: Profile, positionId: string, derivation: Derivation): number {
  // Gross profit follows the revenue split; a margin rate is the same for everyone who holds it.
  if (derivation === 'revenue' || derivation === 'gross-profit') return personalRevenueShare(profile, positionId);
  if (derivation === 'gross-margin') return 1;
  return 1 / seatsWith(holders(profile, derivation), positionContext(profile, positionId).position);
}

/** The department's figure for a derivation and period. */
export function departmentFigure(profile: Profile, derivation: Derivation, period: Period, month: Month | null = null): number {
  switch (derivation) {
    case 'revenue':
      return departmentRevenueFor(profile, period, month);
    case 'new-clients':
      return profile.plan.newClients / PERIODS_PER_YEAR[period];
    case 'meetings-set': {
      const { leadsPerMonth, leadToMeetingPct } = profile.plan.funnel;
      return ((leadsPerMonth * leadToMeetingPct) / 100) * MONTHS_IN_PERIOD[period];
    }
    case 'gross-profit':
      return (departmentRevenueFor(profile, period, month) * profile.plan.grossMarginPct) / 100;
    case 'gross-margin':
      return profile.plan.grossMarginPct;
  }
}

function planOf(profile: Profile, positionId: string, item: KpiItem, index: number, options: PlanOptions): KpiPlan {
  const month = options.month ?? null;
  const derivation = kpiDerivation(item);
  const period = measuredPeriod(item.period, options.period);
  const base = {
    index,
    kpi: item.kpi,
    name: kpiName(item),
    period,
    scope: item.scope,
    direction: kpiDirection(item),
    derivation,
  };
  if (item.plan !== null) {
    // The user fixed the figure of the KPI's own period; a longer period sums it when the unit adds up.
    const scale = ADDITIVE_UNITS.has(kpiUnit(item)) ? MONTHS_IN_PERIOD[period] / MONTHS_IN_PERIOD[item.period] : 1;
    return { ...base, plan: item.plan * scale, explicit: true };
  }
  // A yes/no KPI is planned as «done».
  if (kpiUnit(item) === 'yesno') return { ...base, plan: 1, explicit: true };
  if (derivation === null) {
    throw new MathError(`KPI ${index} (${item.kpi}) of position "${positionId}" has no plan and no derivation`);
  }
  const department = departmentFigure(profile, derivation, period, month);
  if (item.scope === 'group') return { ...base, plan: groupPlan(profile, positionId, derivation, department), explicit: false };
  const plan = item.scope === 'department' ? department : department * personalFraction(profile, positionId, derivation);
  return { ...base, plan, explicit: false };
}

/**
 * A team lead's group plan (scope: group, profile-v2.md): the personal plans of the people in the
 * group. The positions reporting to the team lead are split into as many groups as it has seats,
 * so one team lead's group holds their headcount divided by its own; a margin rate stays a rate.
 */
export function groupPlan(profile: Profile, positionId: string, derivation: Derivation, department: number): number {
  if (derivation === 'gross-margin') return department;
  const lead = positionContext(profile, positionId).position;
  const members = profile.department.positions.filter(
    (p) => p.reportsTo === positionId && derivesPersonal(positionItems(profile, p.id), derivation),
  );
  const total = members.reduce((sum, m) => sum + department * personalFraction(profile, m.id, derivation) * m.headcount, 0);
  return total / lead.headcount;
}

/** The plan of one KPI item of a position. */
export function kpiPlan(profile: Profile, positionId: string, index: number, options: PlanOptions = {}): KpiPlan {
  const item = positionContext(profile, positionId).items[index];
  if (item === undefined) throw new MathError(`position "${positionId}" has no KPI ${index}`);
  return planOf(profile, positionId, item, index, options);
}

/** The plans of all KPI items of a position, in item order. */
export function positionKpiPlans(profile: Profile, positionId: string, options: PlanOptions = {}): KpiPlan[] {
  return positionContext(profile, positionId).items.map((item, i) => planOf(profile, positionId, item, i, options));
}

/** The position's revenue KPI, personal scope preferred: the one a revenue-percent scheme is paid on. */
export function revenueItemIndex(items: ReadonlyArray<KpiItem>): number | null {
  const personal = items.findIndex((i) => kpiDerivation(i) === 'revenue' && i.scope === 'personal');
  if (personal !== -1) return personal;
  const any = items.findIndex((i) => kpiDerivation(i) === 'revenue');
  return any === -1 ? null : any;
}

/**
 * Revenue plan per employee for a pay period (`options.period`, a month by default), the base of a
 * revenue-percent scheme: the average period or, with `month`, the seasonal plan of that month or
 * of the quarter containing it. An explicit plan is spread evenly over months: the user fixed
 * the figure of the KPI's period, not its months.
 */
export function periodRevenuePlan(profile: Profile, positionId: string, options: PlanOptions = {}): number {
  const items = positionContext(profile, positionId).items;
  const index = revenueItemIndex(items);
  const item = index === null ? undefined : items[index];
  if (item === undefined) throw new MathError(`position "${positionId}" has no revenue KPI`);
  const period = options.period ?? 'month';
  if (item.plan !== null) return (item.plan / MONTHS_IN_PERIOD[item.period]) * MONTHS_IN_PERIOD[period];
  const department = departmentRevenueFor(profile, period, options.month ?? null);
  return item.scope === 'department' ? department : department * personalRevenueShare(profile, positionId);
}

/** Revenue plan per employee per month: `periodRevenuePlan` for a month. */
export function monthlyRevenuePlan(profile: Profile, positionId: string, options: PlanOptions = {}): number {
  return periodRevenuePlan(profile, positionId, { ...options, period: 'month' });
}

/** A revenue-carrying position's plan per employee through the year. */
export interface PositionRevenuePlan {
  positionId: string;
  headcount: number;
  scope: KpiItem['scope'];
  /** Fraction of the department plan per employee; null when the plan is explicit. */
  share: number | null;
  months: number[];
  quarters: number[];
  year: number;
}

/** Plans per employee by month (seasonality applied), quarter and year, for each position with a revenue KPI. */
export function revenuePlans(profile: Profile): PositionRevenuePlan[] {
  const departmentMonths = departmentMonthlyRevenue(profile);
  return profile.department.positions.flatMap((position) => {
    const items = positionItems(profile, position.id);
    const index = revenueItemIndex(items);
    const item = index === null ? undefined : items[index];
    if (item === undefined) return [];
    const share = item.plan !== null ? null : item.scope === 'department' ? 1 : personalRevenueShare(profile, position.id);
    const flat = item.plan === null ? 0 : item.plan / MONTHS_IN_PERIOD[item.period];
    const months = departmentMonths.map((m) => (share === null ? flat : m * share));
    const quarters = [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce((a, b) => a + b, 0));
    return [
      {
        positionId: position.id,
        headcount: position.headcount,
        scope: item.scope,
        share,
        months,
        quarters,
        year: months.reduce((a, b) => a + b, 0),
      },
    ];
  });
}
