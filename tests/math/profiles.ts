/** The reference profile and variants of it, loaded through the real profile loader. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { formatIssues } from '../../src/core/profile/issues.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { validateProfile } from '../../src/core/profile/validate.ts';

import { REFERENCE_PROFILE as REFERENCE_PATH } from '../support/reference.ts';
export { REFERENCE_PATH };

type Raw = Record<string, unknown>;

/** The reference YAML as the reader gives it, fresh for every call so tests can change it. */
export function referenceRaw(): Raw {
  return parse(readFileSync(REFERENCE_PATH, 'utf8')) as Raw;
}

/** A raw profile validated into a Profile; a test profile that does not validate is a broken test. */
export function validated(raw: unknown): Profile {
  const result = validateProfile(raw);
  if (!result.ok) throw new Error(`test profile is invalid:\n${formatIssues(result.errors)}`);
  return result.profile;
}

export function reference(): Profile {
  return validated(referenceRaw());
}

/** The reference with a change applied to its raw form, validated. */
export function variant(change: (raw: RawProfile) => void): Profile {
  const raw = referenceRaw() as RawProfile;
  change(raw);
  return validated(raw);
}

/** Loose access to the raw YAML, enough for tests to edit it. */
export interface RawProfile {
  plan: Record<string, unknown> & { funnel: Record<string, unknown> };
  department: { positions: Array<Record<string, unknown>> };
  kpis: Array<{ position: string; items: Array<Record<string, unknown>> }>;
  motivation: Array<Record<string, unknown>>;
  [key: string]: unknown;
}

/** Messages compared without caring which kind of space the formatter put between digit groups. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
