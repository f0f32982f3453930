/**
 * When a document of the pack comes into force, in one place: the KPI cards state it, the order
 * putting the pack into force lists it, the contract addenda apply the pay from the first pay
 * period after it. ISO dates; no clock (null where the profile gives no approval date).
 */
import type { Period } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { MONTHS_IN_PERIOD } from '../../core/math/index.ts';
import type { DocumentMeta } from './define.ts';

/** 1 January of the plan year. */
export function planYearStart(profile: Profile): string {
  return `${profile.plan.year}-01-01`;
}

/**
 * A document set for the plan year is in force from 1 January, or from the approval if that falls
 * later in the plan year: nothing is in force before it is approved.
 */
export function planYearInForce(profile: Profile): string {
  const approval = profile.documents.approvalDate;
  const start = planYearStart(profile);
  return approval !== null && approval > start && approval.startsWith(`${profile.plan.year}-`) ? approval : start;
}

/** The day the document comes into force; null for one in force on approval when the approval date is left blank. */
export function inForceFrom(profile: Profile, meta: Pick<DocumentMeta, 'inForce'>): string | null {
  return meta.inForce === 'plan-year' ? planYearInForce(profile) : profile.documents.approvalDate;
}

/**
 * The first day of the first pay period that begins after `iso`: the motivation regulation applies
 * to periods begun after the employee has been acquainted with it, which is on the approval day at
 * the earliest. Periods are calendar months, quarters and years.
 */
export function firstPeriodAfter(iso: string, period: Period): string {
  const months = MONTHS_IN_PERIOD[period];
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  // The period containing the date starts at this month (0-based): its successor starts `months` later.
  const start = Math.floor((month - 1) / months) * months;
  const next = start + months;
  const y = year + Math.floor(next / 12);
  const m = (next % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-01`;
}
