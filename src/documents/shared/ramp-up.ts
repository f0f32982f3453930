/**
 * A new hire's plan by month of work (plan.rampUp), as the motivation regulation and the KPI cards
 * state it: «в первый месяц работы — 50 % личного плана, во второй — 80 %, с третьего месяца —
 * полный план».
 */
import { formatPercent } from '../../core/text/format.ts';

/** «в первый», «во второй» …: the month of work a share applies to. */
const IN_MONTH = [
  'в первый',
  'во второй',
  'в третий',
  'в четвёртый',
  'в пятый',
  'в шестой',
  'в седьмой',
  'в восьмой',
  'в девятый',
  'в десятый',
  'в одиннадцатый',
  'в двенадцатый',
] as const;

/** «с первого», «со второго» …: the month from which the full plan applies. */
const FROM_MONTH = [
  'с первого',
  'со второго',
  'с третьего',
  'с четвёртого',
  'с пятого',
  'с шестого',
  'с седьмого',
  'с восьмого',
  'с девятого',
  'с десятого',
  'с одиннадцатого',
  'с двенадцатого',
] as const;

/** The shares before the full plan, then the month it starts; a ramp-up of [100] is the full plan from the first month. */
export function rampUpText(rampUp: ReadonlyArray<number>): string {
  const full = rampUp.findIndex((pct) => pct >= 100);
  const partial = full === -1 ? rampUp : rampUp.slice(0, full);
  const parts = partial.map((pct, i) =>
    i === 0 ? `${IN_MONTH[0]} месяц работы — ${formatPercent(pct, 1)} личного плана` : `${IN_MONTH[i]} — ${formatPercent(pct, 1)}`,
  );
  const from = full === -1 ? rampUp.length : full;
  parts.push(`${FROM_MONTH[from] ?? FROM_MONTH[11]} месяца — полный план`);
  return parts.join(', ');
}
