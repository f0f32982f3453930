import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attainmentPct, factForAttainment } from '../../src/core/math/attainment.ts';
import { payFor, payoutTable, whatIf } from '../../src/core/math/payout.ts';
import { positionKpiPlans } from '../../src/core/math/plans.ts';
import { kpiBonus, revenuePercent } from '../../src/core/math/scheme.ts';
import { formatMoney, roundHalfAway } from '../../src/core/text/format.ts';
import { plainSpaces, reference, variant } from './profiles.ts';

const ref = reference();

/** The reference payout table of motivation.md: total pay of one employee in an average month. */
const REFERENCE_TABLE: Record<string, number[]> = {
  rop: [120_000, 120_000, 184_000, 192_000, 200_000, 212_000, 224_000, 224_000],
  manager: [50_000, 78_000, 82_000, 86_000, 90_000, 98_000, 106_000, 110_000],
  account: [70_000, 93_520, 96_880, 100_240, 120_400, 125_440, 130_480, 145_600],
  lead: [35_000, 49_000, 51_000, 53_000, 55_000, 58_333, 61_667, 65_000],
};

describe('the reference payout table', () => {
  for (const [id, totals] of Object.entries(REFERENCE_TABLE)) {
    it(`${id}: totals at 50…150 % match motivation.md after rounding half away from zero`, () => {
      const rows = payoutTable(ref, id);
      expect(rows.map((r) => r.attainment)).toEqual([50, 70, 80, 90, 100, 110, 120, 150]);
      expect(rows.map((r) => roundHalfAway(r.total))).toEqual(totals);
    });
  }

  it('keeps money unrounded: lead at 110 % is 58 333,33…, shown as 58 333', () => {
    const lead110 = payFor(ref, 'lead', 110);
    expect(lead110.total).not.toBe(58_333);
    expect(lead110.total).toBeCloseTo(58_333.333, 3);
    expect(plainSpaces(formatMoney(lead110.total, 'RUB'))).toBe('58 333 ₽');
  });

  it('shows the coefficient for kpi-bonus and the rate for revenue-percent', () => {
    expect(payoutTable(ref, 'rop').map((r) => r.coefficient)).toEqual(
      [0, 0, 0.8, 0.9, 1, 1.15, 1.3, 1.3].map((k) => expect.closeTo(k, 12)),
    );
    expect(payoutTable(ref, 'account').map((r) => r.rate)).toEqual([0, 2, 2, 2, 3, 3, 3, 3]);
    expect(payoutTable(ref, 'account')[0]!.coefficient).toBeNull();
  });

  it('takes other attainment levels', () => {
    expect(payoutTable(ref, 'manager', [0, 130]).map((r) => r.total)).toEqual([50_000, 110_000]);
  });
});

describe('kpi-bonus', () => {
  it('caps the bonus by maxBonus: manager at 150 % would get 68 000, gets 60 000', () => {
    const pay = payFor(ref, 'manager', 150);
    expect(pay).toMatchObject({
      coefficient: expect.closeTo(1.7, 12),
      bonusBeforeCap: expect.closeTo(68_000, 6),
      capped: true,
      bonus: 60_000,
      total: 110_000,
    });
  });

  it('does not report a cap below it', () => {
    expect(payFor(ref, 'manager', 120)).toMatchObject({ capped: false, bonus: expect.closeTo(56_000, 6) });
  });

  it('weighs each KPI by its own attainment: K = Σ weight × f(A)', () => {
    const pay = payFor(ref, 'manager', [110, 80, 100]);
    expect(pay.kpis.map((k) => k.coefficient)).toEqual([1.2, 0.8, 1].map((c) => expect.closeTo(c, 12)));
    expect(pay.kpis.map((k) => k.contribution)).toEqual([0.72, 0.16, 0.2].map((c) => expect.closeTo(c, 12)));
    expect(pay.coefficient).toBeCloseTo(1.08, 12);
    expect(pay.bonus).toBeCloseTo(43_200, 6);
  });

  it('uses an item curve instead of the position curve', () => {
    const p = variant((raw) => {
      raw.kpis[1]!.items[2]!['curve'] = [
        [0, 0],
        [100, 100],
        [200, 200],
      ];
    });
    // Overdue receivables at 50 % attainment: 50 on its own linear curve, 0 on the manager curve.
    expect(payFor(p, 'manager', [100, 100, 50]).coefficient).toBeCloseTo(0.6 + 0.2 + 0.1, 12);
    expect(payFor(ref, 'manager', [100, 100, 50]).coefficient).toBeCloseTo(0.8, 12);
  });

  it('works on plain numbers too', () => {
    const r = kpiBonus(
      {
        targetBonus: 50_000,
        maxBonus: 55_000,
        curve: [
          [0, 0],
          [200, 200],
        ],
        items: [
          { weight: 50, curve: null },
          { weight: 50, curve: null },
        ],
      },
      [100, 140],
    );
    expect(r).toMatchObject({ coefficient: 1.2, bonusBeforeCap: 60_000, capped: true, bonus: 55_000 });
  });
});

describe('revenue-percent', () => {
  it('takes the rate from the curve and the base from margin: account at 100 %', () => {
    const pay = payFor(ref, 'account', 100);
    expect(pay).toMatchObject({ scheme: 'revenue-percent', rate: 3, revenue: 6_000_000, coefficient: null });
    expect(pay.base).toBeCloseTo(1_680_000, 6);
    expect(pay.bonus).toBeCloseTo(50_400, 6);
  });

  it('takes the rate on revenue itself when the base is revenue', () => {
    const p = variant((raw) => {
      raw.motivation[2]!['base'] = 'revenue';
    });
    const pay = payFor(p, 'account', 70);
    expect(pay.base).toBeCloseTo(4_200_000, 6);
    expect(pay.bonus).toBeCloseTo(84_000, 6);
  });

  it('caps the bonus by maxBonus', () => {
    const p = variant((raw) => {
      raw.motivation[2]!['maxBonus'] = 55_000;
    });
    expect(payFor(p, 'account', 100)).toMatchObject({ capped: false, total: expect.closeTo(120_400, 6) });
    expect(payFor(p, 'account', 150)).toMatchObject({
      bonusBeforeCap: expect.closeTo(75_600, 6),
      capped: true,
      bonus: 55_000,
      total: 125_000,
    });
  });

  it('uses the seasonal plan of a month when asked', () => {
    // December: 26 400 000 × 30 % = 7 920 000; at 100 %: × 28 % × 3 %.
    expect(payFor(ref, 'account', 100, { month: 12 }).bonus).toBeCloseTo(66_528, 6);
  });

  it('works on plain numbers too', () => {
    const r = revenuePercent({ rateCurve: [[0, 5]], maxBonus: null, marginPct: 50 }, 80, 1_000_000);
    expect(r).toMatchObject({ rate: 5, revenue: 800_000, base: 400_000, bonus: 20_000, capped: false });
  });
});

describe('salary-only', () => {
  it('pays the salary whatever the attainment, also with no motivation entry at all', () => {
    const p = variant((raw) => {
      raw.motivation[3] = { position: 'lead', scheme: 'salary-only' };
      raw.motivation.splice(0, 1);
    });
    expect(payFor(p, 'lead', 150)).toMatchObject({ scheme: 'salary-only', bonus: 0, total: 35_000 });
    expect(payFor(p, 'rop', 150)).toMatchObject({ scheme: 'salary-only', bonus: 0, total: 120_000 });
    expect(payFor(p, 'lead', 150).kpis.map((k) => k.attainment)).toEqual([150, 150]);
  });
});

describe('what-if with real facts', () => {
  it('measures higher-is-better KPIs as fact / plan', () => {
    const pay = whatIf(ref, 'manager', [3_850_000, 2, 5]);
    expect(pay.kpis.map((k) => k.attainment)).toEqual([110, 80, 100].map((a) => expect.closeTo(a, 9)));
    expect(pay.bonus).toBeCloseTo(43_200, 6);
  });

  it('measures lower-is-better KPIs as plan / fact', () => {
    // Overdue receivables: plan 5 %, fact 4 % → 125 % → f = 145.
    const better = whatIf(ref, 'manager', [3_500_000, 2.5, 4]);
    expect(better.kpis[2]).toMatchObject({ direction: 'lower', plan: 5, fact: 4, attainment: 125 });
    expect(better.kpis[2]!.coefficient).toBeCloseTo(1.45, 12);
    expect(better.bonus).toBeCloseTo(40_000 * (0.6 + 0.2 + 0.29), 6);
    // Fact 10 % → 50 % → below the threshold: the KPI adds nothing.
    const worse = whatIf(ref, 'manager', [3_500_000, 2.5, 10]);
    expect(worse.kpis[2]).toMatchObject({ attainment: 50, coefficient: 0 });
    expect(worse.total).toBeCloseTo(82_000, 6);
  });

  it('treats a lower-is-better fact of 0 as beating any plan instead of dividing by zero', () => {
    const pay = whatIf(ref, 'manager', [3_500_000, 2.5, 0]);
    expect(pay.kpis[2]!.attainment).toBe(Infinity);
    expect(pay.kpis[2]!.coefficient).toBeCloseTo(1.7, 12);
    expect(Number.isFinite(pay.total)).toBe(true);
    expect(attainmentPct(0, 0, 'lower')).toBe(100);
    expect(attainmentPct(3, 0, 'lower')).toBe(0);
    expect(attainmentPct(0, 0, 'higher')).toBe(100);
  });

  it('pays revenue-percent on the revenue the fact shows', () => {
    const pay = whatIf(ref, 'account', [6_600_000, 85]);
    expect(pay.kpis[0]!.attainment).toBeCloseTo(110, 9);
    expect(pay.revenue).toBeCloseTo(6_600_000, 4);
    expect(pay.total).toBeCloseTo(125_440, 6);
  });

  it('asks for one fact per KPI', () => {
    expect(() => whatIf(ref, 'manager', [1, 2])).toThrow(/3 KPIs/);
    expect(() => whatIf(ref, 'manager', [1, 2, -1])).toThrow();
  });
});

describe('rounding when shown', () => {
  it('rounds half away from zero, never to even', () => {
    expect(roundHalfAway(0.5)).toBe(1);
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(58_333.5)).toBe(58_334);
  });

  it('keeps a half unit in the math and rounds it up only in the text', () => {
    const p = variant((raw) => {
      raw.motivation[3] = {
        position: 'lead',
        scheme: 'kpi-bonus',
        targetBonus: 1_001,
        curve: [
          [0, 0],
          [200, 200],
        ],
      };
    });
    const pay = payFor(p, 'lead', 50);
    expect(pay.total).toBe(35_500.5);
    expect(plainSpaces(formatMoney(pay.total, 'RUB'))).toBe('35 501 ₽');
  });
});

const POSITIONS = ['rop', 'manager', 'account', 'lead'] as const;
const level = fc.oneof(fc.constantFrom(50, 60, 70, 80, 90, 100, 110, 120, 130, 150), fc.double({ min: 1, max: 300, noNaN: true }));

describe('payout properties', () => {
  it('pay is never below salary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...POSITIONS),
        fc.array(fc.double({ min: 0, max: 1000, noNaN: true }), { minLength: 3, maxLength: 3 }),
        (id, as) => {
          const n = positionKpiPlans(ref, id).length;
          const pay = payFor(ref, id, as.slice(0, n));
          expect(pay.total).toBeGreaterThanOrEqual(pay.salary);
          expect(pay.bonus).toBeLessThanOrEqual(pay.maxBonus ?? Infinity);
        },
      ),
    );
  });

  it('pay is never below salary for any kpi-bonus scheme', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 1e6, noNaN: true })),
        fc.array(fc.tuple(fc.double({ min: 0, max: 300, noNaN: true }), fc.double({ min: 0, max: 300, noNaN: true })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (targetBonus, maxBonus, points, a) => {
          const curve = [...points].sort((p, q) => p[0] - q[0]);
          const r = kpiBonus(
            {
              targetBonus,
              maxBonus,
              curve,
              items: [
                { weight: 60, curve: null },
                { weight: 40, curve: null },
              ],
            },
            [a, a],
          );
          expect(r.bonus).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });

  it('a payout table row equals what-if with every KPI at that attainment', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POSITIONS), level, (id, a) => {
        const [row] = payoutTable(ref, id, [a]);
        const facts = positionKpiPlans(ref, id).map((k) => factForAttainment(k.plan, a, k.direction));
        const pay = whatIf(ref, id, facts);
        expect(pay.total).toBeCloseTo(row!.total, 6);
        expect(pay.coefficient ?? pay.rate).toBeCloseTo(row!.coefficient ?? row!.rate ?? NaN, 9);
      }),
    );
  });
});
