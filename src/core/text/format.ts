/**
 * Number, money, percent and date formatting for Russian documents. Every number a document
 * shows passes through here, so rounding and spacing are the same everywhere.
 */

export const NBSP = '\u00a0';

/** Currency codes the profile accepts, with the sign printed after the amount. */
export const CURRENCY_SIGNS = {
  RUB: '₽',
  KZT: '₸',
  UAH: '₴',
  BYN: 'Br',
  USD: '$',
  EUR: '€',
} as const;
export type CurrencyCode = keyof typeof CURRENCY_SIGNS;

/** «в рублях», «в тенге»: the currency named in words, for «разница … в рублях и в процентах». */
export const CURRENCY_IN_WORDS: Record<CurrencyCode, string> = {
  RUB: 'в рублях',
  KZT: 'в тенге',
  UAH: 'в гривнах',
  BYN: 'в белорусских рублях',
  USD: 'в долларах США',
  EUR: 'в евро',
};

/** Round half away from zero (the rule of motivation.md), to `decimals` places. */
export function roundHalfAway(value: number, decimals = 0): number {
  const factor = 10 ** decimals;
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const scaled = Math.abs(value) * factor * (1 + Number.EPSILON);
  return (Math.sign(value) * Math.round(scaled)) / factor;
}

const grouped = new Map<number, Intl.NumberFormat>();
function numberFormat(decimals: number): Intl.NumberFormat {
  let f = grouped.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 0, maximumFractionDigits: decimals, useGrouping: true });
    grouped.set(decimals, f);
  }
  return f;
}

/** "1 234 567" or "2,5" with no-break spaces between digit groups; `decimals` is the maximum shown. */
export function formatNumber(value: number, decimals = 0): string {
  const rounded = roundHalfAway(value, decimals);
  // ICU groups 4-digit numbers in ru only from 5 digits ("1234" stays); that matches Russian typesetting.
  return numberFormat(decimals)
    .format(Object.is(rounded, -0) ? 0 : rounded)
    .replace(/[\u202f ]/g, NBSP);
}

/** Money in whole currency units: "1 234 567 ₽". */
export function formatMoney(value: number, currency: CurrencyCode): string {
  return `${formatNumber(value, 0)}${NBSP}${CURRENCY_SIGNS[currency]}`;
}

/** A percentage with up to one decimal: "87,5 %". */
export function formatPercent(value: number, decimals = 1): string {
  return `${formatNumber(value, decimals)}${NBSP}%`;
}

const MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const;

export const MONTHS_NOMINATIVE = [
  'Январь',
  'Февраль',
  'Март',
  'Апрель',
  'Май',
  'Июнь',
  'Июль',
  'Август',
  'Сентябрь',
  'Октябрь',
  'Ноябрь',
  'Декабрь',
] as const;

/** Parse 'YYYY-MM-DD' without time zones getting involved. */
export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** «15» января 2027 г. — the form of the approval block's date line. */
export function formatDateQuoted(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `«${day}»${NBSP}${MONTHS_GENITIVE[month - 1]}${NBSP}${year}${NBSP}г.`;
}

/** 15 января 2027 г. — dates inside running text. */
export function formatDateLong(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day}${NBSP}${MONTHS_GENITIVE[month - 1]}${NBSP}${year}${NBSP}г.`;
}

/** 15 января — a date whose year the sentence names after it («с 15 января по 31 декабря 2027 г.»). */
export function formatDayMonth(iso: string): string {
  const { month, day } = parseIsoDate(iso);
  return `${day}${NBSP}${MONTHS_GENITIVE[month - 1]}`;
}

/** 15.01.2027 — dates in tables. */
export function formatDateShort(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
}

/** The blank date line left for a hand-written date. */
export const BLANK_DATE = `«____»${NBSP}_______________${NBSP}20____${NBSP}г.`;

/** Add `days` to an ISO date, returning an ISO date (UTC arithmetic, no DST surprises). */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return d.toISOString().slice(0, 10);
}
