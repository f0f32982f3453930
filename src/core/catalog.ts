/**
 * Typed access to the catalogs in content/catalog: roles (with title cases), KPIs, reports.
 * Catalog ids are validated by the profile schema, so a lookup here cannot miss for a valid
 * profile; a miss is a programming error and throws.
 */
import { KPI_CATALOG, REPORT_CATALOG, ROLE_CATALOG } from '../../content/catalog/index.ts';
import type { KpiEntry, ReportEntry, RoleEntry } from './profile/catalog-schema.ts';
import type { KpiId, ReportId, RoleId } from './profile/ids.ts';
import type { CaseForms } from './text/inflect.ts';

export interface RoleView extends RoleEntry {
  /** The catalog title in every case, keyed like the inflector's forms. */
  forms: CaseForms;
}

const REPORT_FREQUENCY: Record<ReportEntry['frequency'], string> = {
  daily: 'ежедневно',
  weekly: 'еженедельно',
  monthly: 'ежемесячно',
  quarterly: 'ежеквартально',
};

export function roleById(id: RoleId): RoleView {
  const role = ROLE_CATALOG[id];
  if (!role) throw new Error(`unknown role ${id}`);
  const c = role.cases;
  return {
    ...role,
    forms: { nom: role.title, gen: c.genitive, dat: c.dative, acc: c.accusative, ins: c.instrumental, pre: c.prepositional },
  };
}

export function kpiById(id: KpiId): KpiEntry {
  const kpi = KPI_CATALOG[id];
  if (!kpi) throw new Error(`unknown KPI ${id}`);
  return kpi;
}

export function reportById(id: ReportId): ReportEntry & { frequencyText: string } {
  const report = REPORT_CATALOG[id];
  if (!report) throw new Error(`unknown report ${id}`);
  return { ...report, frequencyText: REPORT_FREQUENCY[report.frequency] };
}
