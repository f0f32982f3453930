/** What the math needs to know about a KPI item beyond the item itself: the catalog's direction, derivation, name. */
// The KPI lookup alone, not core/catalog.ts: the wizard runs these checks before its first render,
// and the roles' and reports' catalogs would come along with the full lookup.
import { catalogKpi as kpiById } from '../profile/firm-catalog.ts';
import type { Derivation, KpiDirection, KpiUnit } from '../profile/ids.ts';
import type { KpiItem } from '../profile/schema.ts';

type ItemRef = Pick<KpiItem, 'kpi' | 'direction' | 'name'>;

/** Every figure of a KPI is printed in its unit: the catalog's, or the one a custom KPI gives (count if it gives none). */
export function kpiUnit(item: Pick<KpiItem, 'kpi' | 'unit'>): KpiUnit {
  return item.kpi === 'custom' ? (item.unit ?? 'count') : kpiById(item.kpi).unit;
}

/** Catalog KPIs take the catalog's direction; a custom KPI says its own, higher-is-better by default. */
export function kpiDirection(item: ItemRef): KpiDirection {
  return item.kpi === 'custom' ? (item.direction ?? 'higher') : kpiById(item.kpi).direction;
}

/** Which plan figure the KPI's plan comes from; a custom KPI has none and must give `plan`. */
export function kpiDerivation(item: ItemRef): Derivation | null {
  return item.kpi === 'custom' ? null : kpiById(item.kpi).derives;
}

/** The item's own name wins over the catalog's, as in the KPI card. */
export function kpiName(item: ItemRef): string {
  if (item.name !== null) return item.name;
  return item.kpi === 'custom' ? 'Собственный показатель' : kpiById(item.kpi).name;
}
