import { describe, expect, it } from 'vitest';
import { rampUpRevenuePlan, rampUpShares } from '../../src/core/math/ramp-up.ts';
import { reference, variant } from './profiles.ts';

describe("a newcomer's revenue plan by month of work", () => {
  it('is the ramp-up share of the personal average monthly plan, up to the full plan', () => {
    // 240 000 000 a year, 70 % left after the key-account share, split by 4 managers: 3 500 000 a month.
    expect(rampUpRevenuePlan(reference(), 'manager')).toEqual([
      { month: 1, sharePct: 50, plan: 1_750_000 },
      { month: 2, sharePct: 80, plan: 2_800_000 },
      { month: 3, sharePct: 100, plan: 3_500_000 },
    ]);
    // The key-account manager carries 30 % alone: 6 000 000 a month.
    expect(rampUpRevenuePlan(reference(), 'account')?.map((m) => m.plan)).toEqual([3_000_000, 4_800_000, 6_000_000]);
  });

  it('follows plan.rampUp and stops at the first full month', () => {
    const p = variant((raw) => (raw.plan['rampUp'] = [30, 60, 90, 100]));
    expect(rampUpShares(p)).toEqual([30, 60, 90, 100]);
    expect(rampUpRevenuePlan(p, 'manager')?.map((m) => m.plan)).toEqual([1_050_000, 2_100_000, 3_150_000, 3_500_000]);
    expect(rampUpShares(variant((raw) => (raw.plan['rampUp'] = [100])))).toEqual([100]);
  });

  it('is null where the position has no personal revenue plan', () => {
    expect(rampUpRevenuePlan(reference(), 'rop')).toBeNull();
    expect(rampUpRevenuePlan(reference(), 'lead')).toBeNull();
  });
});
