/**
 * Activity norms (profile-v2.md, processes.activityNorms): the profile's values win, then a KPI
 * plan of the matching indicator, else the reverse funnel over 21 working days, rounded up. The
 * expected figures are recomputed here from the profile's own inputs, not taken from the math.
 */
import { describe, expect, it } from 'vitest';
import { activityNorms } from '../../src/core/math/activity.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { fixtureProfile } from '../support/packs.ts';
import { reference, variant } from './profiles.ts';

/** The reverse funnel by hand: a month of new business → deals → meetings → leads, each rounded up. */
function byHand(p: Profile): { meetings: number; leads: number } {
  const months = p.plan.seasonality ? p.plan.seasonality.map((s) => (p.plan.revenue * s) / 100) : Array(12).fill(p.plan.revenue / 12);
  const month = months.reduce((a: number, b: number) => a + b, 0) / 12;
  const need = (month * (100 - p.plan.recurringRevenuePct)) / 100;
  const deals = Math.ceil(need / p.plan.funnel.averageDeal - 1e-9);
  const meetings = Math.ceil((deals * 100) / p.plan.funnel.meetingToDealPct - 1e-9);
  const leads = Math.ceil((meetings * 100) / p.plan.funnel.leadToMeetingPct - 1e-9);
  return { meetings, leads };
}

const headcount = (p: Profile, id: string) => p.department.positions.find((x) => x.id === id)?.headcount ?? 0;
const normsOf = (p: Profile, id: string) => activityNorms(p).find((n) => n.position === id);

describe('derived from the reverse funnel when activityNorms is null', () => {
  const ref = reference();
  const funnel = byHand(ref);

  it('the reference has no norms of its own', () => {
    expect(ref.processes.activityNorms).toBeNull();
  });

  it('sales managers: the month’s meetings split over their seats, five of 21 working days a week', () => {
    const week = Math.ceil((funnel.meetings / headcount(ref, 'manager')) * (5 / 21) - 1e-9);
    expect(normsOf(ref, 'manager')?.meetings).toEqual({ value: week, source: 'funnel' });
    // A proposal follows every meeting held.
    expect(normsOf(ref, 'manager')?.proposals).toEqual({ value: week, source: 'funnel' });
    expect(normsOf(ref, 'manager')?.calls).toBeNull();
  });

  it('lead generation makes the first calls: a call per lead, 21 working days', () => {
    const day = Math.ceil(funnel.leads / headcount(ref, 'lead') / 21 - 1e-9);
    expect(normsOf(ref, 'lead')?.calls).toEqual({ value: day, source: 'funnel' });
    expect(normsOf(ref, 'lead')?.meetings).toBeNull();
  });

  it('without lead generation the sellers make the calls', () => {
    const p = variant((raw) => {
      raw.department.positions = raw.department.positions.filter((x) => x['id'] !== 'lead');
      raw.kpis = raw.kpis.filter((k) => k.position !== 'lead');
      raw.motivation = raw.motivation.filter((m) => m['position'] !== 'lead');
    });
    const day = Math.ceil(byHand(p).leads / headcount(p, 'manager') / 21 - 1e-9);
    expect(normsOf(p, 'manager')?.calls).toEqual({ value: day, source: 'funnel' });
  });

  it('a bigger plan takes more meetings', () => {
    const p = variant((raw) => (raw.plan['revenue'] = 480_000_000));
    expect(normsOf(p, 'manager')?.meetings?.value).toBeGreaterThan(normsOf(ref, 'manager')?.meetings?.value ?? Infinity);
  });
});

describe('the profile’s norms and KPI plans', () => {
  it('logiline-services: the norms the profile gives are printed as given', () => {
    const p = fixtureProfile('logiline-services.yaml');
    expect(normsOf(p, 'manager')).toEqual({
      position: 'manager',
      calls: { value: 25, source: 'profile' },
      meetings: { value: 3, source: 'profile' },
      proposals: { value: 3, source: 'profile' },
    });
  });

  it('vektor: lead generation’s calls KPI of 800 a month gives ceil(800 / 21) calls a day', () => {
    const p = fixtureProfile('vektor.yaml');
    expect(normsOf(p, 'lead')?.calls).toEqual({ value: Math.ceil(800 / 21), source: 'kpi' });
  });

  it('a position listed with a value left null gets that value derived', () => {
    const p = variant((raw) => {
      (raw['processes'] as Record<string, unknown>)['activityNorms'] = [{ position: 'manager', callsPerDay: 30 }];
    });
    const n = normsOf(p, 'manager');
    expect(n?.calls).toEqual({ value: 30, source: 'profile' });
    expect(n?.meetings?.source).toBe('funnel');
    expect(n?.meetings?.value).toBe(normsOf(reference(), 'manager')?.meetings?.value);
  });
});
