/**
 * The one entry for checking a profile's text: parse (YAML or JSON), then the same checks as
 * check-data.ts. The CLI, the wizard and the tests all go through these, so they report the
 * same problems in the same words.
 */
import { packChecks, checkProfileData, type ValidationResult } from './check-data.ts';
import { loadProfile } from './profile/load.ts';

export { checkProfileData };
export type { ValidationResult };

export function checkProfileText(text: string, fileName?: string): ValidationResult {
  return loadProfile(text, fileName, { extraChecks: [packChecks] });
}
