/**
 * Version 1 → 2 (../shared/spec/profile-v2.md): v2 adds how the company sells. Every v1 field
 * keeps its meaning; new fields take their defaults in the schema. The step itself changes only
 * what v2 reads differently, and says so:
 *  - a custom KPI's free-text unit («%», «шт.», «₽») becomes one of the units;
 *  - v1's `gross-margin` was money (валовая прибыль): a plan in money becomes `gross-profit`, a
 *    plan of 100 or less was meant as a percent and stays `gross-margin`, now a percent;
 *  - no `company.offering`: the texts are written for supplies of goods, which the user is told.
 */
import { CODES } from '../codes.ts';
import { KPI_UNITS } from '../id-lists.ts';
import type { KpiUnit } from '../ids.ts';

type Raw = Record<string, unknown>;
export type Warn = (path: ReadonlyArray<string | number>, code: string, message: string) => void;

const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Free-text units people wrote in v1, by their first letters after lower-casing. */
const UNIT_WORDS: ReadonlyArray<[RegExp, KpiUnit]> = [
  [/^%|^проц/, 'percent'],
  [/^(₽|руб|р\.?$|₸|тг|тенге|€|eur|евро|\$|usd|долл|br|byn|бел|₴|грн|uah)/, 'currency'],
  [/^(шт|ед|клиент|встреч|сделк|звон|заяв|лид|кп|предлож|договор)/, 'count'],
  [/^(дн|день|дней|сут)/, 'days'],
  [/^(ч$|ч\.|час)/, 'hours'],
  [/^мин/, 'minutes'],
  [/^(да|нет|yes|no)/, 'yesno'],
];

/** A v1 unit text as a v2 unit, or null when it says nothing we know. */
export function readUnit(text: string): KpiUnit | null {
  const t = text.trim().toLowerCase();
  return UNIT_WORDS.find(([pattern]) => pattern.test(t))?.[1] ?? null;
}

/** The largest plan of v1's money `gross-margin` still read as a percent of revenue. */
const PERCENT_LIMIT = 100;

function migrateItem(item: Raw, path: Array<string | number>, warn: Warn): Raw {
  if (item['kpi'] === 'custom' && typeof item['unit'] === 'string' && !(KPI_UNITS as readonly string[]).includes(item['unit'])) {
    const text = item['unit'];
    const unit = readUnit(text);
    if (unit === null) {
      warn(
        [...path, 'unit'],
        CODES.unitMigrated,
        `единица «${text}» прочитана как штуки (count); если это не так, укажите unit: currency, percent, days, hours, minutes или yesno`,
      );
      return { ...item, unit: 'count' };
    }
    return { ...item, unit };
  }
  if (item['kpi'] === 'gross-margin' && typeof item['plan'] === 'number') {
    const plan = item['plan'];
    if (plan > PERCENT_LIMIT) {
      warn(
        [...path, 'kpi'],
        CODES.grossMarginMigrated,
        'в версии 2 gross-margin — валовая маржа в процентах, а план указан в деньгах: показатель прочитан как gross-profit (валовая прибыль); замените kpi: gross-margin на gross-profit',
      );
      return { ...item, kpi: 'gross-profit' };
    }
    warn(
      [...path, 'plan'],
      CODES.grossMarginMigrated,
      `план gross-margin ${String(plan).replace('.', ',')} прочитан как валовая маржа ${String(plan).replace('.', ',')} % от выручки; для суммы валовой прибыли в деньгах используйте gross-profit`,
    );
  }
  return item;
}

export function v1ToV2(raw: Raw, warn: Warn): Raw {
  const company = isRecord(raw['company']) ? raw['company'] : null;
  if (company !== null && company['offering'] === undefined) {
    warn(
      ['company', 'offering'],
      CODES.offeringDefaulted,
      'не указано, что продаёт компания: тексты написаны для поставок товаров; укажите company.offering: goods, services, projects, subscription или production',
    );
  }
  const kpis = Array.isArray(raw['kpis'])
    ? raw['kpis'].map((entry: unknown, k) => {
        if (!isRecord(entry) || !Array.isArray(entry['items'])) return entry;
        const items = entry['items'].map((item: unknown, j) => (isRecord(item) ? migrateItem(item, ['kpis', k, 'items', j], warn) : item));
        return { ...entry, items };
      })
    : raw['kpis'];
  return { ...raw, kpis };
}
