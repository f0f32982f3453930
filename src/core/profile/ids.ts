/**
 * The closed vocabularies of the profile: catalog roles, KPIs, reports and their enums.
 * They live apart from the catalogs' texts so that the profile schema and the catalog schemas
 * share one list, and a catalog that misses an id fails to type-check.
 */
import * as z from 'zod';

/** Seats described in the roles catalog; a position may also use `custom`. */
export const ROLE_IDS = [
  'head-of-sales',
  'team-lead',
  'sales-manager',
  'key-account-manager',
  'lead-generation',
  'sales-assistant',
  'marketing-manager',
  'tender-specialist',
] as const;
export const RoleIdSchema = z.enum(ROLE_IDS);
export type RoleId = z.output<typeof RoleIdSchema>;

/** Indicators described in the KPI catalog; a KPI item may also be `custom`. */
export const KPI_IDS = [
  'revenue',
  'new-clients',
  'meetings-set',
  'overdue-receivables',
  'repeat-purchase-rate',
  'gross-profit',
  'gross-margin',
  'average-deal',
  'lead-conversion',
  'calls',
  'proposals-sent',
  'active-clients',
  'deal-cycle-days',
  'lead-response-time',
  'win-rate',
  'crm-discipline',
  'meetings-held',
  'upsell-revenue',
  'qualified-leads',
  'cost-per-lead',
] as const;
export const KpiIdSchema = z.enum(KPI_IDS);
export type KpiId = z.output<typeof KpiIdSchema>;

/** Regular reports described in the reports catalog. */
export const REPORT_IDS = [
  'daily-activity',
  'weekly-pipeline',
  'monthly-plan-fact',
  'quarterly-review',
  'receivables-report',
  'lead-report',
] as const;
export const ReportIdSchema = z.enum(REPORT_IDS);
export type ReportId = z.output<typeof ReportIdSchema>;

/**
 * The plan figures a KPI can take its plan from (profile.md, «How plans are derived»):
 * `gross-profit` is revenue × grossMarginPct (money, split like revenue); `gross-margin` is the
 * plan's grossMarginPct itself (a rate: every holder has the same plan).
 */
export const DerivationSchema = z.enum(['revenue', 'new-clients', 'meetings-set', 'gross-profit', 'gross-margin']);
export type Derivation = z.output<typeof DerivationSchema>;

/** A KPI's unit: every figure of the KPI is printed in it. `yesno`: done (100 %) or not (0 %). */
export const KPI_UNITS = ['currency', 'count', 'percent', 'days', 'hours', 'minutes', 'yesno'] as const;
export const KpiUnitSchema = z.enum(KPI_UNITS);
export type KpiUnit = z.output<typeof KpiUnitSchema>;

export const KpiDirectionSchema = z.enum(['higher', 'lower']);
export type KpiDirection = z.output<typeof KpiDirectionSchema>;

export const PeriodSchema = z.enum(['month', 'quarter', 'year']);
export type Period = z.output<typeof PeriodSchema>;

/** Category of a position in a job description («относится к категории руководителей»). */
export const CategorySchema = z.enum(['руководитель', 'специалист']);
export type Category = z.output<typeof CategorySchema>;

/** What the company sells (profile v2, company.offering): it decides the funnel and the vocabulary. */
export const OFFERINGS = ['goods', 'services', 'projects', 'subscription', 'production'] as const;
export const OfferingSchema = z.enum(OFFERINGS);
export type Offering = z.output<typeof OfferingSchema>;

/** Sales channels (company.channels[].type). */
export const CHANNEL_TYPES = ['direct', 'dealers', 'tenders', 'marketplaces', 'online', 'partners'] as const;
export const ChannelTypeSchema = z.enum(CHANNEL_TYPES);
export type ChannelType = z.output<typeof ChannelTypeSchema>;

/** The company's other units the sales department works with (company.units). */
export const COMPANY_UNITS = [
  'accounting',
  'finance',
  'legal',
  'hr',
  'marketing',
  'logistics',
  'warehouse',
  'production',
  'installation',
  'service',
  'support',
  'it',
  'security',
] as const;
export const CompanyUnitSchema = z.enum(COMPANY_UNITS);
export type CompanyUnit = z.output<typeof CompanyUnitSchema>;
