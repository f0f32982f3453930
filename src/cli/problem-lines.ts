/** A client's override problems, printed as the firm folder's are (src/core/firm/errors.ts). */
import path from 'node:path';
import { contentIssue, formatFirmIssues } from '../core/firm/errors.ts';
import type { OverrideProblem } from '../core/firm/overrides.ts';

/** Lines under a heading, `  ошибка: файл:строка: сообщение`, the file relative to where the user ran opkit. */
export function problemLines(cwd: string, problems: readonly OverrideProblem[]): string {
  return formatFirmIssues(problems.map((p) => contentIssue(p, path.relative(cwd, p.file) || p.file, 'override')));
}
