/**
 * The spreadsheet formulas of the bonus workbook: motivation.md's semantics written in the
 * functions Excel and LibreOffice Calc share, each the same arithmetic in the same order as the
 * engine (src/core/math), so the recalculated cells equal the engine's figures.
 */
import { ATTAINMENT_TOLERANCE } from '../math/index.ts';

/** Column letters of a 1-based column number: 1 → A, 27 → AA. */
export function col(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** A1 address; `abs` pins both column and row. */
export function addr(row: number, column: number, abs = false): string {
  return abs ? `$${col(column)}$${row}` : `${col(column)}${row}`;
}

/** A range of one row, `from`–`to` columns. */
export function rowRange(row: number, from: number, to: number, abs = false): string {
  return `${addr(row, from, abs)}:${addr(row, to, abs)}`;
}

/** A sheet-qualified reference, quoted (the names are Cyrillic and may hold spaces). */
export function onSheet(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** A number as a formula literal: JavaScript's shortest round-trip form, so Calc reads the same double. */
export function num(value: number): string {
  return String(value);
}

/** What stands for an infinite attainment (a fact beating a zero divisor): past every curve's last point. */
const INFINITE = '1E+9';

/**
 * Attainment in percent (attainmentPct): fact / plan × 100, or plan / fact × 100 when less is
 * better; a blank fact is 0 % (not yet entered); a zero divisor gives 100 when both are 0, else
 * past the curve's end.
 */
export function attainmentFormula(fact: string, plan: string, lowerIsBetter: boolean): string {
  const [numerator, divisor] = lowerIsBetter ? [plan, fact] : [fact, plan];
  return `IF(ISBLANK(${fact}),0,IF(${divisor}=0,IF(${numerator}=0,100,${INFINITE}),${numerator}/${divisor}*100))`;
}

/**
 * The curve's value at attainment `a` (curveValue): k = the number of points with x ≤ a (the last
 * such point, attainments being non-decreasing, so in a step the later point wins); below the first
 * point its value, from the last point on its value (the cap), else linear towards point k+1.
 */
export function curveFormula(a: string, xs: string, ys: string, points: number): string {
  const k = `SUMPRODUCT(--(${xs}<=${a}+${num(ATTAINMENT_TOLERANCE)}))`;
  const x0 = `INDEX(${xs},${k})`;
  const x1 = `INDEX(${xs},${k}+1)`;
  const y0 = `INDEX(${ys},${k})`;
  const y1 = `INDEX(${ys},${k}+1)`;
  const t = `MIN(1,MAX(0,(${a}-${x0})/(${x1}-${x0})))`;
  return `IF(${k}=0,INDEX(${ys},1),IF(${k}>=${points},INDEX(${ys},${points}),${y0}+${t}*(${y1}-${y0})))`;
}

/**
 * A new hire's plan (rampUpFactor): the full plan when every month of the period is a full one,
 * else the full plan × Σ weight × share of the period's months.
 */
export function rampedPlanFormula(fullPlan: string, weights: string, shares: string): string {
  return `IF(MIN(${shares})>=1,${fullPlan},${fullPlan}*SUMPRODUCT(${weights},${shares}))`;
}

/**
 * The share of the full plan in a calendar month for an employee whose first month of work is in
 * `hire` (a date cell; blank: on the full plan): 0 before it, the ramp-up's share, then 1.
 */
export function monthShareFormula(hire: string, year: number, month: number, rampUp: string, length: number): string {
  const work = `((${year}-YEAR(${hire}))*12+${month}-MONTH(${hire})+1)`;
  return `IF(ISBLANK(${hire}),1,IF(${work}<1,0,IF(${work}>${length},1,INDEX(${rampUp},1,${work})/100)))`;
}

/** The bonus after the cap and the reductions (reduceBonus), rounded to whole money; none outside the months worked. */
export function bonusFormula(raw: string, cap: number | null, deduction: string, shares: string): string {
  const capped = cap === null ? raw : `MIN(${num(cap)},${raw})`;
  const reduced = `IF(N(${deduction})=0,${capped},${capped}*(100-MIN(100,${deduction}))/100)`;
  // × (1 + ε) as roundHalfAway does: a half that binary noise put a hair below still rounds up.
  return `IF(MAX(${shares})=0,0,ROUND(${reduced}*${num(1 + Number.EPSILON)},0))`;
}
