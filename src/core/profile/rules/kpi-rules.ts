/** Rules within one position's KPI list: completeness of each item, weights, repeats. */
import * as z from 'zod';
import { catalogKpi, firmCatalogs } from '../firm-catalog.ts';
import { CODES } from '../codes.ts';
import { KPI_IDS, type KpiId } from '../ids.ts';
import { num } from '../say.ts';
import { looseList, looseNumber, looseString, rule } from './rule.ts';

const present = (v: unknown): boolean => v !== undefined && v !== null;

export function isCatalogKpi(id: string | null): id is KpiId {
  return id !== null && (KPI_IDS as readonly string[]).includes(id);
}

const ItemView = z.object({
  kpi: looseString,
  name: z.unknown(),
  unit: z.unknown(),
  direction: z.unknown(),
  plan: z.unknown(),
  firmKpi: looseString,
});

/** What one KPI item must carry besides its own fields' types. */
export const kpiItemRules = rule(ItemView, (item, report) => {
  if (item.firmKpi !== null) {
    // Set by the firm's catalog (src/core/firm/catalogs.ts); written by hand, it must still name a firm KPI.
    if (item.kpi !== 'custom') report(['firmKpi'], CODES.firmCatalog, 'firmKpi задаётся только вместе с kpi: custom');
    else if (!firmCatalogs().kpis[item.firmKpi])
      report(
        ['firmKpi'],
        CODES.firmCatalog,
        `показателя "${item.firmKpi}" нет в каталоге консалтинговой фирмы: укажите папку фирмы (--firm ПАПКА)`,
      );
  }
  if (item.kpi === 'custom') {
    const missing = (field: 'name' | 'unit' | 'plan', what: string) =>
      report([field], CODES.customKpiIncomplete, `для собственного показателя (kpi: custom) укажите ${what}`);
    if (!present(item.name)) missing('name', 'название в поле name');
    if (!present(item.unit)) missing('unit', 'единицу в поле unit: currency, count, percent, days, hours, minutes или yesno');
    // A yes/no KPI's plan is «done»: it may be left out.
    if (!present(item.plan) && item.unit !== 'yesno') {
      missing('plan', 'плановое значение в поле plan: собственный показатель не выводится из плана отдела');
    }
    if (typeof item.plan === 'number' && (item.unit === 'currency' || item.unit === 'percent')) {
      plausible(item.unit, item.direction === 'lower' ? 'lower' : 'higher', item.plan, report);
    }
    return;
  }
  if (!isCatalogKpi(item.kpi)) return;
  const entry = catalogKpi(item.kpi);
  for (const field of ['unit', 'direction'] as const) {
    if (present(item[field])) {
      report(
        [field],
        CODES.catalogKpiOverride,
        `поле ${field} задаётся только для kpi: custom; у показателя ${entry.id} оно берётся из каталога`,
      );
    }
  }
  if (typeof item.plan === 'number' && (entry.unit === 'currency' || entry.unit === 'percent')) {
    plausible(entry.unit, entry.direction, item.plan, report);
  }
  if (entry.derives === null && !present(item.plan)) {
    report(
      ['plan'],
      CODES.kpiPlanMissing,
      `план показателя «${entry.name}» (${entry.id}) не выводится из раздела plan: укажите plan — плановое значение на одного сотрудника за период`,
    );
  }
});

/** Money plans are at least this much in any currency the profile accepts: a smaller one is a percent typed as money. */
const SMALLEST_MONEY_PLAN = 1000;

/**
 * A plan that cannot be meant in its unit: money of 20 (a percent), a share above 100 %. Only a
 * target to reach is judged so: a small money limit (cost per lead of 50 €) is a real figure.
 */
function plausible(
  unit: 'currency' | 'percent',
  direction: 'higher' | 'lower',
  plan: number,
  report: (path: ReadonlyArray<string | number>, code: typeof CODES.kpiUnitImplausible, message: string) => void,
): void {
  if (unit === 'currency' && direction === 'higher' && plan > 0 && plan < SMALLEST_MONEY_PLAN) {
    report(
      ['plan'],
      CODES.kpiUnitImplausible,
      `план ${num(plan)} для денежного показателя — меньше ${num(SMALLEST_MONEY_PLAN)}: похоже на процент; для доли или маржи в процентах выберите показатель в процентах (например, gross-margin вместо gross-profit) или укажите сумму в валюте профиля`,
    );
  }
  if (unit === 'percent' && plan > 100) {
    report(
      ['plan'],
      CODES.kpiUnitImplausible,
      `план ${num(plan)} % для показателя в процентах больше 100 %: похоже на сумму; для суммы выберите денежный показатель (например, gross-profit вместо gross-margin)`,
    );
  }
}

const ItemsView = looseList(z.object({ kpi: looseString, weight: looseNumber, period: looseString, scope: looseString }));

/** Rules across the items of one position. */
export const kpiItemsRules = rule(ItemsView, (items, report) => {
  const weights = items.map((i) => i?.weight ?? null);
  if (weights.length > 0 && weights.every((w) => w !== null)) {
    const total = weights.reduce<number>((a, b) => a + (b ?? 0), 0);
    if (Math.abs(total - 100) > 1e-9) {
      report([], CODES.kpiWeightsSum, `сумма весов ${num(total)} %, должна быть 100 %`);
    }
  }
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (item === null || !isCatalogKpi(item.kpi)) return;
    const key = `${item.kpi}|${item.period ?? ''}|${item.scope ?? 'personal'}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      report([i, 'kpi'], CODES.kpiDuplicate, `показатель ${item.kpi} с тем же периодом и охватом уже есть в items[${first}]`);
    }
  });
});
