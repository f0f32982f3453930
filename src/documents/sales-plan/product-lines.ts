/**
 * The sales plan's section on product lines (plan.productLines): each line's share, margin rate and
 * year, then revenue and gross margin by month with quarter subtotals, at most three lines per
 * month table so that a page holds it.
 */
import { productLinePlans, type ProductLinePlan } from '../../core/math/index.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent, MONTHS_NOMINATIVE } from '../../core/text/format.ts';
import { QUARTER_NAMES } from '../shared/plan-values.ts';

export interface ProductLineRow {
  name: string;
  share: string;
  marginPct: string;
  revenue: string;
  margin: string;
}

export interface ProductMonthTable {
  /** The table's id: `product-months`, then `product-months-2` … */
  id: string;
  /** Column headers after «Месяц»: «<line>, выручка», «<line>, маржа» for each line of the table. */
  columns: string[];
  rows: Array<{ label: string; bold: boolean; values: string[] }>;
}

export interface ProductLinesView {
  lines: ProductLineRow[];
  /** The lines together: revenue, margin and its rate over revenue. */
  total: { revenue: string; margin: string; marginPct: string };
  tables: ProductMonthTable[];
  /** The lines' margin differs from the plan's: the note says which one pay and payroll use. */
  planMarginNote: string | null;
}

/** Lines per month table: a month, then revenue and margin of each line. */
const LINES_PER_TABLE = 3;

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** Rows for the months with a subtotal after each quarter and the year at the end. */
function monthRows(lines: ProductLinePlan[], money: (v: number) => string): ProductMonthTable['rows'] {
  const values = (from: number, to: number) =>
    lines.flatMap((l) => [money(sum(l.months.slice(from, to))), money(sum(l.marginMonths.slice(from, to)))]);
  const rows: ProductMonthTable['rows'] = [];
  for (let q = 0; q < 4; q++) {
    for (let m = q * 3; m < q * 3 + 3; m++) rows.push({ label: MONTHS_NOMINATIVE[m] as string, bold: false, values: values(m, m + 1) });
    rows.push({ label: QUARTER_NAMES[q] as string, bold: true, values: values(q * 3, q * 3 + 3) });
  }
  rows.push({ label: 'Итого за год', bold: true, values: values(0, 12) });
  return rows;
}

export function productLinesView(profile: Profile): ProductLinesView | null {
  const plans = productLinePlans(profile);
  if (plans === null) return null;
  const money = (v: number) => formatMoney(v, profile.currency);
  const revenue = sum(plans.map((l) => l.year));
  const margin = sum(plans.map((l) => l.marginYear));
  const marginPct = revenue === 0 ? profile.plan.grossMarginPct : (margin / revenue) * 100;
  const tables: ProductMonthTable[] = [];
  for (let i = 0; i < plans.length; i += LINES_PER_TABLE) {
    const chunk = plans.slice(i, i + LINES_PER_TABLE);
    tables.push({
      id: tables.length === 0 ? 'product-months' : `product-months-${tables.length + 1}`,
      columns: chunk.flatMap((l) => [`${l.name}, выручка`, `${l.name}, маржа`]),
      rows: monthRows(chunk, money),
    });
  }
  const planMargin = (profile.plan.revenue * profile.plan.grossMarginPct) / 100;
  const differs = Math.abs(margin - planMargin) >= 0.5;
  return {
    lines: plans.map((l) => ({
      name: l.name,
      share: formatPercent(l.sharePct, 1),
      marginPct: formatPercent(l.grossMarginPct, 1),
      revenue: money(l.year),
      margin: money(l.marginYear),
    })),
    total: { revenue: money(revenue), margin: money(margin), marginPct: formatPercent(marginPct, 1) },
    tables,
    planMarginNote: differs
      ? `Валовая маржа направлений в сумме составляет ${money(margin)} (${formatPercent(marginPct, 1)} выручки) и отличается от плановой валовой маржи Отдела ${money(planMargin)} (${formatPercent(profile.plan.grossMarginPct, 1)}); планы по марже, премии от маржи и проверка фонда оплаты труда рассчитываются от плановой валовой маржи Отдела, а маржа направлений служит для контроля ассортимента и цен.`
      : null,
  };
}
