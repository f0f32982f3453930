/**
 * Can the funnel feed the plan? Capacity = leads × lead→meeting × meeting→deal × average deal per
 * month, against the new business the plan needs; and the reverse funnel (domain brief §5.2):
 * deals, meetings and leads a month the need takes, rounded up at each stage.
 */
import type { Profile } from '../profile/schema.ts';
import { averageMonthRevenue } from './department-plan.ts';

type Funnel = Profile['plan']['funnel'];

/**
 * Counts are whole and not negative: 17,8 deals take 18. The tolerance keeps 90.00000000000001
 * meetings at 90; the floor at 0 keeps a need of 0 from printing as −0.
 */
export function ceilCount(x: number): number {
  return Math.max(0, Math.ceil(x - 1e-9));
}

export interface ReverseFunnel {
  deals: number;
  meetings: number;
  leads: number;
}

/** Deals, meetings and leads a month that `need` (money a month) takes, each rounded up. */
export function reverseFunnel(need: number, funnel: Funnel): ReverseFunnel {
  const deals = ceilCount(need / funnel.averageDeal);
  const meetings = ceilCount((deals * 100) / funnel.meetingToDealPct);
  const leads = ceilCount((meetings * 100) / funnel.leadToMeetingPct);
  return { deals, meetings, leads };
}

/** What the funnel gives a month. */
export interface FunnelOutput {
  meetings: number;
  deals: number;
  /** New-business revenue. */
  revenue: number;
}

export function funnelOutput(funnel: Funnel): FunnelOutput {
  const meetings = (funnel.leadsPerMonth * funnel.leadToMeetingPct) / 100;
  const deals = (meetings * funnel.meetingToDealPct) / 100;
  return { meetings, deals, revenue: deals * funnel.averageDeal };
}

/** One change that alone closes a shortfall; a conversion above 100 % cannot, and is null. */
export interface FunnelRemedies {
  /** Leads a month, exact (the reverse funnel's `leads` is the rounded-up, whole-deal figure). */
  leadsPerMonth: number;
  leadToMeetingPct: number | null;
  meetingToDealPct: number | null;
}

/** How far the funnel falls short of the plan a month, stage by stage; all 0 when it does not. */
export interface FunnelShortBy {
  /** Whole leads: the reverse funnel's leads less the flow. */
  leads: number;
  /** Meetings and deals against the funnel's average output, so they may be fractional. */
  meetings: number;
  deals: number;
  /** New-business revenue: the same as `gap`. */
  revenue: number;
}

export interface FunnelCheck {
  /** Average month of the plan, revenue / 12. */
  revenueMonth: number;
  /** 100 − recurringRevenuePct. */
  newBusinessPct: number;
  /** New business the plan needs a month. */
  need: number;
  /** New business the funnel gives a month. */
  capacity: number;
  output: FunnelOutput;
  /** need − capacity when positive, else 0. */
  gap: number;
  shortfall: boolean;
  required: ReverseFunnel;
  shortBy: FunnelShortBy;
  remedies: FunnelRemedies;
}

const orNull = (pct: number): number | null => (pct <= 100 ? pct : null);

export function funnelCheck(profile: Profile): FunnelCheck {
  const { funnel, recurringRevenuePct } = profile.plan;
  const revenueMonth = averageMonthRevenue(profile);
  const newBusinessPct = 100 - recurringRevenuePct;
  const need = (revenueMonth * newBusinessPct) / 100;
  const output = funnelOutput(funnel);
  const capacity = output.revenue;
  const perLead = (funnel.leadToMeetingPct / 100) * (funnel.meetingToDealPct / 100) * funnel.averageDeal;
  const scale = capacity === 0 ? Infinity : need / capacity;
  const required = reverseFunnel(need, funnel);
  const shortfall = need > capacity;
  // Only a shortfall has a gap to state: a funnel that covers the money is not short of leads.
  const short = (needed: number, given: number) => (shortfall ? Math.max(0, needed - given) : 0);
  return {
    revenueMonth,
    newBusinessPct,
    need,
    capacity,
    output,
    gap: Math.max(0, need - capacity),
    shortfall,
    required,
    shortBy: {
      leads: short(required.leads, funnel.leadsPerMonth),
      meetings: short(required.meetings, output.meetings),
      deals: short(required.deals, output.deals),
      revenue: Math.max(0, need - capacity),
    },
    remedies: {
      leadsPerMonth: need / perLead,
      leadToMeetingPct: orNull(funnel.leadToMeetingPct * scale),
      meetingToDealPct: orNull(funnel.meetingToDealPct * scale),
    },
  };
}
