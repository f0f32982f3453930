/**
 * A firm's own catalog entries (catalogs/roles.yaml, kpis.yaml, reports.yaml, duties.yaml in the
 * firm folder), validated by the built-in catalogs' entry schemas and merged over them: an entry
 * with a built-in id replaces it, a new id adds one.
 *
 * The profile's vocabularies are closed enums that the documents' code is keyed by (missions,
 * onboarding steps, rights per role), so a new role or KPI id cannot enter the profile as such.
 * It enters as what the profile already has for a seat or an indicator the catalog lacks, naming
 * the firm's entry: a `custom` role with `firmRole` (its category and title cases filled in), a
 * `custom` KPI with `firmKpi` (the firm's name, unit, direction and source); prepareProfile below
 * runs before validation. The documents then read the firm's texts (duties, functions,
 * requirements, formula) through src/core/catalog.ts, which also serves a built-in id the firm replaced.
 */
import type { KpiEntry, ReportEntry, RoleEntry } from '../profile/catalog-schema.ts';
import type { FirmCatalogs, FirmKpi, FirmRole } from '../profile/firm-catalog.ts';
import { KPI_IDS, REPORT_IDS, ROLE_IDS } from '../profile/ids.ts';

export { EMPTY_CATALOGS, type FirmCatalogs, type FirmKpi, type FirmRole } from '../profile/firm-catalog.ts';
export { FirmDutiesSchema, FirmKpiSchema, FirmReportSchema, FirmRoleSchema } from '../profile/firm-catalog-schema.ts';

export function isBuiltInRole(id: string): id is RoleEntry['id'] {
  return (ROLE_IDS as readonly string[]).includes(id);
}

export function isBuiltInKpi(id: string): id is KpiEntry['id'] {
  return (KPI_IDS as readonly string[]).includes(id);
}

export function isBuiltInReport(id: string): id is ReportEntry['id'] {
  return (REPORT_IDS as readonly string[]).includes(id);
}

type Raw = Record<string, unknown>;
const isRecord = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The firm's new role as a custom seat that names it: the documents read its texts from the firm's catalog. */
function customRole(position: Raw, role: FirmRole): Raw {
  const c = role.cases;
  return {
    ...position,
    role: 'custom',
    firmRole: role.id,
    category: position['category'] ?? role.category,
    // The firm's cases hold for the firm's title; a renamed seat is inflected by rule.
    titleCases:
      position['titleCases'] ??
      (position['title'] === role.title
        ? { genitive: c.genitive, dative: c.dative, accusative: c.accusative, instrumental: c.instrumental, prepositional: c.prepositional }
        : null),
  };
}

/** The firm's new KPI as a custom indicator: the firm's name, unit, direction and source unless the item says. */
function customKpi(item: Raw, kpi: FirmKpi): Raw {
  return {
    ...item,
    kpi: 'custom',
    firmKpi: kpi.id,
    name: item['name'] ?? kpi.name,
    unit: item['unit'] ?? kpi.unit,
    direction: item['direction'] ?? kpi.direction,
    source: item['source'] ?? kpi.source,
  };
}

/**
 * The profile data (after migration, before the schema) with the firm's new role and KPI ids
 * turned into the custom entries above. Anything not recognised is left for the schema to report.
 */
export function prepareProfile(data: unknown, catalogs: FirmCatalogs): unknown {
  if (!isRecord(data)) return data;
  const out: Raw = { ...data };
  const department = data['department'];
  if (isRecord(department) && Array.isArray(department['positions'])) {
    out['department'] = {
      ...department,
      positions: department['positions'].map((p: unknown) => {
        if (!isRecord(p) || typeof p['role'] !== 'string' || isBuiltInRole(p['role'])) return p;
        const role = catalogs.roles[p['role']];
        return role ? customRole(p, role) : p;
      }),
    };
  }
  if (Array.isArray(data['kpis'])) {
    out['kpis'] = data['kpis'].map((k: unknown) => {
      if (!isRecord(k) || !Array.isArray(k['items'])) return k;
      return {
        ...k,
        items: k['items'].map((item: unknown) => {
          if (!isRecord(item) || typeof item['kpi'] !== 'string' || isBuiltInKpi(item['kpi'])) return item;
          const kpi = catalogs.kpis[item['kpi']];
          return kpi ? customKpi(item, kpi) : item;
        }),
      };
    });
  }
  return out;
}
