import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveEnd, curveSteps, curveValue, curveValueFromBelow, type Curve } from '../../src/core/math/curve.ts';

const manager: Curve = [
  [0, 0],
  [70, 0],
  [70, 70],
  [100, 100],
  [120, 140],
  [150, 170],
];

describe('curveValue: the rules of motivation.md', () => {
  it('reproduces the manager curve of the spec', () => {
    expect(curveValue(manager, 69.9)).toBe(0);
    expect(curveValue(manager, 70)).toBe(70);
    expect(curveValue(manager, 110)).toBe(120);
    expect(curveValue(manager, 150)).toBe(170);
    expect(curveValue(manager, 200)).toBe(170);
  });

  it('gives the first value below the first point', () => {
    const curve: Curve = [
      [50, 20],
      [100, 100],
    ];
    expect(curveValue(curve, 0)).toBe(20);
    expect(curveValue(curve, 49.99)).toBe(20);
    expect(curveValue(curve, -5)).toBe(20);
  });

  it('gives the last value at and past the last point: the curve caps itself', () => {
    const curve: Curve = [
      [0, 0],
      [100, 100],
      [130, 150],
    ];
    expect(curveValue(curve, 130)).toBe(150);
    expect(curveValue(curve, 1000)).toBe(150);
    expect(curveValue(curve, Infinity)).toBe(150);
  });

  it('applies the later point of a step from its attainment on', () => {
    const step: Curve = [
      [0, 0],
      [60, 0],
      [60, 2],
      [100, 2],
      [100, 3],
    ];
    expect(curveValue(step, 59.999)).toBe(0);
    expect(curveValue(step, 60)).toBe(2);
    expect(curveValue(step, 99.999)).toBe(2);
    expect(curveValue(step, 100)).toBe(3);
  });

  it('takes the last of several points at one attainment', () => {
    expect(
      curveValue(
        [
          [0, 0],
          [80, 10],
          [80, 40],
          [80, 80],
          [100, 100],
        ],
        80,
      ),
    ).toBe(80);
  });

  it('interpolates linearly between points', () => {
    const lead: Curve = [
      [0, 0],
      [60, 0],
      [60, 60],
      [100, 100],
      [130, 150],
    ];
    expect(curveValue(lead, 80)).toBe(80);
    expect(curveValue(lead, 110)).toBeCloseTo(116.6667, 4);
    expect(
      curveValue(
        [
          [0, 0],
          [100, 100],
        ],
        37.5,
      ),
    ).toBe(37.5);
  });

  it('reads a one-point curve as a constant', () => {
    expect(curveValue([[100, 42]], 0)).toBe(42);
    expect(curveValue([[100, 42]], 500)).toBe(42);
  });

  it('does not let binary noise of fact / plan drop an attainment below a threshold it reaches', () => {
    const noisy = (4_200_000 / 6_000_000) * 100 - 1e-12;
    expect(curveValue(manager, noisy)).toBe(70);
  });

  it('rejects an empty curve', () => {
    expect(() => curveValue([], 50)).toThrow(RangeError);
  });
});

describe('curve helpers', () => {
  it('curveValueFromBelow gives the value before a step and equals curveValue elsewhere', () => {
    expect(curveValueFromBelow(manager, 70)).toBe(0);
    expect(curveValueFromBelow(manager, 110)).toBe(120);
    expect(curveValueFromBelow(manager, 10)).toBe(0);
    expect(curveValueFromBelow(manager, 200)).toBe(170);
  });

  it('curveSteps lists the jumps, curveEnd where the curve ends', () => {
    expect(curveSteps(manager)).toEqual([{ attainment: 70, from: 0, to: 70 }]);
    expect(
      curveSteps([
        [0, 0],
        [60, 0],
        [60, 2],
        [100, 2],
        [100, 3],
      ]),
    ).toEqual([
      { attainment: 60, from: 0, to: 2 },
      { attainment: 100, from: 2, to: 3 },
    ]);
    expect(
      curveSteps([
        [0, 0],
        [50, 5],
        [50, 5],
        [100, 10],
      ]),
    ).toEqual([]);
    expect(curveEnd(manager)).toBe(150);
  });
});

/** A valid curve: attainments never go down (equal ones make steps), values are not negative. */
function curves(values: fc.Arbitrary<number[]>): fc.Arbitrary<Curve> {
  return fc
    .tuple(
      fc.double({ min: 0, max: 200, noNaN: true }),
      fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 100, noNaN: true })), { minLength: 0, maxLength: 7 }),
    )
    .chain(([start, gaps]) =>
      values.map((vs) => {
        let x = start;
        const xs = [start, ...gaps.map((g) => (x += g))];
        return xs.map((a, i): readonly [number, number] => [a, vs[i % vs.length] ?? 0]);
      }),
    );
}

const anyValues = fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 8, maxLength: 8 });
const risingValues = anyValues.map((vs) => [...vs].sort((a, b) => a - b));
const attainment = fc.double({ min: -10, max: 1000, noNaN: true });
const slack = (v: number) => 1e-9 * (1 + Math.abs(v));

describe('curve properties', () => {
  it('the value lies within the smallest and largest value of the points', () => {
    fc.assert(
      fc.property(curves(anyValues), attainment, (curve, x) => {
        const ys = curve.map((p) => p[1]);
        const v = curveValue(curve, x);
        expect(v).toBeGreaterThanOrEqual(Math.min(...ys) - slack(v));
        expect(v).toBeLessThanOrEqual(Math.max(...ys) + slack(v));
      }),
    );
  });

  it('never goes down where the values of the points never go down', () => {
    fc.assert(
      fc.property(curves(risingValues), attainment, attainment, (curve, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(curveValue(curve, lo)).toBeLessThanOrEqual(curveValue(curve, hi) + slack(curveValue(curve, hi)));
      }),
    );
  });

  it('reading from below never exceeds the value itself on a rising curve', () => {
    fc.assert(
      fc.property(curves(risingValues), attainment, (curve, x) => {
        expect(curveValueFromBelow(curve, x)).toBeLessThanOrEqual(curveValue(curve, x) + slack(curveValue(curve, x)));
      }),
    );
  });
});
