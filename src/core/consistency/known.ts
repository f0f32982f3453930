/**
 * Text defects the consistency check found in today's documents that are being fixed in their
 * documents: until then they are reported as warnings, not errors, so the fixture packs still
 * generate. Each entry names the check and the clause or table id it is about; remove it with the
 * fix (tests/consistency/ fails when an entry no longer matches any finding of the fixture packs).
 */
import type { Finding } from './types.ts';

export interface KnownDefect {
  check: string;
  /** The clause or table id, as the model prints it. */
  clause: string;
  why: string;
}

export const KNOWN_DEFECTS: readonly KnownDefect[] = [];

export function isKnown(finding: Finding): boolean {
  return KNOWN_DEFECTS.some((k) => k.check === finding.check && finding.where.some((p) => p.clause === k.clause));
}

/** Known defects as warnings, marked so nobody takes them for fine. */
export function downgradeKnown(findings: readonly Finding[]): Finding[] {
  return findings.map((f) =>
    f.severity === 'error' && isKnown(f)
      ? { ...f, severity: 'warning', message: `${f.message} (известный дефект текста, исправляется)` }
      : f,
  );
}
