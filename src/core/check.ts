/**
 * The one entry for checking a profile's text: parse (YAML or JSON), migrate, validate, and
 * run the math checks (funnel, payroll, plan lints) on a valid profile. The CLI, the wizard
 * and the tests all go through it, so they report the same problems in the same words.
 */
import { loadProfile } from './profile/load.ts';
import { validateProfile, type ValidationResult } from './profile/validate.ts';
import { mathChecks } from './math/checks.ts';
import type { Profile } from './profile/schema.ts';
import { includeCheck } from './pack/include-check.ts';

export type { ValidationResult };

/**
 * A cut-off threshold (nothing below 70 %, then 70 % of the bonus) is a deliberate gate, not
 * a cliff to warn about; the lint looks at jumps between bands above the threshold.
 */
const packChecks = (profile: Profile) => [...includeCheck(profile), ...mathChecks(profile, { cliffThresholds: false })];

export function checkProfileText(text: string, fileName?: string): ValidationResult {
  return loadProfile(text, fileName, { extraChecks: [packChecks] });
}

export function checkProfileData(raw: unknown): ValidationResult {
  return validateProfile(raw, { extraChecks: [packChecks] });
}
