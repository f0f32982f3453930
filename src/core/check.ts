/**
 * The one entry for checking a profile's text: parse (YAML or JSON), then the same checks as
 * check-data.ts. The CLI, the wizard and the tests all go through these, so they report the
 * same problems in the same words.
 */
import { packChecks, checkProfileData, type ValidationResult } from './check-data.ts';
import { loadProfile } from './profile/load.ts';
import type { ValidateOptions } from './profile/validate.ts';
import type { Firm } from './firm/firm.ts';
import { prepareProfile } from './firm/catalogs.ts';
import { includeCheck } from './pack/include-check.ts';
import { mathChecks } from './math/checks.ts';

export { checkProfileData };
export type { ValidationResult };

/**
 * `firm`: a consulting firm's folder, whose catalogs and document types the profile may name
 * (`opkit validate --firm`, `opkit generate --firm`).
 */
export function checkProfileText(text: string, fileName?: string, firm?: Firm): ValidationResult {
  return loadProfile(text, fileName, firm ? firmValidateOptions(firm) : { extraChecks: [packChecks] });
}

/** How a profile is checked with a firm: its new catalog ids are custom entries, its document ids known. */
export function firmValidateOptions(firm: Firm): ValidateOptions {
  const documents = (firm.documents ?? []).map((d) => d.id);
  const catalogs = firm.catalogs;
  return {
    ...(catalogs ? { prepare: (data: unknown) => prepareProfile(data, catalogs) } : {}),
    extraChecks: [(profile) => [...includeCheck(profile, documents), ...mathChecks(profile, { cliffThresholds: false })]],
  };
}
