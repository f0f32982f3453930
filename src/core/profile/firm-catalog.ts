/**
 * A consulting firm's catalog entries as the profile's rules and the catalog lookups see them:
 * the schemas (the built-in catalogs' entry schemas, any slug as id) and the firm's catalogs in
 * use for the run. One run serves one firm, and the catalogs are read deep inside rules and views
 * that take only the profile, so `useFirmCatalogs` is called once at the edge before any profile
 * is checked (src/cli/firm.ts). Reading and merging them is src/core/firm/catalogs.ts's job.
 */
import * as z from 'zod';
import { KPI_CATALOG } from '../../../content/catalog/kpis.ts';
import { KpiEntrySchema, ReportEntrySchema, RoleEntrySchema, type KpiEntry, type ReportEntry } from './catalog-schema.ts';
import { Slug, Text } from './fields.ts';
import type { KpiId } from './ids.ts';

/** A role of the firm: the built-in schema, with any slug as its id. */
export const FirmRoleSchema = RoleEntrySchema.extend({ id: Slug });
/** A KPI of the firm; a new one gives no derivation (its plan is in the profile) and may suit the firm's own roles. */
export const FirmKpiSchema = KpiEntrySchema.extend({ id: Slug, roles: z.array(Slug).min(1) });
/** Reports replace built-in ones only: the report forms and the regulation's wording are written per report. */
export const FirmReportSchema = ReportEntrySchema;
/** Extra duties of a role, by duty id: `sales-manager: { tenders: «Готовит заявки…» }`. */
export const FirmDutiesSchema = z.record(Slug, z.record(Slug, Text));

export type FirmRole = z.output<typeof FirmRoleSchema>;
export type FirmKpi = z.output<typeof FirmKpiSchema>;

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
