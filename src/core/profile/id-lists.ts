/**
 * The closed vocabularies of the profile as plain lists: catalog roles, KPIs, reports, units,
 * offerings, channels. No zod here, so code that only needs a list (the migration the wizard runs
 * on its autosave) does not load the schemas; ids.ts makes the schemas from these lists.
 */

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

/** Regular reports described in the reports catalog. */
export const REPORT_IDS = [
  'daily-activity',
  'weekly-pipeline',
  'monthly-plan-fact',
  'quarterly-review',
  'receivables-report',
  'lead-report',
] as const;

/** A KPI's unit: every figure of the KPI is printed in it. `yesno`: done (100 %) or not (0 %). */
export const KPI_UNITS = ['currency', 'count', 'percent', 'days', 'hours', 'minutes', 'yesno'] as const;

/** What the company sells (profile v2, company.offering): it decides the funnel and the vocabulary. */
export const OFFERINGS = ['goods', 'services', 'projects', 'subscription', 'production'] as const;

/** Sales channels (company.channels[].type). */
export const CHANNEL_TYPES = ['direct', 'dealers', 'tenders', 'marketplaces', 'online', 'partners'] as const;

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
