/**
 * The step that closes a funnel shortfall: when the funnel cannot feed the plan
 * (`funnelCheck(...).shortfall`), the roadmap gets a dated step to raise the lead flow to what the
 * reverse funnel needs or else revise the plan, and the sales plan names the same target and
 * deadline. The weeks count from the approval date the way every roadmap step does
 * (`roadmapWeeks`), so the deadline is computed once and printed the same in both documents.
 */
import { funnelCheck } from '../../core/math/funnel.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { addDays, parseIsoDate } from '../../core/text/format.ts';

/** The Monday on or after the given date: week 1 of the roadmap. */
export function firstMonday(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay(); // 0 = Sunday
  return addDays(iso, (8 - weekday) % 7);
}

/** Monday of a roadmap week and Friday of another, counted from week 1 (ISO dates). */
export function roadmapWeeks(monday: string): { start: (week: number) => string; end: (week: number) => string } {
  return {
    start: (week) => addDays(monday, (week - 1) * 7),
    end: (week) => addDays(monday, (week - 1) * 7 + 4),
  };
}

/**
 * From the plan's approval (weeks 5–6 of the roadmap, when the measures are chosen with the plan)
 * to the end of week 13: two months for the new lead flow to show in a whole month's figures,
 * before the first quarter of the new system is over.
 */
export const GAP_WEEKS = { from: 5, to: 13 } as const;

export interface FunnelGapStep {
  from: number;
  to: number;
  /** Leads a month the reverse funnel needs, and the flow today. */
  leadsTarget: number;
  leadsNow: number;
  /** ISO date of the step's last day; null without an approval date. */
  deadline: string | null;
}

export function funnelGapStep(profile: Profile): FunnelGapStep | null {
  const f = funnelCheck(profile);
  if (!f.shortfall) return null;
  const approval = profile.documents.approvalDate;
  return {
    from: GAP_WEEKS.from,
    to: GAP_WEEKS.to,
    leadsTarget: f.required.leads,
    leadsNow: profile.plan.funnel.leadsPerMonth,
    deadline: approval ? roadmapWeeks(firstMonday(approval)).end(GAP_WEEKS.to) : null,
  };
}
