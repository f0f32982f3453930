/**
 * Worked examples recomputed: «18 / 20 × 100 % = 90 %», «400 000 ₸ × 96,8 % = 387 200 ₸» are read
 * back (Russian numbers, % as hundredths, units dropped) and evaluated with × and / before + and −.
 * A result off by more than half a per cent is an error (a reader redoing it gets another figure);
 * a smaller miss beyond the result's own rounding is a warning: a rounded figure printed inside the
 * chain (K to 0,1 %) while the result was computed from the exact one. «K = 100 % = 100 %» computes
 * nothing and is an error too.
 */
import { decimalsOf, parseRussianNumber, passages } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const S = '[\\u00a0\\u202f ]';
const NUM = `\\d{1,3}(?:${S}\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?`;
const UNIT = `(?:${S}?(?:%|₽|₸|€|\\$|Br|₴|руб\\.))?`;
/** A number, its unit, and words naming it only when an operator follows («200 лидов в месяц ×»). */
const TERM = `(?:${NUM})${UNIT}(?:(?:${S}\\p{L}+){1,3}(?=${S}[×/+−]))?`;
const OP = `${S}[×/+−]${S}`;
const FORMULA = new RegExp(`(?<![\\d,(/×+−-]${S}?)(${TERM}(?:${OP}${TERM})*)${S}=${S}(${NUM})(${UNIT})`, 'gu');
const TERM_PARTS = new RegExp(`^(${NUM})(${UNIT})`, 'u');

interface Value {
  value: number;
  text: string;
}

function termValue(term: string): Value | null {
  const m = TERM_PARTS.exec(term.trim());
  if (!m || m[1] === undefined) return null;
  const n = parseRussianNumber(m[1]);
  if (n === null) return null;
  return { value: (m[2] ?? '').includes('%') ? n / 100 : n, text: m[1] };
}

/** Evaluates «a × b / c + d»: products first, then the sum. */
export function evaluate(expression: string): number | null {
  const parts = expression.split(new RegExp(`${S}([×/+−])${S}`, 'u'));
  let sum = 0;
  let product: number | null = null;
  let sign = 1;
  let op = '+';
  for (const [i, part] of parts.entries()) {
    if (i % 2 === 1) {
      op = part;
      continue;
    }
    const term = termValue(part);
    if (term === null) return null;
    if (op === '×' && product !== null) product *= term.value;
    else if (op === '/' && product !== null) product = term.value === 0 ? Number.NaN : product / term.value;
    else {
      if (product !== null) sum += sign * product;
      sign = op === '−' ? -1 : 1;
      product = term.value;
    }
  }
  if (product !== null) sum += sign * product;
  return Number.isFinite(sum) ? sum : null;
}

export const checkFormulas: PackCheck = ({ models }) => {
  const findings: Finding[] = [];
  for (const model of models) {
    for (const passage of passages(model)) {
      if (!passage.text.includes('=')) continue;
      for (const m of passage.text.matchAll(FORMULA)) {
        const expression = m[1] ?? '';
        const printed = parseRussianNumber(m[2] ?? '');
        const computed = evaluate(expression);
        if (printed === null || computed === null) continue;
        const percent = (m[3] ?? '').includes('%');
        const shown = percent ? computed * 100 : computed;
        const half = 0.5 * 10 ** -decimalsOf(m[2] ?? '');
        const diff = Math.abs(shown - printed);
        const where = [{ document: passage.document, clause: passage.clause }];
        const formula = m[0].replace(/[\u00a0\u202f]/g, ' ');
        const single = !new RegExp(OP, 'u').test(expression);
        if (single) {
          findings.push({ check: 'formulas', severity: 'error', message: `пример расчёта ничего не вычисляет: «${formula}»`, where });
          continue;
        }
        if (diff <= half + 1e-9 * Math.abs(shown)) continue;
        const exact = `${String(Math.round(shown * 100) / 100).replace('.', ',')}${percent ? ' %' : ''}`;
        findings.push({
          check: 'formulas',
          severity: diff > 0.005 * Math.abs(shown) ? 'error' : 'warning',
          message: `в примере расчёта «${formula}» по напечатанным числам получается ${exact}`,
          where,
        });
      }
    }
  }
  return findings;
};
