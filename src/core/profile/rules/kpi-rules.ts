/** Rules within one position's KPI list: completeness of each item, weights, repeats. */
import * as z from 'zod';
import { KPI_CATALOG } from '../../../../content/catalog/kpis.ts';
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
});

/** What one KPI item must carry besides its own fields' types. */
export const kpiItemRules = rule(ItemView, (item, report) => {
  if (item.kpi === 'custom') {
    const missing = (field: 'name' | 'unit' | 'plan', what: string) =>
      report([field], CODES.customKpiIncomplete, `для собственного показателя (kpi: custom) укажите ${what}`);
    if (!present(item.name)) missing('name', 'название в поле name');
    if (!present(item.unit)) missing('unit', 'единицу измерения в поле unit (например, "%", "шт.")');
    if (!present(item.plan)) missing('plan', 'плановое значение в поле plan: собственный показатель не выводится из плана отдела');
    return;
  }
  if (!isCatalogKpi(item.kpi)) return;
  const entry = KPI_CATALOG[item.kpi];
  for (const field of ['unit', 'direction'] as const) {
    if (present(item[field])) {
      report(
        [field],
        CODES.catalogKpiOverride,
        `поле ${field} задаётся только для kpi: custom; у показателя ${entry.id} оно берётся из каталога`,
      );
    }
  }
  if (entry.derives === null && !present(item.plan)) {
    report(
      ['plan'],
      CODES.kpiPlanMissing,
      `план показателя «${entry.name}» (${entry.id}) не выводится из раздела plan: укажите plan — плановое значение на одного сотрудника за период`,
    );
  }
});

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
