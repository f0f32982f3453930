/**
 * Formatting shared by the KPI cards and the sales plan: KPI values in their units, periods,
 * curve thresholds, quarter names, catalog texts that mention a CRM. Numbers come from the math
 * module; this file only turns them into the strings a document prints.
 */
import type { Curve } from '../../core/math/index.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import type { KpiDirection, KpiUnit, Period } from '../../core/profile/ids.ts';
import type { KpiItem } from '../../core/profile/schema.ts';
import { countNoun, GENITIVE_NOUNS, NOUNS, type PluralForms } from '../../core/text/plural.ts';
import { CURRENCY_SIGNS, formatMoney, formatNumber, formatPercent, type CurrencyCode } from '../../core/text/format.ts';

/** «месяц», «квартал», «год»: the period column of a KPI table. */
export const PERIOD_NAME: Readonly<Record<Period, string>> = { month: 'месяц', quarter: 'квартал', year: 'год' };

/** «за месяц» …: after a value. */
export const PERIOD_FOR: Readonly<Record<Period, string>> = { month: 'за месяц', quarter: 'за квартал', year: 'за год' };

export const QUARTER_NAMES = ['I квартал', 'II квартал', 'III квартал', 'IV квартал'] as const;

/** A count: whole numbers as they are, fractions with one decimal («2,5»). */
export function formatCount(value: number): string {
  return formatNumber(value, 1);
}

/** A percentage that must be enough: rounded up to one decimal (23,704 → «23,8 %»). */
export function formatPercentAtLeast(value: number): string {
  return formatPercent(Math.ceil(value * 10 - 1e-9) / 10);
}

/** How a KPI's values are shown: its unit (src/core/math/kpi-meta.ts kpiUnit). */
export type ValueUnit = KpiUnit;

const UNIT_LABEL: Readonly<Record<Exclude<KpiUnit, 'currency'>, string>> = {
  count: 'шт.',
  percent: '%',
  days: 'дн.',
  hours: 'ч',
  minutes: 'мин',
  yesno: 'да/нет',
};

/** The «Ед. изм.» column: «₽», «шт.», «%», «дн.», «ч», «мин», «да/нет». */
export function unitLabel(unit: ValueUnit, currency: CurrencyCode): string {
  return unit === 'currency' ? CURRENCY_SIGNS[currency] : UNIT_LABEL[unit];
}

/** A value in its unit where the column already names it: «3 500 000 ₽», «2,5», «5 %», «выполнено». */
export function formatValue(value: number, unit: ValueUnit, currency: CurrencyCode): string {
  switch (unit) {
    case 'currency':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value);
    case 'yesno':
      return value >= 1 ? 'выполнено' : 'не выполнено';
    default:
      return formatCount(value);
  }
}

/** A noun in the case a value takes: after «при плане», and after a comparison («не более», «не ниже»). */
interface CasedNoun {
  nom: PluralForms;
  gen: PluralForms;
}

/** Running text names the unit in words, so no abbreviation's dot meets the sentence's own: «45 дней», «60 штук». */
const UNIT_NOUNS: Readonly<Record<'count' | 'days' | 'hours' | 'minutes', CasedNoun>> = {
  count: { nom: NOUNS.piece, gen: GENITIVE_NOUNS.piece },
  days: { nom: NOUNS.day, gen: GENITIVE_NOUNS.day },
  hours: { nom: NOUNS.hour, gen: GENITIVE_NOUNS.hour },
  minutes: { nom: NOUNS.minute, gen: GENITIVE_NOUNS.minute },
};

/** A value with its unit, for running text: «45 дней», «60 штук», «3 500 000 ₽», «5 %». */
export function formatValueWithUnit(value: number, unit: ValueUnit, currency: CurrencyCode): string {
  if (unit === 'currency' || unit === 'percent' || unit === 'yesno') return formatValue(value, unit, currency);
  return countNoun(value, UNIT_NOUNS[unit].nom);
}

/** The smallest step a fact is written in: tenths of a percent; whole money, counts, days, hours, minutes. */
export function valueStep(unit: ValueUnit): number {
  return unit === 'percent' ? 0.1 : 1;
}

/** A value rounded the way a fact would be written down; `way` rounds up or down to the step instead. */
export function roundFact(value: number, unit: ValueUnit, _currency: CurrencyCode, way: 'nearest' | 'up' | 'down' = 'nearest'): number {
  const step = valueStep(unit);
  const n = value / step;
  const k = way === 'up' ? Math.ceil(n - 1e-9) : way === 'down' ? Math.floor(n + 1e-9) : Math.round(n);
  return Math.round(k * step * 10) / 10;
}

/** The «Выполнение» column: how attainment is computed, by direction. */
export const DIRECTION_TEXT: Readonly<Record<KpiDirection, string>> = {
  higher: 'факт / план',
  lower: 'план / факт',
};

/**
 * The threshold of a curve: the attainment up to which the value stays 0 (a cut-off, whether the
 * curve then jumps or ramps up). Null when the curve pays from the start (first value above 0, or a
 * ramp from 0 %) or never pays at all.
 */
export function curveThreshold(curve: Curve): number | null {
  const first = curve[0];
  if (first === undefined || first[1] !== 0) return null;
  let lastZero = 0;
  for (let i = 0; i < curve.length; i++) {
    const p = curve[i] as Curve[number];
    if (p[1] !== 0) return lastZero > 0 ? lastZero : null;
    lastZero = p[0];
  }
  return null;
}

/**
 * Catalog texts speak of «CRM»; the documents name the company's own system, or the client base
 * it keeps when it has none. User text is never changed.
 */
export function withCrm(text: string, crm: string | null): string {
  // One pass, so a name that itself contains «CRM» («1С:CRM») is never replaced again.
  return text.replace(/((?<!\p{L})в )?(?<![\p{L}\d])CRM(?![\p{L}\d])/gu, (_m, before: string | undefined) => {
    if (crm) return `${before ?? ''}${crm}`;
    return before ? 'в учётной базе клиентов' : 'учётная база клиентов';
  });
}

/** Latin letters for the Cyrillic ones of Russian, Kazakh and Ukrainian names. */
const LATIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  є: 'ye',
  ї: 'yi',
  ґ: 'g',
};

/** A clause-id slug of a name: «Отчёты, сданные в срок» → «otchety-sdannye-v-srok» (at most five words). */
export function slugOf(name: string): string {
  const latin = [...name.toLowerCase()].map((ch) => LATIN[ch] ?? ch).join('');
  return latin
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 5)
    .join('-');
}

/**
 * Slugs of one position's KPI items for clause ids, derived from what each KPI is, never from its
 * place in the list: the catalog id (`revenue`), or a custom KPI's name in latin letters. Items
 * sharing a slug get their period, then their scope appended where it tells them apart
 * (`revenue-quarter`), and a number only if they still coincide.
 */
export function kpiKeys(items: ReadonlyArray<Pick<KpiItem, 'kpi' | 'name' | 'period' | 'scope'>>): string[] {
  const keys = items.map((item) => (item.kpi === 'custom' ? slugOf(item.name ?? '') || 'custom' : item.kpi));
  // Within each group of items sharing a slug, append the field only if it tells them apart.
  const refine = (extra: (i: number) => string) => {
    const groups = new Map<string, number[]>();
    keys.forEach((k, i) => groups.set(k, [...(groups.get(k) ?? []), i]));
    for (const [k, members] of groups) {
      if (members.length > 1 && new Set(members.map(extra)).size > 1) for (const i of members) keys[i] = `${k}-${extra(i)}`;
    }
  };
  refine((i) => (items[i] as (typeof items)[number]).period);
  refine((i) => (items[i] as (typeof items)[number]).scope);
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}

/** Nouns of the catalog's count KPIs: «2,5 клиента», «50 встреч». */
const COUNT_NOUNS: Partial<Record<KpiItem['kpi'], CasedNoun>> = {
  'new-clients': { nom: NOUNS.client, gen: GENITIVE_NOUNS.client },
  'active-clients': { nom: NOUNS.client, gen: GENITIVE_NOUNS.client },
  'meetings-set': { nom: NOUNS.meeting, gen: GENITIVE_NOUNS.meeting },
  'meetings-held': { nom: NOUNS.meeting, gen: GENITIVE_NOUNS.meeting },
  'qualified-leads': { nom: NOUNS.lead, gen: GENITIVE_NOUNS.lead },
  calls: {
    nom: { one: 'звонок', few: 'звонка', many: 'звонков' },
    gen: { one: 'звонка', few: 'звонков', many: 'звонков', other: 'звонка' },
  },
  'proposals-sent': {
    nom: { one: 'предложение', few: 'предложения', many: 'предложений' },
    gen: { one: 'предложения', few: 'предложений', many: 'предложений', other: 'предложения' },
  },
};

/**
 * A value of the item in its unit: «3 500 000 ₽», «2,5 клиента», «5 %», «3 дня», «60 штук»; in the
 * genitive a comparison needs: «не более 24 часов», «не ниже 34 встреч».
 */
export function formatKpiValue(item: KpiItem, value: number, currency: CurrencyCode, grammaticalCase: 'nom' | 'gen' = 'nom'): string {
  const unit = kpiUnit(item);
  if (unit === 'currency' || unit === 'percent' || unit === 'yesno') return formatValue(value, unit, currency);
  const noun = (unit === 'count' ? COUNT_NOUNS[item.kpi] : undefined) ?? UNIT_NOUNS[unit];
  return countNoun(value, noun[grammaticalCase]);
}
