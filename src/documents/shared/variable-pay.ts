/**
 * The positions whose pay has a variable part (a KPI bonus or a percentage of revenue or margin):
 * they get a contract addendum, and the order putting the pack into force has them concluded.
 */
import { positionContext } from '../../core/math/index.ts';
import type { Period } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { firstPeriodAfter } from './in-force.ts';

export function variablePayPositions(profile: Profile): string[] {
  return profile.department.positions
    .map((p) => p.id)
    .filter((id) => {
      const m = positionContext(profile, id).motivation;
      return m !== null && m.scheme !== 'salary-only';
    });
}

/** The position's pay period (month, quarter or year). */
export function payPeriodOf(profile: Profile, positionId: string): Period {
  return positionContext(profile, positionId).payPeriod;
}

/**
 * The day the position's variable pay under the motivation regulation first applies: the first
 * pay period begun after the approval (the regulation applies to periods begun after the staff
 * are acquainted with it). Null without an approval date.
 */
export function variablePayFrom(profile: Profile, positionId: string): string | null {
  const approval = profile.documents.approvalDate;
  return approval === null ? null : firstPeriodAfter(approval, payPeriodOf(profile, positionId));
}
