/** The profile's public API: schema and types, loading, migration, validation, catalogs' schemas. */
export {
  CURRENT_SCHEMA_VERSION,
  CurrencySchema,
  ProfileSchema,
  type Company,
  type Department,
  type Documents,
  type KpiItem,
  type MotivationEntry,
  type MotivationScheme,
  type Plan,
  type Position,
  type PositionKpis,
  type PositionRole,
  type Processes,
  type Profile,
  type ProfileInput,
  type Weekday,
} from './schema.ts';
export { CasesSchema, CurveSchema, type Cases, type Curve } from './fields.ts';
export { loadProfile, parseProfileText, type ParseResult } from './load.ts';
export { MIGRATIONS, migrateProfile, type Migration, type MigrationResult } from './migrate.ts';
export { validateProfile, type ProfileCheck, type ValidateOptions, type ValidationResult } from './validate.ts';
export { IssueSchema } from './issue-schema.ts';
export { formatIssues, formatPath, issue, type Issue, type Severity } from './issues.ts';
export { CODES, type ProfileIssueCode } from './codes.ts';
export { profileErrorMap } from './messages.ts';
export { profileWarnings, MAX_KPIS_PER_POSITION, MIN_KPI_WEIGHT } from './warnings.ts';
export { describeProfile, profileJsonSchema } from './describe.ts';
export * from './ids.ts';
export * from './catalog-schema.ts';
