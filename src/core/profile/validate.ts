/** From a raw object to a typed Profile: migration, schema, cross-field rules, warnings. */
import { glyphIssues } from './glyphs.ts';
import { shapeIssues } from './guard.ts';
import { fromZodIssues, type Issue } from './issues.ts';
import { profileErrorMap } from './messages.ts';
import { migrateProfile } from './migrate.ts';
import { ProfileSchema, type Profile } from './schema.ts';
import { profileWarnings } from './warnings.ts';

/** A check that needs a valid profile, e.g. the math module's funnel and payroll warnings. */
export type ProfileCheck = (profile: Profile) => Issue[];

export interface ValidateOptions {
  /** Run after the profile is valid; their issues join the result by severity. */
  extraChecks?: ReadonlyArray<ProfileCheck>;
  /** Rewrites the migrated data before the schema sees it: a consulting firm's own catalog ids (src/core/firm/catalogs.ts). */
  prepare?: (data: unknown) => unknown;
}

export type ValidationResult = { ok: true; profile: Profile; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

/**
 * Validates a parsed profile (any JSON-like value) and reports every problem at once. Never
 * throws for bad input. Content warnings are computed only once the profile is valid, because
 * they read it as a whole.
 */
export function validateProfile(raw: unknown, options: ValidateOptions = {}): ValidationResult {
  const shape = shapeIssues(raw);
  if (shape.length > 0) return { ok: false, errors: shape, warnings: [] };
  const migrated = migrateProfile(raw);
  if (!migrated.ok) return migrated;
  const data = options.prepare ? options.prepare(migrated.data) : migrated.data;
  const parsed = ProfileSchema.safeParse(data, { error: profileErrorMap });
  if (!parsed.success) {
    return { ok: false, errors: fromZodIssues(parsed.error.issues), warnings: migrated.warnings };
  }
  const glyphs = glyphIssues(parsed.data);
  if (glyphs.length > 0) return { ok: false, errors: glyphs, warnings: migrated.warnings };
  const profile = parsed.data;
  const found = [...profileWarnings(profile), ...(options.extraChecks ?? []).flatMap((check) => check(profile))];
  const warnings = [...migrated.warnings, ...found.filter((i) => i.severity === 'warning')];
  const errors = found.filter((i) => i.severity === 'error');
  return errors.length > 0 ? { ok: false, errors, warnings } : { ok: true, profile, warnings };
}
