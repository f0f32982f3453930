import { describe, expect, it } from 'vitest';
import { funnelCheck, reverseFunnel } from '../../src/core/math/funnel.ts';
import { payrollCheck } from '../../src/core/math/payroll.ts';
import { formatPercent } from '../../src/core/text/format.ts';
import { plainSpaces, reference, variant } from './profiles.ts';

const ref = reference();

describe('payroll check (motivation.md)', () => {
  it('reference: 9 484 800 a year at plan, 14,1 % of 67 200 000 gross margin, 3,95 % of revenue', () => {
    const p = payrollCheck(ref);
    expect(p.annual).toBeCloseTo(9_484_800, 4);
    expect(p.grossMargin).toBeCloseTo(67_200_000, 4);
    expect(plainSpaces(formatPercent(p.shareOfMarginPct))).toBe('14,1 %');
    expect(plainSpaces(formatPercent(p.shareOfRevenuePct, 2))).toBe('3,95 %');
    expect(p).toMatchObject({ maxSharePct: 40, over: false });
    expect(p.allowed).toBeCloseTo(26_880_000, 4);
  });

  it('adds up headcount × pay at 100 % × 12 per position', () => {
    expect(payrollCheck(ref).lines.map((l) => [l.positionId, l.headcount, Math.round(l.payPerEmployee), Math.round(l.year)])).toEqual([
      ['rop', 1, 200_000, 2_400_000],
      ['manager', 4, 90_000, 4_320_000],
      ['account', 1, 120_400, 1_444_800],
      ['lead', 2, 55_000, 1_320_000],
    ]);
  });

  it('is over when the profile allows a smaller share', () => {
    expect(payrollCheck(variant((raw) => (raw.plan['maxPayrollSharePct'] = 10))).over).toBe(true);
  });
});

describe('funnel check', () => {
  it('reference: 400 × 25 % × 20 % × 450 000 = 9 000 000 covers 20 000 000 × 40 % = 8 000 000', () => {
    const f = funnelCheck(ref);
    expect(f).toMatchObject({
      capacity: 9_000_000,
      need: 8_000_000,
      shortfall: false,
      gap: 0,
      revenueMonth: 20_000_000,
      newBusinessPct: 40,
    });
    expect(f.output).toEqual({ meetings: 100, deals: 20, revenue: 9_000_000 });
  });

  it('reverse funnel: deals, meetings and leads a month, each rounded up', () => {
    expect(funnelCheck(ref).required).toEqual({ deals: 18, meetings: 90, leads: 360 });
    // Domain brief §5.2 rounds up at each stage: 20 deals at 20 % take 100 meetings, not 101.
    expect(reverseFunnel(9_000_000, ref.plan.funnel)).toEqual({ deals: 20, meetings: 100, leads: 400 });
  });

  it('a weakened funnel falls short and says what would close the gap', () => {
    const weak = variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 300));
    const f = funnelCheck(weak);
    expect(f).toMatchObject({ capacity: 6_750_000, shortfall: true, gap: 1_250_000 });
    expect(f.remedies.leadsPerMonth).toBeCloseTo(355.56, 2);
    expect(f.remedies.meetingToDealPct).toBeCloseTo(23.704, 3);
    expect(f.remedies.leadToMeetingPct).toBeCloseTo(29.63, 2);
  });

  it('states the gap stage by stage: whole leads against the flow, meetings and deals against the funnel’s average', () => {
    // 300 leads × 25 % = 75 meetings × 20 % = 15 deals; the plan takes 18 deals, 90 meetings, 360 leads.
    const f = funnelCheck(variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 300)));
    expect(f.shortBy).toEqual({ leads: 60, meetings: 15, deals: 3, revenue: 1_250_000 });
    // 150 leads give 7,5 deals on average: 10,5 short of 18.
    expect(funnelCheck(variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 150))).shortBy).toMatchObject({ leads: 210, deals: 10.5 });
  });

  it('states no gap when the money is covered, even if the whole-deal reverse funnel asks for a few more leads', () => {
    expect(funnelCheck(ref).shortBy).toEqual({ leads: 0, meetings: 0, deals: 0, revenue: 0 });
    // 356 leads give 8 010 000 a month against a need of 8 000 000, though 18 whole deals take 360 leads.
    const tight = funnelCheck(variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 356)));
    expect(tight.shortfall).toBe(false);
    expect(tight.required.leads).toBeGreaterThan(356);
    expect(tight.shortBy.leads).toBe(0);
  });

  it('offers no conversion above 100 %', () => {
    const f = funnelCheck(variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 20)));
    expect(f.remedies).toMatchObject({ meetingToDealPct: null, leadToMeetingPct: null });
  });

  it('needs nothing when all revenue is recurring', () => {
    const f = funnelCheck(variant((raw) => (raw.plan['recurringRevenuePct'] = 100)));
    expect(f).toMatchObject({ need: 0, shortfall: false, required: { deals: 0, meetings: 0, leads: 0 } });
  });
});
