/** A firm folder that cannot be used: every problem with its file and line, in Russian. */
import type { OverrideProblem } from '../../core/firm/overrides.ts';

export class FirmError extends Error {
  override name = 'FirmError';
  readonly problems: readonly OverrideProblem[];
  constructor(problems: readonly OverrideProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    this.problems = problems;
  }
}

export function isFirmError(error: unknown): error is FirmError {
  return error instanceof Error && error.name === 'FirmError';
}
