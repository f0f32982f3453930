/**
 * Stable codes of the profile's own issues, so callers (CLI, wizard, tests) can react to a kind of
 * problem without parsing the Russian text. Issues that come from zod itself keep zod's code
 * (`invalid_type`, `too_small`, ...).
 */
export const CODES = {
  fileEmpty: 'file-empty',
  yamlSyntax: 'yaml-syntax',
  jsonSyntax: 'json-syntax',
  notMapping: 'not-a-mapping',

  schemaVersionMissing: 'schema-version-missing',
  schemaVersionNewer: 'schema-version-newer',
  schemaVersionInvalid: 'schema-version-invalid',
  migrationMissing: 'migration-missing',

  unknownField: 'unknown-field',
  invalidDate: 'invalid-date',
  innFormat: 'inn-format',
  entrepreneurName: 'entrepreneur-name',

  positionIdDuplicate: 'position-id-duplicate',
  positionIdReserved: 'position-id-reserved',
  reportsToUnknown: 'reports-to-unknown',
  reportingCycle: 'reporting-cycle',
  customRoleDuties: 'custom-role-duties',
  employeesOverHeadcount: 'employees-over-headcount',
  revenueShareTotal: 'revenue-share-total',
  revenueShareLeftover: 'revenue-share-leftover',

  seasonalitySum: 'seasonality-sum',
  channelDuplicate: 'channel-duplicate',
  channelShareTotal: 'channel-share-total',
  channelOwnerUnknown: 'channel-owner-unknown',
  probationTooLong: 'probation-too-long',
  teamLeadWithoutGroup: 'team-lead-without-group',
  groupScopeOutsideTeamLead: 'group-scope-outside-team-lead',
  productLineShareTotal: 'product-line-share-total',
  rampUpShape: 'ramp-up-shape',
  kpiUnitImplausible: 'kpi-unit-implausible',
  kpiUnitMissing: 'kpi-unit-missing',
  kpiCountFractional: 'kpi-count-fractional',
  segmentOwnerUnknown: 'segment-owner-unknown',
  segmentOrder: 'segment-order',
  handoverPositionUnknown: 'handover-position-unknown',
  handoverMonthsMissing: 'handover-months-missing',
  handoverSegmentUnknown: 'handover-segment-unknown',
  policyPositionUnknown: 'policy-position-unknown',
  activityNormPositionUnknown: 'activity-norm-position-unknown',
  deductionsTotal: 'deductions-total',
  offeringDefaulted: 'offering-defaulted',
  unitMigrated: 'kpi-unit-migrated',
  grossMarginMigrated: 'gross-margin-migrated',
  curveDecreasing: 'curve-decreasing',

  positionUnknown: 'position-unknown',
  kpiEntryDuplicate: 'kpi-entry-duplicate',
  motivationEntryDuplicate: 'motivation-entry-duplicate',
  kpiWeightsSum: 'kpi-weights-sum',
  kpiDuplicate: 'kpi-duplicate',
  customKpiIncomplete: 'custom-kpi-incomplete',
  catalogKpiOverride: 'catalog-kpi-override',
  kpiPlanMissing: 'kpi-plan-missing',
  kpiPlanUnderivable: 'kpi-plan-underivable',
  schemeNeedsKpis: 'scheme-needs-kpis',
  schemeNeedsRevenueKpi: 'scheme-needs-revenue-kpi',

  tooManyKpis: 'too-many-kpis',
  kpiWeightSmall: 'kpi-weight-small',
  motivationMissing: 'motivation-missing',
  revenueShareUnused: 'revenue-share-unused',
  handoverAllClients: 'handover-all-clients',
  textMarkup: 'text-markup',
  firmCatalog: 'firm-catalog',
} as const;

export type ProfileIssueCode = (typeof CODES)[keyof typeof CODES];
