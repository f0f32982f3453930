/**
 * The shapes of the pack's consistency check: a check reads the profile and the built models of
 * the whole pack and reports findings that point at documents and clause ids.
 */
import { OpkitError } from '../errors.ts';
import type { DocumentModel } from '../model/types.ts';
import type { Profile } from '../profile/schema.ts';
import type { Severity } from '../profile/issues.ts';

/** Where a finding is: a document of the pack and, when known, the id of its clause, table or section. */
export interface Place {
  /** The model's id: `charter`, `job-description-manager`. */
  document: string;
  /** The nearest id (`charter.functions.planning`), or null when the text has none around it. */
  clause: string | null;
  /** Filled in by checkPack from the model: the document's title and the clause's printed number. */
  title?: string;
  number?: string | null;
}

export interface Finding {
  /** Which check found it (`dates`, `formulas`…): the stable code is `consistency-<check>`. */
  check: string;
  /** Errors stop generation; warnings go into the manifest and are printed. */
  severity: Severity;
  /** A plain Russian sentence, without the place. */
  message: string;
  /** One or more places, so a consultant can find every side of a contradiction. */
  where: Place[];
}

export interface PackInput {
  profile: Profile;
  models: readonly DocumentModel[];
}

export type PackCheck = (pack: PackInput) => Finding[];

/** The pack contradicts itself: generation stops and the edges print the findings. */
export class ConsistencyError extends OpkitError {
  override name = 'ConsistencyError';
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[]) {
    super(`пакет документов противоречит сам себе: ошибок ${findings.length}`);
    this.findings = findings;
  }
}

export function isConsistencyError(error: unknown): error is ConsistencyError {
  return error instanceof Error && error.name === 'ConsistencyError' && Array.isArray((error as ConsistencyError).findings);
}
