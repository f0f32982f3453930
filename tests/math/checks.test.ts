import { describe, expect, it } from 'vitest';
import { mathChecks } from '../../src/core/math/checks.ts';
import { MATH_CODES } from '../../src/core/math/codes.ts';
import { capBeforeCurveTop, payCliffs, zeroBonusAtPlan } from '../../src/core/math/lints.ts';
import { plansAboveFunnel } from '../../src/core/math/plan-feasibility.ts';
import type { Issue } from '../../src/core/profile/issues.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';
import { plainSpaces, reference, referenceRaw, variant } from './profiles.ts';
import { fixtureProfile } from '../support/packs.ts';

const ref = reference();
const byCode = (issues: Issue[], code: string) => issues.filter((i) => i.code === code);
const lines = (issues: Issue[]) => issues.map((i) => `${i.path}: ${plainSpaces(i.message)}`);

describe('mathChecks on the reference profile', () => {
  const issues = mathChecks(ref);

  it('finds no funnel shortfall and no payroll over its share', () => {
    expect(byCode(issues, MATH_CODES.funnelShortfall)).toEqual([]);
    expect(byCode(issues, MATH_CODES.payrollOverShare)).toEqual([]);
    expect(byCode(issues, MATH_CODES.planAboveFunnel)).toEqual([]);
  });

  it('warns only, each with a path and a stable code', () => {
    expect(issues.every((i) => i.severity === 'warning' && i.path !== '')).toBe(true);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['pay-cliff', 'motivation[0].curve'],
      ['cap-before-curve-top', 'motivation[1].maxBonus'],
      ['pay-cliff', 'motivation[1].curve'],
      ['pay-cliff', 'motivation[3].curve'],
      ['kpi-count-fractional', 'kpis[1].items[1].period'],
    ]);
  });

  it('a derived count plan that is not whole names the period that makes it whole', () => {
    expect(byCode(issues, MATH_CODES.countFractional).map((i) => i.message)).toEqual([
      'план показателя «Новые клиенты» за месяц выходит дробным — 2,5: за год план целый — 30: поставьте period: year',
    ]);
  });

  it('joins the profile validation as an extra check', () => {
    const result = validateProfile(referenceRaw(), { extraChecks: [mathChecks] });
    expect(result.ok).toBe(true);
    expect(result.warnings.filter((w) => Object.values<string>(MATH_CODES).includes(w.code))).toHaveLength(5);
  });
});

describe('funnel shortfall', () => {
  it('says what the funnel gives, what is needed and how many leads would close the gap', () => {
    const weak = variant((raw) => (raw.plan.funnel['leadsPerMonth'] = 300));
    const [warning, ...rest] = byCode(mathChecks(weak), MATH_CODES.funnelShortfall);
    expect(rest).toEqual([]);
    expect(warning?.path).toBe('plan.funnel');
    const text = plainSpaces(warning?.message ?? '');
    expect(text).toContain('воронка даёт 6 750 000 ₽ новых продаж в месяц при потребности 8 000 000 ₽');
    expect(text).toContain('не хватает 1 250 000 ₽');
    expect(text).toContain('сделок — 18, встреч — 90, лидов — 360');
    expect(text).toContain('увеличить поток лидов до 360 в месяц (сейчас 300)');
    // Required conversions are rounded up, so the printed figure is enough: 23,70… → 23,8.
    expect(text).toContain('конверсию из встречи в сделку до 23,8 % (сейчас 20 %)');
    expect(text).toContain('конверсию из лида во встречу до 29,7 % (сейчас 25 %)');
  });
});

describe('payroll above the allowed share', () => {
  it('names the payroll, its share and the limit', () => {
    const tight = variant((raw) => (raw.plan['maxPayrollSharePct'] = 10));
    expect(lines(byCode(mathChecks(tight), MATH_CODES.payrollOverShare))).toEqual([
      'plan.maxPayrollSharePct: фонд оплаты труда отдела при выполнении плана — 9 484 800 ₽ в год: 14,1 % валовой маржи ' +
        '(67 200 000 ₽) и 4 % выручки, а допустимо не больше 10 % маржи (6 720 000 ₽); снизьте оклады или премии либо пересмотрите план',
    ]);
  });
});

describe('cap reached before the top of the curve', () => {
  it('manager: 60 000 is reached at 130 % while the curve rises to 150 %', () => {
    const cap = capBeforeCurveTop(ref, 'manager');
    expect(cap?.bindsAt).toBeCloseTo(130, 6);
    expect(cap).toMatchObject({ maxBonus: 60_000, curveTop: 150, bonusAtTop: expect.closeTo(68_000, 6) });
    const [warning] = byCode(mathChecks(ref), MATH_CODES.capBeforeCurveTop);
    expect(plainSpaces(warning?.message ?? '')).toContain(
      'упирается в предел 60 000 ₽ уже при выполнении плана на 130 %, а кривая растёт до 150 %',
    );
  });

  it('is quiet when the cap binds only at the top or there is none', () => {
    expect(capBeforeCurveTop(ref, 'rop')).toBeNull();
    expect(
      capBeforeCurveTop(
        variant((raw) => (raw.motivation[1]!['maxBonus'] = 68_000)),
        'manager',
      ),
    ).toBeNull();
  });

  it('finds a cap that binds at a step of a revenue-percent rate', () => {
    const p = variant((raw) => {
      raw.motivation[2]!['maxBonus'] = 40_000;
      raw.motivation[2]!['rateCurve'] = [
        [0, 0],
        [60, 0],
        [60, 2],
        [100, 2],
        [100, 3],
        [150, 4],
      ];
    });
    // 6 000 000 × 28 % × 3 % = 50 400 at 100 %: over the cap right at the step.
    expect(capBeforeCurveTop(p, 'account')).toMatchObject({ bindsAt: 100, curveTop: 150 });
  });
});

describe('cliffs', () => {
  it('rop: the 80 % threshold adds 64 000, 32 % of the 200 000 pay at plan', () => {
    expect(payCliffs(ref, 'rop')).toEqual([
      {
        attainment: 80,
        below: 120_000,
        at: 184_000,
        jump: 64_000,
        threshold: true,
        targetPay: 200_000,
        sharePct: 32,
        path: ['motivation', 0, 'curve'],
      },
    ]);
  });

  it('respects the limit: account steps (16,7 % and 14 %) stay under 20 %, not under 10 %', () => {
    expect(payCliffs(ref, 'account')).toEqual([]);
    expect(payCliffs(ref, 'account', 10).map((c) => [c.attainment, Math.round(c.jump)])).toEqual([
      [60, 20_160],
      [100, 16_800],
    ]);
  });

  it('words a jump between bands differently from a threshold, and can leave thresholds out', () => {
    const p = variant((raw) => {
      raw.motivation[2]!['rateCurve'] = [
        [0, 0],
        [60, 0],
        [60, 2],
        [100, 2],
        [100, 5],
      ];
    });
    const [jump] = byCode(mathChecks(p), MATH_CODES.payCliff).filter((i) => i.path === 'motivation[2].rateCurve');
    expect(plainSpaces(jump?.message ?? '')).toContain('ступенька при выполнении плана на 100 %');
    expect(plainSpaces(jump?.message ?? '')).toContain('с 103 600 ₽ до 154 000 ₽ (+50 400 ₽');
    const quiet = mathChecks(p, { cliffThresholds: false });
    expect(byCode(quiet, MATH_CODES.payCliff).map((i) => i.path)).toEqual(['motivation[2].rateCurve']);
  });

  it('points at the KPI item whose own curve makes the step', () => {
    const p = variant((raw) => {
      raw.motivation[0]!['curve'] = [
        [0, 0],
        [100, 100],
        [120, 130],
      ];
      raw.kpis[0]!.items[0]!['curve'] = [
        [0, 0],
        [90, 0],
        [90, 100],
        [120, 130],
      ];
    });
    const rop = payCliffs(p, 'rop');
    expect(rop.map((c) => [c.attainment, c.path])).toEqual([[90, ['kpis', 0, 'items', 0, 'curve']]]);
    expect(byCode(mathChecks(p), MATH_CODES.payCliff).map((i) => i.path)).toContain('kpis[0].items[0].curve');
  });
});

describe('zero bonus at plan', () => {
  it('warns when 100 % of plan pays nothing', () => {
    const p = variant((raw) => {
      raw.motivation[3]!['curve'] = [
        [0, 0],
        [110, 0],
        [110, 110],
        [130, 150],
      ];
    });
    expect(zeroBonusAtPlan(p, 'lead')).toBe(true);
    expect(zeroBonusAtPlan(ref, 'lead')).toBe(false);
    expect(lines(byCode(mathChecks(p), MATH_CODES.zeroBonusAtPlan))).toEqual([
      'motivation[3]: при выполнении плана на 100 % премия должности «Менеджер по лидогенерации» равна 0: сотрудник получает только оклад 35 000 ₽; проверьте кривую схемы мотивации',
    ]);
  });
});

describe('plans the funnel cannot feed', () => {
  it('an explicit meetings plan above the meetings the funnel gives', () => {
    const p = variant((raw) => (raw.kpis[3]!.items[0]!['plan'] = 80));
    expect(plansAboveFunnel(p)).toEqual([
      expect.objectContaining({ positionId: 'lead', itemIndex: 0, perMonth: 160, demand: 160, supply: 100 }),
    ]);
    expect(lines(byCode(mathChecks(p), MATH_CODES.planAboveFunnel))).toEqual([
      'kpis[3].items[0].plan: план «Назначенные встречи» должности «Менеджер по лидогенерации» — 80 на сотрудника за месяц, ' +
        'это на всю должность (2 чел.) 160 в месяц, а воронка даёт в месяц встреч: 100: такой план воронка не обеспечит; ' +
        'уменьшите план или усильте воронку',
    ]);
  });

  it('an explicit revenue plan whose new business exceeds the funnel', () => {
    const p = variant((raw) => {
      raw.department.positions[2]!['revenueSharePct'] = null;
      raw.kpis[1]!.items[0]!['plan'] = 6_000_000; // 4 × 6 000 000 × 40 % = 9 600 000 > 9 000 000
    });
    const [found] = plansAboveFunnel(p);
    expect(found).toMatchObject({ positionId: 'manager', derivation: 'revenue', perMonth: 24_000_000, supply: 9_000_000 });
    expect(found?.demand).toBeCloseTo(9_600_000, 4);
    const [warning] = byCode(mathChecks(p), MATH_CODES.planAboveFunnel);
    expect(plainSpaces(warning?.message ?? '')).toContain(
      'из них новых продаж 9 600 000 ₽, а воронка даёт 9 000 000 ₽ новых продаж в месяц',
    );
  });

  it('a yearly new-clients plan above the deals the funnel closes', () => {
    const p = variant((raw) => (raw.plan['newClients'] = 300));
    expect(lines(byCode(mathChecks(p), MATH_CODES.planAboveFunnel))).toEqual([
      'plan.newClients: план новых клиентов — 300 в год, 25 в месяц, а воронка даёт в месяц сделок: 20 ' +
        '(лиды 400 × конверсия во встречу 25 % × конверсия в сделку 20 %); уменьшите план или усильте воронку',
    ]);
  });

  it('derived plans never repeat the department warning per position', () => {
    expect(plansAboveFunnel(ref)).toEqual([]);
  });
});

describe('robustness', () => {
  it('skips what cannot be computed instead of throwing: validation reports the cause', () => {
    const broken = structuredClone(ref);
    broken.kpis[3]!.items[1]!.plan = null; // a custom KPI without a plan: a validation error
    expect(() => mathChecks(broken)).not.toThrow();
    expect(mathChecks(broken).some((i) => i.path === 'motivation[3].curve')).toBe(false);
    expect(mathChecks(broken).some((i) => i.path === 'motivation[1].curve')).toBe(true);
  });
});

describe('a Kazakh position’s salary under 75 % of its pay at plan', () => {
  const dala = fixtureProfile('dala-too-kz.yaml');
  const shares = (p: typeof dala) => lines(byCode(mathChecks(p), MATH_CODES.basePayShareKz));

  it('warns in Russian, naming the position, its share and its pay; no article is cited', () => {
    const found = shares(dala);
    expect(found).toEqual([
      expect.stringMatching(
        /^department\.positions\[0\]\.salary: оклад должности «Руководитель отдела продаж» — 69 % её заработной платы при выполнении плана \(900 000 ₸ из 1 300 000 ₸ за месяц\)\. В Казахстане /,
      ),
      expect.stringMatching(/^department\.positions\[1\]\.salary: оклад должности «Менеджер по продажам» — 64 % /),
    ]);
    for (const line of found) {
      expect(line).toContain('не менее 75 % среднемесячной заработной платы без разовых стимулирующих выплат');
      expect(line).not.toMatch(/ст(?:\.|атья|атьи)\s*\d/);
    }
  });

  it('not at 75 % or more, and not outside Kazakhstan', () => {
    const raised = {
      ...dala,
      department: { ...dala.department, positions: dala.department.positions.map((p) => ({ ...p, salary: p.salary * 3 })) },
    };
    expect(shares(raised)).toEqual([]);
    expect(shares({ ...dala, company: { ...dala.company, country: 'RU' } })).toEqual([]);
    // The reference (RU) pays its manager a smaller share and gets no such warning.
    expect(shares(ref)).toEqual([]);
  });
});
