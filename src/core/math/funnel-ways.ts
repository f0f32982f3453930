/**
 * The ways to close a funnel's shortfall, as sentences: the sales plan lists them, the math
 * check's warning names them, and the wizard's plan step shows them. One wording and one
 * rounding (leads from the reverse funnel, a conversion rounded up to enough), so the figures a
 * owner sees on screen are the figures of the documents.
 */
import type { Profile } from '../profile/schema.ts';
import { formatNumber, formatPercent } from '../text/format.ts';
import { funnelCheck } from './funnel.ts';

/** A required percentage, rounded up so that the printed figure is enough (23,704 → «23,8 %»). */
export const atLeastPercent = (pct: number): string => formatPercent(Math.ceil(pct * 10 - 1e-9) / 10);

/** «увеличить поток лидов до 150 в месяц (сейчас 139)», …; empty when the funnel covers the plan. */
export function funnelWays(profile: Profile): string[] {
  const f = funnelCheck(profile);
  if (!f.shortfall) return [];
  const { funnel } = profile.plan;
  const ways = [`увеличить поток лидов до ${formatNumber(f.required.leads, 1)} в месяц (сейчас ${formatNumber(funnel.leadsPerMonth, 1)})`];
  if (f.remedies.meetingToDealPct !== null) {
    ways.push(
      `поднять конверсию из встречи в сделку до ${atLeastPercent(f.remedies.meetingToDealPct)} (сейчас ${formatPercent(funnel.meetingToDealPct)})`,
    );
  }
  if (f.remedies.leadToMeetingPct !== null) {
    ways.push(
      `поднять конверсию из лида во встречу до ${atLeastPercent(f.remedies.leadToMeetingPct)} (сейчас ${formatPercent(funnel.leadToMeetingPct)})`,
    );
  }
  return ways;
}
