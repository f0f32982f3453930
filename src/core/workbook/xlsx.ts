/**
 * The «Расчёт премий» workbook written with exceljs: a sheet on how to use it, a sheet per position
 * with variable pay (employees, then one block per pay period of the plan year), and the parameters
 * (the ramp-up, the months' weights, the curves). Every payout is a formula (formulas.ts) over the
 * facts the accountant types into the yellow cells; everything else is locked (sheet protection
 * without a password). No cached results are written: the spreadsheet computes them on opening.
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { CURRENCY_SIGNS, formatMoney, formatPercent, MONTHS_NOMINATIVE } from '../text/format.ts';
import { crc32 } from '../render/crc32.ts';
import { fflateDeflater, type Deflater } from '../render/deflate.ts';
import { writeZip } from '../render/docx/zip.ts';
import type { WorkbookContent, WorkbookKpi, WorkbookPosition } from './content.ts';
import {
  addr,
  attainmentFormula,
  bonusFormula,
  col,
  curveFormula,
  monthShareFormula,
  num,
  onSheet,
  rampedPlanFormula,
  rowRange,
} from './formulas.ts';

export const HOW_TO_SHEET = 'Как пользоваться';
export const PARAMETERS_SHEET = 'Параметры';

/** Where a test finds the cells of one employee in one pay period. */
export interface RowCells {
  employee: number;
  facts: string[];
  deduction: string;
  salary: string;
  bonus: string;
  total: string;
  /** Formula cells whose value the test reads besides the pay: the attainments and the plans. */
  attainments: string[];
  plans: string[];
}

export interface PositionLayout {
  positionId: string;
  sheet: string;
  /** The employees' name and first-month-of-work cells. */
  employees: Array<{ name: string; hire: string }>;
  /** One per pay period, in order: its first month and the employees' rows. */
  periods: Array<{ first: number; rows: RowCells[] }>;
}

export interface WorkbookLayout {
  positions: PositionLayout[];
}

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2A8' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
const RESULT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

const PERCENT = '0.0" %"';
const RATE = '0.00" %"';
const COEFFICIENT = '0.000';
const SHARE = '0%';
const DATE = 'dd.mm.yyyy';

function moneyFormat(content: WorkbookContent): string {
  return `#,##0 "${CURRENCY_SIGNS[content.currency]}"`;
}

/**
 * The number format of a KPI's plan or fact, in its unit (`#,##0` groups digits by the reader's
 * locale: spaces in a Russian Excel or Calc). A whole count shows no decimals; a fact is typed as is.
 */
function unitFormat(kpi: WorkbookKpi, content: WorkbookContent, whole: boolean | null): string {
  switch (kpi.unit) {
    case 'currency':
      return moneyFormat(content);
    case 'percent':
      return PERCENT;
    case 'yesno':
      return '0';
    default:
      return whole === null ? 'General' : whole ? '#,##0' : '#,##0.0#';
  }
}

const QUARTERS = ['I', 'II', 'III', 'IV'] as const;

function periodTitle(position: WorkbookPosition, index: number, year: number): string {
  if (position.period === 'month') return `${MONTHS_NOMINATIVE[index] ?? ''} ${year} г.`;
  if (position.period === 'quarter') return `${QUARTERS[index] ?? ''} квартал ${year} г.`;
  return `${year} год`;
}

const PERIOD_FOR = { month: 'за месяц', quarter: 'за квартал', year: 'за год' } as const;

/** Excel's sheet names: at most 31 characters, none of []:*?/\, unique. */
function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[[\]:*?/\\]/g, ' ').trim();
  let name = clean.slice(0, 31).trim();
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - ` (${n})`.length).trim()} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}

function style(
  cell: ExcelJS.Cell,
  options: { fill?: ExcelJS.Fill; bold?: boolean; format?: string; input?: boolean; wrap?: boolean },
): void {
  cell.border = THIN;
  if (options.fill) cell.fill = options.fill;
  if (options.bold) cell.font = { bold: true };
  if (options.format) cell.numFmt = options.format;
  if (options.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
  if (options.input) {
    cell.fill = INPUT_FILL;
    cell.protection = { locked: false };
  }
}

function formula(cell: ExcelJS.Cell, text: string): void {
  cell.value = { formula: text } as ExcelJS.CellFormulaValue;
}

/** Where the parameters sheet keeps what the position sheets refer to. */
interface ParameterRefs {
  rampUp: string;
  /** Per position id: the seasonal and the even weights rows (12 months from column B). */
  weights: Map<string, { seasonal: number; even: number }>;
  /** Per curve: the x and y ranges and the number of points. */
  curves: Array<{ xs: string; ys: string; points: number }>;
}

function writeParameters(ws: ExcelJS.Worksheet, content: WorkbookContent): ParameterRefs {
  ws.getColumn(1).width = 58;
  for (let c = 2; c <= 13; c++) ws.getColumn(c).width = 12;
  ws.getCell(1, 1).value = `Параметры расчёта премий на ${content.year} год`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value =
    'Планы и шкалы взяты из положения о мотивации и плана продаж. Их не нужно менять здесь: если положение изменится, сформируйте файл заново.';
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(2, 1, 2, 13);
  ws.getRow(2).height = 30;

  let row = 4;
  ws.getCell(row, 1).value = 'Доля личного плана нового работника по месяцам работы';
  ws.getCell(row, 1).font = { bold: true };
  row++;
  style(ws.getCell(row, 1), { fill: HEAD_FILL, bold: true });
  ws.getCell(row, 1).value = 'Месяц работы';
  style(ws.getCell(row + 1, 1), { fill: HEAD_FILL, bold: true });
  ws.getCell(row + 1, 1).value = 'Доля полного плана, %';
  content.rampUp.forEach((pct, i) => {
    style(ws.getCell(row, i + 2), { fill: HEAD_FILL, bold: true });
    ws.getCell(row, i + 2).value = i + 1;
    style(ws.getCell(row + 1, i + 2), {});
    ws.getCell(row + 1, i + 2).value = pct;
  });
  const rampUp = onSheet(PARAMETERS_SHEET, rowRange(row + 1, 2, content.rampUp.length + 1, true));
  row += 3;

  const weights = new Map<string, { seasonal: number; even: number }>();
  const needsWeights = content.positions.filter((p) => p.kpis.some((k) => k.rampsUp));
  if (needsWeights.length > 0) {
    ws.getCell(row, 1).value = 'Доля месяца в плане периода (для плана нового работника)';
    ws.getCell(row, 1).font = { bold: true };
    row++;
    style(ws.getCell(row, 1), { fill: HEAD_FILL, bold: true });
    ws.getCell(row, 1).value = 'Должность и показатели';
    MONTHS_NOMINATIVE.forEach((m, i) => {
      style(ws.getCell(row, i + 2), { fill: HEAD_FILL, bold: true });
      ws.getCell(row, i + 2).value = m;
    });
    row++;
    for (const p of needsWeights) {
      const rows = { seasonal: row, even: row + 1 };
      const lines: Array<[string, number[]]> = [
        [`${p.title}: выручка и валовая прибыль (по сезонности)`, p.seasonalWeights],
        [`${p.title}: остальные показатели (поровну)`, p.evenWeights],
      ];
      for (const [label, values] of lines) {
        style(ws.getCell(row, 1), { wrap: true });
        ws.getRow(row).height = 30;
        ws.getCell(row, 1).value = label;
        values.forEach((w, i) => {
          style(ws.getCell(row, i + 2), { format: '0.0000' });
          ws.getCell(row, i + 2).value = w;
        });
        row++;
      }
      weights.set(p.id, rows);
    }
    row++;
  }

  const curves = content.curves.map((curve) => {
    ws.getCell(row, 1).value = `${curve.label}: ${curve.usedBy}`;
    ws.getCell(row, 1).font = { bold: true };
    ws.getCell(row, 1).alignment = { wrapText: true, vertical: 'top' };
    ws.mergeCells(row, 1, row, 6);
    row++;
    style(ws.getCell(row, 1), { fill: HEAD_FILL, bold: true });
    ws.getCell(row, 1).value = 'Выполнение плана, % (от этого значения)';
    style(ws.getCell(row, 2), { fill: HEAD_FILL, bold: true, wrap: true });
    ws.getCell(row, 2).value = curve.rate ? 'Ставка, %' : 'Коэффициент, %';
    row++;
    const first = row;
    for (const [x, y] of curve.points) {
      style(ws.getCell(row, 1), {});
      ws.getCell(row, 1).value = x;
      style(ws.getCell(row, 2), {});
      ws.getCell(row, 2).value = y;
      row++;
    }
    row++;
    return {
      xs: onSheet(PARAMETERS_SHEET, `${addr(first, 1, true)}:${addr(first + curve.points.length - 1, 1, true)}`),
      ys: onSheet(PARAMETERS_SHEET, `${addr(first, 2, true)}:${addr(first + curve.points.length - 1, 2, true)}`),
      points: curve.points.length,
    };
  });
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  ws.pageSetup.printArea = `A1:M${row}`;
  return { rampUp, weights, curves };
}

function schemeLine(position: WorkbookPosition, content: WorkbookContent): string {
  const per = PERIOD_FOR[position.period];
  const cap = position.maxBonus === null ? '' : `, не более ${formatMoney(position.maxBonus, content.currency)}`;
  if (position.scheme === 'kpi-bonus') {
    return `Премия ${per} по KPI: целевая премия ${formatMoney(position.targetBonus ?? 0, content.currency)} при выполнении всех показателей на 100 %${cap}. Премия = целевая премия × K, K = сумма вкладов показателей.`;
  }
  const base = position.marginPct === null ? 'выручки' : `валовой маржи (${formatPercent(position.marginPct)} выручки)`;
  return `Премия ${per}: процент от ${base} по ставке шкалы для достигнутого выполнения плана выручки${cap}.`;
}

/** Columns of one KPI in a period block. */
const KPI_COLUMNS = {
  'kpi-bonus': ['План', 'Факт', 'Выполнение, %', 'Коэффициент', 'Вклад в K'],
  'revenue-percent': ['План', 'Факт', 'Выполнение, %'],
};

function resultColumns(position: WorkbookPosition): string[] {
  const tail = ['Не более', 'Снижение премии, %', 'Премия', 'Оклад за период', 'Итого к начислению'];
  if (position.scheme === 'kpi-bonus') return ['K', 'Премия по шкале', ...tail];
  return ['Ставка, %', 'Выручка для расчёта', ...(position.marginPct === null ? [] : ['Валовая маржа']), 'Премия по ставке', ...tail];
}

function writePosition(ws: ExcelJS.Worksheet, position: WorkbookPosition, content: WorkbookContent, refs: ParameterRefs): PositionLayout {
  const money = moneyFormat(content);
  const perKpi = KPI_COLUMNS[position.scheme].length;
  const results = resultColumns(position);
  const lastCol = 2 + perKpi * position.kpis.length + results.length;
  ws.getColumn(1).width = 5;
  ws.getColumn(2).width = 32;
  for (let c = 3; c <= Math.max(lastCol, 15); c++) ws.getColumn(c).width = 14;

  ws.getCell(1, 1).value = `Расчёт премий: ${position.title}, ${content.year} год`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = schemeLine(position, content);
  ws.getCell(2, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(2, 1, 2, Math.max(lastCol, 15));
  ws.getRow(2).height = 30;

  // The employees and their ramp-up by month.
  let row = 4;
  const head = (r: number, c: number, text: string) => {
    const cell = ws.getCell(r, c);
    cell.value = text;
    style(cell, { fill: HEAD_FILL, bold: true, wrap: true });
  };
  head(row, 1, '№');
  head(row, 2, 'Работник');
  head(row, 3, 'Первый месяц работы (только для нового работника)');
  MONTHS_NOMINATIVE.forEach((m, i) => head(row, 4 + i, `Доля плана: ${m.toLowerCase()}`));
  ws.getRow(row).height = 62;
  row++;
  const employees = position.employees.map((name, e) => {
    const r = row + e;
    ws.getCell(r, 1).value = e + 1;
    style(ws.getCell(r, 1), {});
    ws.getCell(r, 2).value = name;
    style(ws.getCell(r, 2), { input: true });
    style(ws.getCell(r, 3), { input: true, format: DATE });
    ws.getCell(r, 3).dataValidation = {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      showErrorMessage: true,
      errorTitle: 'Дата',
      error: 'Введите дату: первый день месяца, с которого работник работает (например, 01.03.' + content.year + ').',
      formulae: [new Date(Date.UTC(1990, 0, 1))],
    };
    for (let m = 1; m <= 12; m++) {
      const cell = ws.getCell(r, 3 + m);
      formula(cell, monthShareFormula(addr(r, 3, true), content.year, m, refs.rampUp, content.rampUp.length));
      style(cell, { format: SHARE });
    }
    return { name: addr(r, 2), hire: addr(r, 3), row: r };
  });
  row += position.employees.length + 1;

  const weights = refs.weights.get(position.id);
  const layout: PositionLayout = {
    positionId: position.id,
    sheet: ws.name,
    employees: employees.map(({ name, hire }) => ({ name, hire })),
    periods: [],
  };

  position.periods.forEach((period, p) => {
    const titleCell = ws.getCell(row, 1);
    titleCell.value = periodTitle(position, p, content.year);
    titleCell.font = { bold: true, size: 12 };
    row++;
    head(row, 1, '№');
    head(row, 2, 'Работник');
    ws.mergeCells(row, 1, row + 1, 1);
    ws.mergeCells(row, 2, row + 1, 2);
    position.kpis.forEach((kpi, k) => {
      const c0 = 3 + k * perKpi;
      head(row, c0, kpi.weight === null ? kpi.name : `${kpi.name} (вес ${formatPercent(kpi.weight)})`);
      ws.mergeCells(row, c0, row, c0 + perKpi - 1);
      KPI_COLUMNS[position.scheme].forEach((label, j) => head(row + 1, c0 + j, label));
    });
    const r0 = 3 + perKpi * position.kpis.length;
    head(row, r0, 'Премия и итог');
    ws.mergeCells(row, r0, row, lastCol);
    results.forEach((label, j) => head(row + 1, r0 + j, label));
    ws.getRow(row).height = 45;
    ws.getRow(row + 1).height = 30;
    row += 2;
    const first = period.months[0] ?? 1;
    const last = period.months.at(-1) ?? first;
    const rows = employees.map((employee, e): RowCells => {
      const r = row + e;
      const shares = rowRange(employee.row, 3 + first, 3 + last, true);
      const weightRange = (kpi: WorkbookKpi) => {
        const wr = weights === undefined ? null : kpi.seasonal ? weights.seasonal : weights.even;
        return wr === null ? null : onSheet(PARAMETERS_SHEET, rowRange(wr, 1 + first, 1 + last, true));
      };
      ws.getCell(r, 1).value = e + 1;
      style(ws.getCell(r, 1), {});
      formula(ws.getCell(r, 2), `IF(ISBLANK(${addr(employee.row, 2, true)}),"",${addr(employee.row, 2, true)})`);
      style(ws.getCell(r, 2), {});
      const facts: string[] = [];
      const attainments: string[] = [];
      const plans: string[] = [];
      const contributions: string[] = [];
      position.kpis.forEach((kpi, k) => {
        const c0 = 3 + k * perKpi;
        const planCell = ws.getCell(r, c0);
        const full = kpi.plans[p] ?? 0;
        const wr = weightRange(kpi);
        if (kpi.rampsUp && wr !== null) formula(planCell, rampedPlanFormula(num(full), wr, shares));
        else planCell.value = full;
        // A new hire's share of a whole plan may be fractional.
        const ramped = kpi.rampsUp && wr !== null;
        style(planCell, { format: unitFormat(kpi, content, !ramped && Number.isInteger(full)) });
        const factCell = ws.getCell(r, c0 + 1);
        style(factCell, { input: true, format: unitFormat(kpi, content, null) });
        factCell.dataValidation = {
          type: 'decimal',
          operator: 'greaterThanOrEqual',
          allowBlank: true,
          showErrorMessage: true,
          errorTitle: 'Факт',
          error: 'Факт — число не меньше нуля.',
          formulae: [0],
        };
        const aCell = ws.getCell(r, c0 + 2);
        formula(aCell, attainmentFormula(addr(r, c0 + 1), addr(r, c0), kpi.direction === 'lower'));
        style(aCell, { format: PERCENT });
        facts.push(addr(r, c0 + 1));
        plans.push(addr(r, c0));
        attainments.push(addr(r, c0 + 2));
        if (position.scheme === 'kpi-bonus') {
          const curve = refs.curves[kpi.curve ?? 0];
          if (curve === undefined) throw new Error(`KPI "${kpi.name}" has no curve`);
          const coef = ws.getCell(r, c0 + 3);
          formula(coef, `${curveFormula(addr(r, c0 + 2), curve.xs, curve.ys, curve.points)}/100`);
          style(coef, { format: COEFFICIENT });
          const contribution = ws.getCell(r, c0 + 4);
          formula(contribution, `${num(kpi.weight ?? 0)}/100*${addr(r, c0 + 3)}`);
          style(contribution, { format: COEFFICIENT });
          contributions.push(addr(r, c0 + 4));
        }
      });
      let c = r0;
      let raw: string;
      if (position.scheme === 'kpi-bonus') {
        formula(ws.getCell(r, c), contributions.join('+'));
        style(ws.getCell(r, c), { format: COEFFICIENT });
        formula(ws.getCell(r, c + 1), `${num(position.targetBonus ?? 0)}*${addr(r, c)}`);
        style(ws.getCell(r, c + 1), { format: money });
        raw = addr(r, c + 1);
        c += 2;
      } else {
        const k = position.revenueKpi ?? 0;
        const kpi = position.kpis[k];
        const curve = refs.curves[position.rateCurve ?? 0];
        if (kpi === undefined || curve === undefined) throw new Error(`position "${position.id}" has no revenue KPI or rate curve`);
        const a = attainments[k] ?? 'A1';
        formula(ws.getCell(r, c), curveFormula(a, curve.xs, curve.ys, curve.points));
        style(ws.getCell(r, c), { format: RATE });
        const basePlan = num(position.basePlans[p] ?? 0);
        const wr = weightRange(kpi);
        const planned = kpi.rampsUp && wr !== null ? `(${rampedPlanFormula(basePlan, wr, shares)})` : basePlan;
        formula(ws.getCell(r, c + 1), `IF(${planned}=0,0,${planned}*${a}/100)`);
        style(ws.getCell(r, c + 1), { format: money });
        let base = addr(r, c + 1);
        c += 2;
        if (position.marginPct !== null) {
          formula(ws.getCell(r, c), `${base}*${num(position.marginPct)}/100`);
          style(ws.getCell(r, c), { format: money });
          base = addr(r, c);
          c++;
        }
        formula(ws.getCell(r, c), `${base}*${addr(r, r0)}/100`);
        style(ws.getCell(r, c), { format: money });
        raw = addr(r, c);
        c++;
      }
      const capCell = ws.getCell(r, c);
      capCell.value = position.maxBonus ?? 'нет';
      style(capCell, { format: money });
      const deduction = ws.getCell(r, c + 1);
      style(deduction, { input: true, format: PERCENT });
      deduction.dataValidation = {
        type: 'decimal',
        operator: 'between',
        allowBlank: true,
        showErrorMessage: true,
        errorTitle: 'Снижение премии',
        error: 'Снижение премии — процент от 0 до 100 за зафиксированные нарушения.',
        formulae: [0, 100],
      };
      const bonus = ws.getCell(r, c + 2);
      formula(bonus, bonusFormula(raw, position.maxBonus, addr(r, c + 1), shares));
      style(bonus, { format: money, fill: RESULT_FILL, bold: true });
      const salary = ws.getCell(r, c + 3);
      salary.value = position.periodSalary;
      style(salary, { input: true, format: money });
      const total = ws.getCell(r, c + 4);
      formula(total, `${addr(r, c + 3)}+${addr(r, c + 2)}`);
      style(total, { format: money, fill: RESULT_FILL, bold: true });
      return {
        employee: e,
        facts,
        deduction: addr(r, c + 1),
        salary: addr(r, c + 3),
        bonus: addr(r, c + 2),
        total: addr(r, c + 4),
        attainments,
        plans,
      };
    });
    layout.periods.push({ first, rows });
    row += employees.length + 1;
  });
  ws.views = [{ state: 'frozen', xSplit: 2, ySplit: 2 }];
  ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  ws.pageSetup.printArea = `A1:${col(Math.max(lastCol, 15))}${row}`;
  ws.pageSetup.printTitlesRow = '1:2';
  return layout;
}

function writeHowTo(ws: ExcelJS.Worksheet, content: WorkbookContent, sheets: string[], options: XlsxOptions): void {
  // As wide as an A4 page in portrait, so the paragraphs wrap on the screen as they print.
  ws.getColumn(1).width = 72;
  ws.getCell(1, 1).value = `Расчёт премий на ${content.year} год — ${content.company}`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  const paragraphs = [
    `Заполняются только жёлтые ячейки. На листе каждой должности (${sheets.map((s) => `«${s}»`).join(', ')}) в таблице работников проверьте ФИО; работнику, принятому недавно, укажите первую дату месяца, с которого он работает: его личный план уменьшится по положению о мотивации (${options.rampUpText}). Затем в блоке нужного периода внесите факт по каждому показателю из ${options.sources}, при зафиксированных нарушениях — снижение премии в процентах, а оклад за период поправьте, если период отработан не полностью.`,
    'Остальные ячейки считаются формулами: выполнение плана, коэффициент или ставка по шкале с листа «Параметры», премия с учётом предела, снижения и округления до целых и итог к начислению (оклад плюс премия). Ячейки с формулами защищены от случайной правки (защита листа без пароля); планы и шкалы взяты из положения о мотивации и плана продаж, поэтому при их изменении файл формируется заново, а не правится вручную.',
  ];
  const capped = content.positions
    .map((p, i) => (p.capped ? { sheet: sheets[i] ?? p.title, rows: p.employees.length } : null))
    .filter((c) => c !== null);
  if (capped.length > 0)
    paragraphs.push(
      `На листе ${capped.map((c) => `«${c.sheet}» — ${c.rows} строк работников`).join(', на листе ')}: для остальных работников этой должности скопируйте лист (правой кнопкой мыши по ярлыку листа — «Переместить или скопировать» — «Создать копию») и впишите в копию их ФИО.`,
    );
  paragraphs.forEach((text, i) => {
    const cell = ws.getCell(3 + i * 2, 1);
    cell.value = text;
    cell.alignment = { wrapText: true, vertical: 'top' };
    ws.getRow(3 + i * 2).height = 165;
  });
  ws.pageSetup = { orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  ws.pageSetup.printArea = `A1:A${2 + paragraphs.length * 2}`;
}

export interface XlsxOptions {
  /** Stamped into the document properties and the ZIP entries, like the pack's other files. */
  timestamp: Date;
  /** The ramp-up in words (rampUpText), for the instructions. */
  rampUpText: string;
  /** Where the facts come from, in the genitive: «1С:Управление торговлей и Битрикс24». */
  sources: string;
  deflater?: Deflater;
}

/** The workbook's bytes and where its cells are. */
export async function writeWorkbook(
  content: WorkbookContent,
  options: XlsxOptions,
): Promise<{ bytes: Uint8Array; layout: WorkbookLayout }> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'opkit';
  wb.lastModifiedBy = 'opkit';
  wb.created = options.timestamp;
  wb.modified = options.timestamp;
  wb.calcProperties.fullCalcOnLoad = true;
  const taken = new Set<string>([HOW_TO_SHEET.toLowerCase(), PARAMETERS_SHEET.toLowerCase()]);
  const howTo = wb.addWorksheet(HOW_TO_SHEET);
  const names = content.positions.map((p) => sheetName(p.title, taken));
  const sheets = content.positions.map((p, i) => wb.addWorksheet(names[i] ?? p.id));
  const parameters = wb.addWorksheet(PARAMETERS_SHEET);
  const refs = writeParameters(parameters, content);
  const positions = content.positions.map((p, i) => {
    const ws = sheets[i];
    if (ws === undefined) throw new Error('sheet missing');
    return writePosition(ws, p, content, refs);
  });
  writeHowTo(howTo, content, names, options);
  for (const ws of wb.worksheets) {
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  // Stored, not deflated: the parts are unpacked at once and deflated here, once.
  const written = new Uint8Array(await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } }));
  // exceljs stamps its ZIP entries with the clock: the same parts are re-packed with the pack's time.
  const deflater = options.deflater ?? fflateDeflater;
  const entries = Object.entries(unzipSync(written)).map(([path, data]) => ({
    path,
    crc: crc32(data),
    size: data.length,
    deflated: deflater.raw(data),
  }));
  const bytes = writeZip(entries, options.timestamp);
  return { bytes, layout: { positions } };
}
