/**
 * A consulting firm's catalog entries as the profile's rules and the catalog lookups see them:
 * the firm's catalogs in use for the run (their entries' schemas are firm-catalog-schema.ts's).
 * One run serves one firm, and the catalogs are read deep inside rules and views that take only
 * the profile, so `useFirmCatalogs` is called once at the edge before any profile is checked
 * (src/cli/firm.ts). Reading and merging them is src/core/firm/catalogs.ts's job.
 */
import { KPI_CATALOG } from '../../../content/catalog/kpis.ts';
import type { KpiEntry, ReportEntry } from './catalog-schema.ts';
// The entry schemas live apart (firm-catalog-schema.ts): the rules read the catalogs in use on
// every check, also in the wizard before its first render, and need none of the schemas.
import type { FirmKpi, FirmRole } from './firm-catalog-schema.ts';
import type { KpiId } from './ids.ts';

export type { FirmKpi, FirmRole };

export interface FirmCatalogs {
  roles: Readonly<Record<string, FirmRole>>;
  kpis: Readonly<Record<string, FirmKpi>>;
  reports: Readonly<Record<string, ReportEntry>>;
  /** Duties added to (or, by the same duty id, replacing) a role's duties. */
  duties: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export const EMPTY_CATALOGS: FirmCatalogs = { roles: {}, kpis: {}, reports: {}, duties: {} };

let active: FirmCatalogs = EMPTY_CATALOGS;

/** Lay a firm's catalogs over the built-in ones for this run (null: the built-in ones alone). */
export function useFirmCatalogs(catalogs: FirmCatalogs | null): void {
  active = catalogs ?? EMPTY_CATALOGS;
}

/** The firm's catalogs in use. */
export function firmCatalogs(): FirmCatalogs {
  return active;
}

/** A role's duties with the firm's duties for it laid over. */
export function roleDuties(catalogs: FirmCatalogs, roleId: string, duties: Readonly<Record<string, string>>): Record<string, string> {
  return { ...duties, ...(catalogs.duties[roleId] ?? {}) };
}

/** A built-in KPI, or the firm's entry that replaces it (under the same id: the loader checks key = id). */
export function catalogKpi(id: KpiId): KpiEntry {
  const own = active.kpis[id];
  return own ? { ...own, id, roles: KPI_CATALOG[id].roles } : KPI_CATALOG[id];
}
