/**
 * What is wrong with a firm folder: every problem with its file and line, in Russian. The loader
 * (src/node/firm/load.ts, the site's import) throws a FirmError, for firm.yaml and its logo as for
 * the folder's overrides, catalogs and document types; the CLI prints it and writes nothing, the
 * site shows it beside the import button.
 */
import { formatIssueLines } from '../issues-format.ts';
import { issue, type Issue } from '../profile/issues.ts';
import type { OverrideProblem } from './overrides.ts';

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

/**
 * A problem of the folder's content (overrides, catalogs, document types) or of a client's own
 * overrides, with `file` as the user sees it.
 */
export function contentIssue(problem: OverrideProblem, file: string, code = 'firm-content'): FirmIssue {
  return { file, line: problem.line, path: '', message: problem.message, code };
}

/** «firm/firm.yaml, строка 7, branding.accent» — where a problem is, in words, as the site shows it. */
export function firmIssuePlace(i: FirmIssue): string {
  return [i.file, ...(i.line === null ? [] : [`строка ${i.line}`]), ...(i.path === '' ? [] : [i.path])].join(', ');
}

/** «firm/firm.yaml:7: branding.accent» — the same place as a terminal names one, `file:line`. */
function terminalPlace(i: FirmIssue): string {
  return [`${i.file}${i.line === null ? '' : `:${i.line}`}`, ...(i.path === '' ? [] : [i.path])].join(': ');
}

/**
 * The problems as the CLI prints them: one indented line each, `ошибка: file:line: path: message`,
 * the same `file:line` as every other problem with a file that the CLI prints.
 */
export function formatFirmIssues(issues: readonly FirmIssue[]): string {
  return formatIssueLines(issues.map((i): Issue => issue('error', i.code, terminalPlace(i), i.message)));
}
