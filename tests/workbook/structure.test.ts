/**
 * The bonus workbook as a spreadsheet program reads it: LibreOffice Calc opens and saves it without
 * complaint, openpyxl reads its structure — every sheet protected without a password, exactly the
 * yellow input cells unlocked, every formula locked, money in the profile's currency, frozen
 * headers and print areas — and the instructions and the Russian headers are there.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENCY_SIGNS } from '../../src/core/text/format.ts';
import { buildBonusWorkbook, type WorkbookLayout } from '../../src/core/workbook/index.ts';
import { HOW_TO_SHEET, PARAMETERS_SHEET } from '../../src/core/workbook/xlsx.ts';
import { fixtureProfile } from '../support/packs.ts';
import { python, recalcXlsx, removeDir, tempDir } from '../support/readers.ts';

const READER = path.join(import.meta.dirname, 'read-xlsx.py');
const FILES = ['tehnosnab.yaml', 'kvadro-quarterly.yaml', 'karpov-ip.yaml', 'dala-too-kz.yaml'];

interface SheetInfo {
  protected: boolean;
  password: string | null;
  formulas: string[];
  unlocked: string[];
  values: string[];
  frozen: string | null;
  printArea: string[] | null;
  formats: Record<string, string>;
  text: string[];
}
interface Structure {
  sheets: Record<string, SheetInfo>;
  order: string[];
  warnings: string[];
}

const work: { dir?: string; built: Array<{ file: string; layout: WorkbookLayout; structure: Structure; recalculated: Structure }> } = {
  built: [],
};

beforeAll(async () => {
  work.dir = tempDir('workbook-structure');
  const files: string[] = [];
  const layouts: WorkbookLayout[] = [];
  for (const name of FILES) {
    const { bytes, layout } = await buildBonusWorkbook(fixtureProfile(name), { timestamp: new Date(Date.UTC(2026, 11, 1)) });
    const file = path.join(work.dir, name.replace(/\.ya?ml$/, '.xlsx'));
    writeFileSync(file, bytes);
    files.push(file);
    layouts.push(layout);
  }
  const out = path.join(work.dir, 'out');
  mkdirSync(out);
  const recalculated = recalcXlsx(files, out);
  const answer = JSON.parse(python([READER], JSON.stringify({ structure: [...files, ...recalculated] }))) as { structure: Structure[] };
  work.built = files.map((file, i) => ({
    file,
    layout: layouts[i] as WorkbookLayout,
    structure: answer.structure[i] as Structure,
    recalculated: answer.structure[files.length + i] as Structure,
  }));
}, 300_000);

afterAll(() => removeDir(work.dir));

describe('the bonus workbook', () => {
  it.each(FILES.map((f, i) => [f, i] as const))('%s: protected sheets, only the inputs unlocked, formulas locked', (name, i) => {
    const built = work.built[i];
    if (built === undefined) throw new Error('not built');
    const { layout, structure } = built;
    const profile = fixtureProfile(name);
    expect(structure.warnings).toEqual([]);
    expect(structure.order[0]).toBe(HOW_TO_SHEET);
    expect(structure.order.at(-1)).toBe(PARAMETERS_SHEET);
    expect(structure.order.slice(1, -1)).toEqual(layout.positions.map((p) => p.sheet));
    for (const [sheet, info] of Object.entries(structure.sheets)) {
      expect(info.protected, sheet).toBe(true);
      expect(info.password, sheet).toBeNull();
      expect(
        info.formulas.filter((c) => info.unlocked.includes(c)),
        sheet,
      ).toEqual([]);
    }
    const sign = CURRENCY_SIGNS[profile.currency];
    for (const pos of layout.positions) {
      const info = structure.sheets[pos.sheet];
      if (info === undefined) throw new Error(`no sheet ${pos.sheet}`);
      const inputs = [
        ...pos.employees.flatMap((e) => [e.name, e.hire]),
        ...pos.periods.flatMap((p) => p.rows.flatMap((r) => [...r.facts, r.deduction, r.salary])),
      ];
      expect(new Set(info.unlocked)).toEqual(new Set(inputs));
      for (const r of pos.periods.flatMap((p) => p.rows)) {
        expect(info.formulas).toEqual(expect.arrayContaining([r.bonus, r.total, ...r.attainments]));
        expect(info.formats[r.bonus]).toContain(sign);
        expect(info.formats[r.salary]).toContain(sign);
      }
      expect(info.frozen).toBe('C3');
      expect(info.printArea).toEqual([expect.stringMatching(/^\$A\$1:\$[A-Z]+\$\d+$/)]);
      // One block per pay period of the plan year, one row per employee, names from the profile.
      const periods = { month: 12, quarter: 4, year: 1 } as const;
      const entry = profile.motivation.find((m) => m.position === pos.positionId);
      const months = entry === undefined || entry.scheme === 'salary-only' ? 0 : periods[entry.period];
      expect(pos.periods).toHaveLength(months);
      const position = profile.department.positions.find((p) => p.id === pos.positionId);
      expect(pos.employees).toHaveLength(position?.headcount ?? 0);
      for (const [k, employee] of (position?.employees ?? []).entries()) expect(info.text, `employee ${k + 1}`).toContain(employee);
    }
    const howTo = structure.sheets[HOW_TO_SHEET]?.text.join('\n') ?? '';
    expect(howTo).toMatch(/жёлтые ячейки/);
    expect(howTo).toMatch(/защищены/);
  });

  it.each(FILES.map((f, i) => [f, i] as const))('%s: LibreOffice opens and saves it with every sheet and formula kept', (_name, i) => {
    const built = work.built[i];
    if (built === undefined) throw new Error('not built');
    expect(built.recalculated.warnings).toEqual([]);
    expect(built.recalculated.order).toEqual(built.structure.order);
    for (const [sheet, info] of Object.entries(built.structure.sheets)) {
      const after = built.recalculated.sheets[sheet];
      expect(after?.protected, sheet).toBe(true);
      expect(after?.formulas.length, sheet).toBe(info.formulas.length);
      expect(new Set(after?.unlocked), sheet).toEqual(new Set(info.unlocked));
    }
  });
});
