/** Shared helpers of the profile tests: the reference profile as raw data, issues as printed lines. */
import { profilePath } from '../support/profiles.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { formatIssues, type Issue } from '../../src/core/profile/issues.ts';
import { migrateProfile } from '../../src/core/profile/migrate.ts';
import { validateProfile, type ValidationResult } from '../../src/core/profile/validate.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/profiles/', import.meta.url));
/** The repository's copy of the shared reference profile (the shared one is absent in CI). */
export const REFERENCE_PATH = profilePath('tehnosnab.yaml');
/** The contract itself, where the workspace has it. */
export { REFERENCE_PROFILE as SHARED_REFERENCE_PATH } from '../support/reference.ts';

/** A raw profile as a reader gives it; tests change it through `set` and `unset`. */
export type RawProfile = Record<string, unknown>;

/** The reference profile, as the YAML reader gives it, fresh for every call. */
export function reference(): RawProfile {
  return parse(readFileSync(REFERENCE_PATH, 'utf8')) as RawProfile;
}

/**
 * The reference profile written in the current version: migrated from v1 and with what v2 asks
 * stated (it sells goods), so it validates with no migration warning; tests of later rules start here.
 */
export function current(): RawProfile {
  const migrated = migrateProfile(reference());
  if (!migrated.ok) throw new Error('the reference must migrate');
  const company = migrated.data['company'] as RawProfile;
  return { ...migrated.data, company: { ...company, offering: 'goods' } };
}

/** `a.b[1].c` → ['a', 'b', 1, 'c'], the same notation the issues print. */
function steps(path: string): Array<string | number> {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

function container(root: unknown, path: string): { parent: Record<string | number, unknown>; key: string | number } {
  const keys = steps(path);
  const key = keys.pop();
  let node: unknown = root;
  for (const k of keys) {
    if (typeof node !== 'object' || node === null) throw new Error(`no ${path} in the profile`);
    node = (node as Record<string | number, unknown>)[k];
  }
  if (typeof node !== 'object' || node === null || key === undefined) throw new Error(`no ${path} in the profile`);
  return { parent: node as Record<string | number, unknown>, key };
}

/** Writes a value at a printed path (`kpis[1].items[0].weight`), returning the profile. */
export function set(profile: RawProfile, path: string, value: unknown): RawProfile {
  const { parent, key } = container(profile, path);
  parent[key] = value;
  return profile;
}

/** Deletes the field at a printed path, returning the profile. */
export function unset(profile: RawProfile, path: string): RawProfile {
  const { parent, key } = container(profile, path);
  delete parent[key];
  return profile;
}

/** Reads the value at a printed path. */
export function get(profile: RawProfile, path: string): unknown {
  const { parent, key } = container(profile, path);
  return parent[key];
}

export function fixture(name: string): string {
  return readFileSync(name.includes('/') ? FIXTURES + name : profilePath(name), 'utf8');
}

/** Errors of a result as `path: message` lines, without the severity label. */
export function errorLines(result: ValidationResult): string[] {
  return result.ok ? [] : result.errors.map(line);
}

export function warningLines(result: ValidationResult): string[] {
  return result.warnings.map(line);
}

export function line(i: Issue): string {
  return formatIssues([i]).replace(/^(ошибка|предупреждение): /, '');
}

/** Validates and returns the error lines, for the common case of one broken profile. */
export function errorsOf(raw: unknown): string[] {
  return errorLines(validateProfile(raw));
}
