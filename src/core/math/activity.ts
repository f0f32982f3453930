/**
 * Activity norms per position (profile-v2.md, processes.activityNorms): calls a working day,
 * meetings and proposals a week. A value the profile gives wins; else a position that holds the
 * matching KPI with a plan works to that plan; else the norm derives from the reverse funnel: the
 * leads, meetings a month the plan's new business takes, split over the seats that do the work,
 * 21 working days a month (five a week), rounded up. A proposal follows every meeting held (the
 * sales standard's rule), so a derived proposal norm equals the position's meeting norm, whatever
 * that one's source.
 */
import type { KpiId } from '../profile/ids.ts';
import type { Position, Profile } from '../profile/schema.ts';
import { sellerPosition } from '../profile/clients.ts';
import { MONTHS_IN_PERIOD } from './department-plan.ts';
import { ceilCount, funnelCheck } from './funnel.ts';
import { positionItems } from './position.ts';

export const WORKING_DAYS_PER_MONTH = 21;
export const WORKING_DAYS_PER_WEEK = 5;

export type ActivityKind = 'calls' | 'meetings' | 'proposals';
export const ACTIVITY_KINDS: readonly ActivityKind[] = ['calls', 'meetings', 'proposals'];

/** Where a norm comes from: the profile's activityNorms, the position's KPI plan, or the reverse funnel. */
export type NormSource = 'profile' | 'kpi' | 'funnel';

export interface Norm {
  /** Calls per working day; meetings and proposals per week. Whole. */
  value: number;
  source: NormSource;
}

export interface PositionNorms {
  position: string;
  calls: Norm | null;
  meetings: Norm | null;
  proposals: Norm | null;
}

const KPI_OF: Record<ActivityKind, KpiId> = { calls: 'calls', meetings: 'meetings-held', proposals: 'proposals-sent' };
const PROFILE_FIELD = { calls: 'callsPerDay', meetings: 'meetingsPerWeek', proposals: 'proposalsPerWeek' } as const;

/** Working days in the norm's period: a day for calls, a week for meetings and proposals. */
const PERIOD_DAYS: Record<ActivityKind, number> = { calls: 1, meetings: WORKING_DAYS_PER_WEEK, proposals: WORKING_DAYS_PER_WEEK };

/** A monthly count as a norm of its period, rounded up. */
export function monthToNorm(kind: ActivityKind, perMonth: number): number {
  return ceilCount((perMonth * PERIOD_DAYS[kind]) / WORKING_DAYS_PER_MONTH);
}

/** The department's monthly volume of each activity the plan's new business takes (reverse funnel). */
export function monthlyActivityNeed(profile: Profile): Record<ActivityKind, number> {
  const { leads, meetings } = funnelCheck(profile).required;
  // Every lead takes at least one call; every meeting held ends with a proposal.
  return { calls: leads, meetings, proposals: meetings };
}

/** The position's personal KPI of this activity with a plan, as a monthly figure; null when it holds none. */
function kpiMonthly(profile: Profile, position: Position, kind: ActivityKind): number | null {
  const item = positionItems(profile, position.id).find((i) => i.kpi === KPI_OF[kind] && i.scope === 'personal' && i.plan !== null);
  return item?.plan != null ? item.plan / MONTHS_IN_PERIOD[item.period] : null;
}

/**
 * The positions that do an activity: those holding its KPI; when none does, the seller positions
 * (and for calls the lead-generation positions, which make the first contact, when there are any).
 */
export function activityDoers(profile: Profile, kind: ActivityKind): Position[] {
  const positions = profile.department.positions;
  const holders = positions.filter((p) => positionItems(profile, p.id).some((i) => i.kpi === KPI_OF[kind] && i.scope === 'personal'));
  if (holders.length > 0) return holders;
  if (kind === 'calls') {
    const leadGen = positions.filter((p) => p.role === 'lead-generation');
    if (leadGen.length > 0) return leadGen;
  }
  const seller = sellerPosition(profile);
  return positions.filter((p) => p.role === seller.role && p.role !== 'head-of-sales');
}

/** Every position that has at least one norm, in the department's order, with its three norms. */
export function activityNorms(profile: Profile): PositionNorms[] {
  const given = profile.processes.activityNorms ?? [];
  const need = monthlyActivityNeed(profile);
  const doers = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, activityDoers(profile, k)])) as Record<ActivityKind, Position[]>;
  const seats = (kind: ActivityKind) => doers[kind].reduce((sum, p) => sum + p.headcount, 0);

  const norm = (position: Position, kind: ActivityKind): Norm | null => {
    const own = given.find((n) => n.position === position.id)?.[PROFILE_FIELD[kind]] ?? null;
    if (own !== null) return { value: own, source: 'profile' };
    const kpi = kpiMonthly(profile, position, kind);
    if (kpi !== null) return { value: monthToNorm(kind, kpi), source: 'kpi' };
    const listed = given.some((n) => n.position === position.id);
    const doing = doers[kind].some((p) => p.id === position.id);
    if (!doing && !listed) return null;
    // A position the profile lists without this value takes a seat beside the doers.
    const total = seats(kind) + (doing ? 0 : position.headcount);
    return { value: monthToNorm(kind, need[kind] / total), source: 'funnel' };
  };

  return profile.department.positions
    .map((p) => {
      const meetings = norm(p, 'meetings');
      const own = norm(p, 'proposals');
      // A proposal follows every meeting held: a derived proposal norm follows the position's own meeting norm.
      const proposals = own?.source === 'funnel' && meetings !== null ? { ...meetings } : own;
      return { position: p.id, calls: norm(p, 'calls'), meetings, proposals };
    })
    .filter((n) => n.calls !== null || n.meetings !== null || n.proposals !== null);
}
