import { PROFILE_FILES, profilePath } from '../support/profiles.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mathChecks } from '../../src/core/math/checks.ts';
import { funnelCheck } from '../../src/core/math/funnel.ts';
import { payFor, payoutTable } from '../../src/core/math/payout.ts';
import { payrollCheck } from '../../src/core/math/payroll.ts';
import { positionKpiPlans } from '../../src/core/math/plans.ts';
import { loadProfile } from '../../src/core/profile/load.ts';

const loaded = PROFILE_FILES.map((f) => ({ file: f, result: loadProfile(readFileSync(profilePath(f), 'utf8'), f) }));

describe('every valid fixture profile goes through the math', () => {
  it('has valid fixtures to try', () => {
    expect(loaded.filter((l) => l.result.ok).length).toBeGreaterThan(0);
  });

  for (const { file, result } of loaded) {
    if (!result.ok) continue;
    const profile = result.profile;
    it(`${file}: plans, payout tables, payroll, funnel and checks compute finite numbers`, () => {
      for (const p of profile.department.positions) {
        for (const plan of positionKpiPlans(profile, p.id)) expect(Number.isFinite(plan.plan)).toBe(true);
        for (const row of payoutTable(profile, p.id)) {
          expect(Number.isFinite(row.total)).toBe(true);
          expect(row.total).toBeGreaterThanOrEqual(p.salary);
        }
        expect(payFor(profile, p.id, 100).total).toBeGreaterThanOrEqual(p.salary);
      }
      expect(Number.isFinite(payrollCheck(profile).shareOfMarginPct)).toBe(true);
      expect(Number.isFinite(funnelCheck(profile).capacity)).toBe(true);
      expect(mathChecks(profile).every((i) => i.severity === 'warning')).toBe(true);
    });
  }
});
