/**
 * The bonus workbook computes what the engine computes. For every valid profile (and variants paid
 * per quarter and per year), 200 fact sets per position drawn by fast-check — attainments 0–200 %
 * with every curve breakpoint exactly, new hires at every point of the ramp-up, bonus reductions —
 * are typed into the yellow cells (exceljs, as a user's spreadsheet would save them), LibreOffice
 * Calc recalculates the files headless, and openpyxl reads the values back: each bonus and total
 * equals the engine's (whatIf) rounded to whole money.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curveSteps, factForAttainment, planPeriods, positionContext, whatIf } from '../../src/core/math/index.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { roundHalfAway } from '../../src/core/text/format.ts';
import { workbookContent } from '../../src/core/workbook/content.ts';
import { buildBonusWorkbook, type WorkbookLayout } from '../../src/core/workbook/index.ts';
import { variant } from '../math/profiles.ts';
import { fixtureProfile } from '../support/packs.ts';
import { PROFILE_FILES } from '../support/profiles.ts';
import { python, recalcXlsx, removeDir, tempDir } from '../support/readers.ts';

const SETS_PER_POSITION = 200;
const READER = path.join(import.meta.dirname, 'read-xlsx.py');
const TIMESTAMP = new Date(Date.UTC(2026, 11, 1));

/** The reference with the pay periods the fixtures lack: the head per year, the key accounts per quarter on margin. */
const periods = variant((raw) => {
  const rop = raw.motivation.find((m) => m.position === 'rop') as Record<string, unknown>;
  Object.assign(rop, { period: 'year', targetBonus: 1_000_000, maxBonus: 1_300_000 });
  const account = raw.motivation.find((m) => m.position === 'account') as Record<string, unknown>;
  Object.assign(account, { period: 'quarter', maxBonus: 150_000 });
  (raw.plan as Record<string, unknown>).rampUp = [30, 60, 80, 100];
});

const PROFILES: Array<{ name: string; profile: Profile }> = [
  ...PROFILE_FILES.map((name) => ({ name, profile: fixtureProfile(name) })),
  { name: 'reference, paid per year and quarter', profile: periods },
];

interface Case {
  sheet: string;
  positionId: string;
  month: number;
  hire: number | null;
  deduction: number;
  facts: number[];
  cells: WorkbookLayout['positions'][number]['periods'][number]['rows'][number];
}

/** A fact set: one attainment per KPI (a breakpoint of its curve, 0, 200 or any value between), a hire and a reduction. */
function drawSets(profile: Profile, positionId: string, count: number, seed: number) {
  const ctx = positionContext(profile, positionId);
  const m = ctx.motivation;
  const curves = ctx.items.map((item) =>
    m?.scheme === 'kpi-bonus' ? (item.curve ?? m.curve) : m?.scheme === 'revenue-percent' ? m.rateCurve : [],
  );
  const attainment = (points: ReadonlyArray<readonly [number, number]>) => {
    const breaks = [0, 100, 200, ...points.map((p) => p[0]), ...curveSteps(points).map((s) => s.attainment)].filter(
      (x) => x >= 0 && x <= 200,
    );
    return fc.oneof(fc.constantFrom(...breaks), fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }));
  };
  const set = fc.record({
    attainments: fc.tuple(...curves.map((c) => attainment(c))),
    hire: fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: fc.integer({ min: -3, max: 12 }) }),
    deduction: fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(5, 10, 35, 100, 120) }),
  });
  return fc.sample(set, { numRuns: count, seed });
}

const work: { dir?: string } = {};
const results = new Map<string, { cases: Case[]; values: unknown[] }>();

beforeAll(async () => {
  work.dir = tempDir('workbook');
  const inputs: string[] = [];
  const pending: Array<{ name: string; file: string; cases: Case[] }> = [];
  for (const [p, { name, profile }] of PROFILES.entries()) {
    const content = workbookContent(profile);
    if (content.positions.length === 0) continue;
    // Enough rows per position that its periods × rows hold 200 fact sets, in one workbook.
    const rows = Math.max(...content.positions.map((pos) => Math.ceil(SETS_PER_POSITION / pos.periods.length)));
    const { bytes, layout } = await buildBonusWorkbook(profile, { timestamp: TIMESTAMP, rows });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    const cases: Case[] = [];
    layout.positions.forEach((pos, k) => {
      const ws = wb.getWorksheet(pos.sheet);
      if (ws === undefined) throw new Error(`no sheet ${pos.sheet}`);
      const sets = drawSets(profile, pos.positionId, rows, 1000 * p + k);
      // One hire per employee (the row of the employees' table); each period block takes the set of its row.
      pos.employees.forEach((employee, e) => {
        const hire = sets[e]?.hire ?? null;
        if (hire !== null) ws.getCell(employee.hire).value = new Date(Date.UTC(profile.plan.year, hire - 1, 1));
      });
      const contentPos = content.positions[k];
      pos.periods.forEach((period, b) => {
        period.rows.forEach((cells, e) => {
          if (cases.filter((c) => c.positionId === pos.positionId).length >= SETS_PER_POSITION) return;
          const set = drawSets(profile, pos.positionId, 1, 7919 * (p + 1) + 104_729 * k + 31 * b + e)[0];
          if (set === undefined || contentPos === undefined) return;
          const hire = sets[e]?.hire ?? null;
          const month = period.first;
          // Facts from attainments over the plan the hire really has (the engine's, ramp-up applied).
          const plans = whatIf(
            profile,
            pos.positionId,
            contentPos.kpis.map(() => 0),
            { month, hire },
          ).kpis.map((l) => l.plan);
          const facts = contentPos.kpis.map((kpi, i) => {
            const a = set.attainments[i] ?? 0;
            if (kpi.unit === 'yesno') return a >= 100 ? 1 : 0;
            // Less is better: 0 % would be an infinite fact; a zero plan takes the fact as it is.
            const plan = plans[i] ?? 0;
            if (plan === 0) return a;
            return factForAttainment(plan, kpi.direction === 'lower' ? Math.max(a, 1) : a, kpi.direction);
          });
          facts.forEach((f, i) => {
            const address = cells.facts[i];
            if (address !== undefined) ws.getCell(address).value = f;
          });
          if (set.deduction > 0) ws.getCell(cells.deduction).value = set.deduction;
          cases.push({ sheet: pos.sheet, positionId: pos.positionId, month, hire, deduction: set.deduction, facts, cells });
        });
      });
    });
    const file = path.join(work.dir, `w${p}.xlsx`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    inputs.push(file);
    pending.push({ name, file, cases });
  }
  const outDir = path.join(work.dir, 'out');
  mkdirSync(outDir);
  const recalculated = recalcXlsx(inputs, outDir);
  const request = {
    values: pending.map((p, i) => ({
      file: recalculated[i],
      cells: p.cases.flatMap((c) => [
        [c.sheet, c.cells.bonus],
        [c.sheet, c.cells.total],
      ]),
    })),
  };
  const answer = JSON.parse(python([READER], JSON.stringify(request))) as { values: unknown[][] };
  pending.forEach((p, i) => {
    results.set(p.name, { cases: p.cases, values: answer.values[i] ?? [] });
  });
  // A copy stays readable for a look by hand when a case fails.
  expect(readFileSync(recalculated[0] ?? '').length).toBeGreaterThan(0);
}, 600_000);

afterAll(() => removeDir(work.dir));

describe('the recalculated workbook pays what the engine pays', () => {
  for (const { name, profile } of PROFILES) {
    const paid = workbookContent(profile).positions;
    if (paid.length === 0) continue;
    it(`${name}: ${paid.length} positions × ${SETS_PER_POSITION} fact sets, bonus and total to the unit`, () => {
      const result = results.get(name);
      expect(result, 'the profile was not recalculated').toBeDefined();
      const { cases, values } = result ?? { cases: [], values: [] };
      for (const pos of paid) expect(cases.filter((c) => c.positionId === pos.id)).toHaveLength(SETS_PER_POSITION);
      const wrong: string[] = [];
      cases.forEach((c, i) => {
        const pay = whatIf(profile, c.positionId, c.facts, { month: c.month, hire: c.hire, deductionPct: c.deduction });
        const bonus = values[2 * i];
        const total = values[2 * i + 1];
        if (bonus !== roundHalfAway(pay.bonus) || total !== roundHalfAway(pay.total)) {
          wrong.push(
            `${c.sheet} ${c.cells.bonus} (month ${c.month}, hire ${c.hire}, −${c.deduction} %, facts ${c.facts.join('; ')}, attainments ${pay.kpis.map((l) => l.attainment).join('; ')}): workbook ${bonus} / ${total}, engine ${roundHalfAway(pay.bonus)} / ${roundHalfAway(pay.total)}`,
          );
        }
      });
      expect(wrong.slice(0, 10)).toEqual([]);
    });
  }

  it('covers monthly, quarterly and yearly pay, both schemes, new hires and reductions', () => {
    const all = [...results.values()].flatMap((r) => r.cases);
    const periodsSeen = new Set(
      PROFILES.flatMap(({ profile }) => workbookContent(profile).positions.map((p) => `${p.period} ${p.scheme}`)),
    );
    expect([...periodsSeen].sort()).toEqual(
      expect.arrayContaining([
        'month kpi-bonus',
        'month revenue-percent',
        'quarter kpi-bonus',
        'quarter revenue-percent',
        'year kpi-bonus',
      ]),
    );
    expect(all.some((c) => c.hire !== null && c.hire > 1)).toBe(true);
    expect(all.some((c) => c.deduction >= 100)).toBe(true);
    expect(planPeriods('year')).toHaveLength(1);
  });
});
