/**
 * The closed vocabularies of the profile as zod enums (the lists themselves are in id-lists.ts).
 * They live apart from the catalogs' texts so that the profile schema and the catalog schemas
 * share one list, and a catalog that misses an id fails to type-check.
 */
import * as z from 'zod';
import { CHANNEL_TYPES, COMPANY_UNITS, KPI_IDS, KPI_UNITS, OFFERINGS, REPORT_IDS, ROLE_IDS } from './id-lists.ts';

export { CHANNEL_TYPES, COMPANY_UNITS, KPI_IDS, KPI_UNITS, OFFERINGS, REPORT_IDS, ROLE_IDS };

export const RoleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.output<typeof RoleIdSchema>;

export const KpiIdSchema = z.enum(KPI_IDS);
export type KpiId = z.output<typeof KpiIdSchema>;

export const ReportIdSchema = z.enum(REPORT_IDS);
export type ReportId = z.output<typeof ReportIdSchema>;

/**
 * The plan figures a KPI can take its plan from (profile.md, «How plans are derived»):
 * `gross-profit` is revenue × grossMarginPct (money, split like revenue); `gross-margin` is the
 * plan's grossMarginPct itself (a rate: every holder has the same plan).
 */
export const DerivationSchema = z.enum(['revenue', 'new-clients', 'meetings-set', 'gross-profit', 'gross-margin']);
export type Derivation = z.output<typeof DerivationSchema>;

export const KpiUnitSchema = z.enum(KPI_UNITS);
export type KpiUnit = z.output<typeof KpiUnitSchema>;

export const KpiDirectionSchema = z.enum(['higher', 'lower']);
export type KpiDirection = z.output<typeof KpiDirectionSchema>;

export const PeriodSchema = z.enum(['month', 'quarter', 'year']);
export type Period = z.output<typeof PeriodSchema>;

/** Category of a position in a job description («относится к категории руководителей»). */
export const CategorySchema = z.enum(['руководитель', 'специалист']);
export type Category = z.output<typeof CategorySchema>;

export const OfferingSchema = z.enum(OFFERINGS);
export type Offering = z.output<typeof OfferingSchema>;

export const ChannelTypeSchema = z.enum(CHANNEL_TYPES);
export type ChannelType = z.output<typeof ChannelTypeSchema>;

export const CompanyUnitSchema = z.enum(COMPANY_UNITS);
export type CompanyUnit = z.output<typeof CompanyUnitSchema>;
