/**
 * The schemas of a consulting firm's catalog entries: the built-in catalogs' entry schemas, any
 * slug as id. Read by the firm folder's loader; the catalogs in use are firm-catalog.ts's.
 */
import * as z from 'zod';
import { KpiEntrySchema, ReportEntrySchema, RoleEntrySchema } from './catalog-schema.ts';
import { Slug, Text } from './fields.ts';

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
