/**
 * What is wrong with a firm folder: every problem with its file and line, in Russian. The loader
 * (src/node/firm/load.ts, the site's import) throws a FirmError; the CLI prints it and writes
 * nothing, the site shows it beside the import button.
 */
import { formatIssueLines } from '../issues-format.ts';
import { issue, type Issue } from '../profile/issues.ts';

export interface FirmIssue {
  /** The file as the user named it (`firm/firm.yaml`). */
  file: string;
  /** 1-based line in that file; null when the problem is the file as a whole. */
  line: number | null;
  /** The field inside the file (`branding.accent`); empty for the whole file. */
  path: string;
  message: string;
  code: string;
}

export class FirmError extends Error {
  override name = 'FirmError';
  readonly issues: readonly FirmIssue[];
  constructor(issues: readonly FirmIssue[]) {
    super(formatFirmIssues(issues));
    this.issues = issues;
  }
}

export function isFirmError(error: unknown): error is FirmError {
  return error instanceof Error && error.name === 'FirmError' && Array.isArray((error as FirmError).issues);
}

/** «firm/firm.yaml, строка 7, branding.accent» — where a problem is, as the issue's path. */
export function firmIssuePlace(i: FirmIssue): string {
  return [i.file, ...(i.line === null ? [] : [`строка ${i.line}`]), ...(i.path === '' ? [] : [i.path])].join(', ');
}

/** The problems as the CLI prints them: one indented line each, `ошибка: file, строка N, path: message`. */
export function formatFirmIssues(issues: readonly FirmIssue[]): string {
  return formatIssueLines(issues.map((i): Issue => issue('error', i.code, firmIssuePlace(i), i.message)));
}
