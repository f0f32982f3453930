/**
 * Checks a parsed profile the way every entry point does: migrate, validate, then the pack's own
 * checks (unknown documents, the math module's funnel, payroll and plan lints) on a valid
 * profile. Apart from check.ts so the wizard can run it on every edit without the YAML parser.
 */
import { mathChecks } from './math/checks.ts';
import { includeCheck } from './pack/include-check.ts';
import type { Profile } from './profile/schema.ts';
import { validateProfile, type ValidationResult } from './profile/validate.ts';

export type { ValidationResult };

/**
 * A cut-off threshold (nothing below 70 %, then 70 % of the bonus) is a deliberate gate, not
 * a cliff to warn about; the lint looks at jumps between bands above the threshold, and at a
 * threshold at or above 100 % (the whole bonus hangs on the last deal).
 */
export const packChecks = (profile: Profile) => [...includeCheck(profile), ...mathChecks(profile, { cliffThresholds: false })];

export function checkProfileData(raw: unknown): ValidationResult {
  return validateProfile(raw, { extraChecks: [packChecks] });
}
