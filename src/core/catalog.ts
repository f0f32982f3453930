/**
 * Typed access to the catalogs in content/catalog: roles (with title cases), KPIs, reports.
 * Catalog ids are validated by the profile schema, so a lookup here cannot miss for a valid
 * profile; a miss is a programming error and throws.
 *
 * A consulting firm's catalogs (src/core/firm/catalogs.ts) are laid over the built-in ones for
 * the whole run: `useFirmCatalogs` is called once at the edge, before any profile is checked,
 * because one run serves one firm and the catalogs are read deep inside views and rules that
 * take only the profile.
 */
import { REPORT_CATALOG, ROLE_CATALOG } from '../../content/catalog/index.ts';
import { catalogKpi, firmCatalogs, roleDuties, type FirmKpi } from './profile/firm-catalog.ts';

export { firmCatalogs, useFirmCatalogs } from './profile/firm-catalog.ts';
import type { KpiEntry, ReportEntry, RoleEntry } from './profile/catalog-schema.ts';
import type { KpiId, ReportId, RoleId } from './profile/ids.ts';
import type { CaseForms } from './text/inflect.ts';

export interface RoleView extends Omit<RoleEntry, 'id'> {
  /** A built-in role's id, or the id of a firm's own role. */
  id: string;
  /** The catalog title in every case, keyed like the inflector's forms. */
  forms: CaseForms;
}

const REPORT_FREQUENCY: Record<ReportEntry['frequency'], string> = {
  daily: 'ежедневно',
  weekly: 'еженедельно',
  monthly: 'ежемесячно',
  quarterly: 'ежеквартально',
};

function roleView(role: Omit<RoleEntry, 'id'> & { id: string }): RoleView {
  const c = role.cases;
  return {
    ...role,
    duties: roleDuties(firmCatalogs(), role.id, role.duties),
    forms: { nom: role.title, gen: c.genitive, dat: c.dative, acc: c.accusative, ins: c.instrumental, pre: c.prepositional },
  };
}

export function roleById(id: RoleId): RoleView {
  const role = firmCatalogs().roles[id] ?? ROLE_CATALOG[id];
  if (!role) throw new Error(`unknown role ${id}`);
  return roleView(role);
}

/**
 * The catalog role a position's texts come from: its built-in role (or the firm's entry that
 * replaces it), the firm's own role of a custom seat that names one, or null for a custom seat.
 */
export function positionRole(position: { role: RoleId | 'custom'; firmRole: string | null }): RoleView | null {
  if (position.role !== 'custom') return roleById(position.role);
  const own = position.firmRole === null ? undefined : firmCatalogs().roles[position.firmRole];
  return own ? roleView(own) : null;
}

/** The firm's own KPI a custom item names, for its formula and description; null for any other item. */
export function firmKpiOf(item: { kpi: string; firmKpi: string | null }): FirmKpi | null {
  return item.kpi === 'custom' && item.firmKpi !== null ? (firmCatalogs().kpis[item.firmKpi] ?? null) : null;
}

export function kpiById(id: KpiId): KpiEntry {
  const kpi = catalogKpi(id);
  if (!kpi) throw new Error(`unknown KPI ${id}`);
  return kpi;
}

export function reportById(id: ReportId): ReportEntry & { frequencyText: string } {
  const report = firmCatalogs().reports[id] ?? REPORT_CATALOG[id];
  if (!report) throw new Error(`unknown report ${id}`);
  return { ...report, frequencyText: REPORT_FREQUENCY[report.frequency] };
}
