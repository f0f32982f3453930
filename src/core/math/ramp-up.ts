/**
 * A new hire's plan (plan.rampUp, profile-v2.md): in the k-th month of work the personal plan is
 * rampUp[k-1] % of the full one, the full plan after the list. What the motivation regulation says
 * in words, as numbers: the pay periods of the plan year, the months each holds, how much of a
 * period's plan falls on each of its months, and the plan of a hire for a period.
 *
 * Only volumes shrink: a personal KPI counted in money or pieces. A rate, a term or a yes/no KPI is
 * not «a share of the plan» (half of a 5 % overdue limit would be a harder plan, not an easier
 * one), and a department or group figure is not the hire's own.
 */
import type { Period } from '../profile/ids.ts';
import type { KpiItem, Profile } from '../profile/schema.ts';
import { departmentMonthlyRevenue, MONTHS_IN_PERIOD, PERIODS_PER_YEAR, type Month } from './department-plan.ts';
import { kpiDerivation, kpiUnit } from './kpi-meta.ts';
import { monthlyRevenuePlan, revenueItemIndex } from './plans.ts';
import { positionContext } from './position.ts';

/** A pay period of the plan year: its number (1-based), the calendar months it holds and the first. */
export interface PlanPeriod {
  period: Period;
  index: number;
  months: Month[];
  first: Month;
}

/** The pay periods of the plan year, in order: 12 months, 4 quarters or the year. */
export function planPeriods(period: Period): PlanPeriod[] {
  const size = MONTHS_IN_PERIOD[period];
  return Array.from({ length: PERIODS_PER_YEAR[period] }, (_, i) => {
    const months = Array.from({ length: size }, (_, k) => i * size + k + 1);
    return { period, index: i + 1, months, first: i * size + 1 };
  });
}

/**
 * The month of work a calendar month of the plan year is for an employee whose first month of
 * work is `hire` (a month of the plan year, 1–12; 0 or less for a hire in an earlier year:
 * December before is 0). Below 1: not yet hired.
 */
export function monthOfWork(month: Month, hire: number): number {
  return month - hire + 1;
}

/** The share of the full plan (0–1) in a month of work: 0 before the hire, rampUp's, then 1. */
export function rampUpShare(rampUp: ReadonlyArray<number>, work: number): number {
  if (work < 1) return 0;
  const pct = rampUp[work - 1];
  return pct === undefined ? 1 : pct / 100;
}

/** Whether the ramp-up shrinks this KPI's plan: a personal volume (money or pieces). */
export function rampsUp(item: Pick<KpiItem, 'kpi' | 'unit' | 'scope'>): boolean {
  const unit = kpiUnit(item);
  return item.scope === 'personal' && (unit === 'currency' || unit === 'count');
}

type SeasonalRef = Pick<KpiItem, 'kpi' | 'name' | 'direction' | 'plan'>;

/** The period's plan follows the seasonality: revenue or gross profit derived from the plan. */
export function seasonalPlan(item: SeasonalRef): boolean {
  const derivation = kpiDerivation(item);
  return item.plan === null && (derivation === 'revenue' || derivation === 'gross-profit');
}

/**
 * How a period's plan falls on its months (fractions summing to 1): revenue and gross profit
 * derived from the plan follow the seasonality, everything else (counts, explicit plans) is even.
 */
export function monthWeights(
  profile: Profile,
  item: Pick<KpiItem, 'kpi' | 'name' | 'direction' | 'plan'>,
  months: ReadonlyArray<Month>,
): number[] {
  const derivation = kpiDerivation(item);
  const seasonal = item.plan === null && (derivation === 'revenue' || derivation === 'gross-profit');
  if (!seasonal) return months.map(() => 1 / months.length);
  const all = departmentMonthlyRevenue(profile);
  const figures = months.map((m) => all[m - 1] ?? 0);
  const total = figures.reduce((a, b) => a + b, 0);
  return figures.map((f) => (total === 0 ? 1 / months.length : f / total));
}

/** The shares of the full plan in each of `months` for a hire (null: an employee on the full plan). */
export function monthShares(rampUp: ReadonlyArray<number>, months: ReadonlyArray<Month>, hire: number | null): number[] {
  return months.map((m) => (hire === null ? 1 : rampUpShare(rampUp, monthOfWork(m, hire))));
}

/**
 * The factor a hire's plan of the period is of the full plan: 1 when every month of it is a full
 * one (so the full plan is kept exactly, not re-added from its months), else Σ weight × share in
 * month order. The workbook's formula computes the same sum the same way.
 */
export function rampUpFactor(weights: ReadonlyArray<number>, shares: ReadonlyArray<number>): number {
  if (shares.every((s) => s >= 1)) return 1;
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (shares[i] ?? 0);
  return sum;
}

/** The employee works in at least one month of the period: otherwise there is no pay to compute. */
export function worksIn(shares: ReadonlyArray<number>): boolean {
  return shares.some((s) => s > 0);
}

/*
 * The newcomer's revenue plan by month of work for an average month of the year: the onboarding
 * plan prints this money, the motivation regulation and the KPI cards state the shares.
 */

export interface RampUpMonth {
  /** Month of work, from 1. */
  month: number;
  /** Share of the personal plan, %. */
  sharePct: number;
  /** Revenue plan of that month of work for an average month of the year, per employee. */
  plan: number;
}

/** The shares of plan.rampUp that apply, ending with the first full-plan month. */
export function rampUpShares(profile: Profile): number[] {
  const shares = profile.plan.rampUp;
  const full = shares.findIndex((pct) => pct >= 100);
  return full === -1 ? [...shares, 100] : shares.slice(0, full + 1);
}

/**
 * The newcomer's revenue plan per month of work, or null when the position carries no personal
 * revenue plan (a department or group figure is not lowered for a newcomer). The base is the average
 * month: a seasonal month's plan is lowered by the same share.
 */
export function rampUpRevenuePlan(profile: Profile, positionId: string): RampUpMonth[] | null {
  const items = positionContext(profile, positionId).items;
  const index = revenueItemIndex(items);
  if (index === null || items[index]?.scope !== 'personal') return null;
  const full = monthlyRevenuePlan(profile, positionId);
  return rampUpShares(profile).map((sharePct, i) => ({ month: i + 1, sharePct, plan: (full * sharePct) / 100 }));
}
