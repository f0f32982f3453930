/** When documents come into force and when the variable pay first applies: calendar arithmetic by hand. */
import { describe, expect, test } from 'vitest';
import { variant } from '../../../tests/math/profiles.ts';
import { firstPeriodAfter, inForceFrom, planYearInForce } from './in-force.ts';

describe('the first pay period begun after a day', () => {
  test.each([
    ['2027-01-15', 'month', '2027-02-01'],
    ['2027-01-01', 'month', '2027-02-01'],
    ['2027-12-31', 'month', '2028-01-01'],
    ['2027-01-11', 'quarter', '2027-04-01'],
    ['2027-03-31', 'quarter', '2027-04-01'],
    ['2027-11-02', 'quarter', '2028-01-01'],
    ['2027-01-15', 'year', '2028-01-01'],
  ] as const)('%s, paid per %s: %s', (day, period, first) => {
    expect(firstPeriodAfter(day, period)).toBe(first);
  });
});

describe('in force', () => {
  const at = (approvalDate: string | null) =>
    variant((raw) => {
      (raw as unknown as { documents: Record<string, unknown> }).documents['approvalDate'] = approvalDate;
    });

  test('a plan-year document: 1 January, or the approval later in the plan year', () => {
    expect(planYearInForce(at('2026-12-20'))).toBe('2027-01-01');
    expect(planYearInForce(at('2027-03-10'))).toBe('2027-03-10');
    expect(planYearInForce(at(null))).toBe('2027-01-01');
  });

  test('any other document: the approval day, or none when it is left blank', () => {
    expect(inForceFrom(at('2026-12-20'), {})).toBe('2026-12-20');
    expect(inForceFrom(at('2026-12-20'), { inForce: 'plan-year' })).toBe('2027-01-01');
    expect(inForceFrom(at(null), {})).toBeNull();
  });
});
