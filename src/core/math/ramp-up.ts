/**
 * A newcomer's revenue plan by month of work (plan.rampUp): the shares of the position's personal
 * monthly plan, up to the first month of the full plan. The motivation regulation and the KPI cards
 * state the shares; the onboarding plan prints this money, so both read one rule.
 */
import type { Profile } from '../profile/schema.ts';
import { monthlyRevenuePlan, revenueItemIndex } from './plans.ts';
import { positionContext } from './position.ts';

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
