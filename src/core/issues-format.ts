/** Issue lines for terminals: indented under the file they belong to, at most LIMITS.printedIssues of them. */
import { grouped, LIMITS } from './input/limits.ts';
import { formatIssues, type Issue } from './profile/issues.ts';
import { pluralForm } from './text/plural.ts';

const ERRORS = { one: 'ошибка', few: 'ошибки', many: 'ошибок' };
const WARNINGS = { one: 'предупреждение', few: 'предупреждения', many: 'предупреждений' };

/**
 * A file with 150 000 wrong items would print megabytes: the first issues say what is wrong,
 * the rest are counted («и ещё 4 812 ошибок»). Errors come before warnings.
 */
export function formatIssueLines(issues: readonly Issue[], limit: number = LIMITS.printedIssues): string {
  const ordered = [...issues.filter((i) => i.severity === 'error'), ...issues.filter((i) => i.severity !== 'error')];
  const shown = ordered.slice(0, limit);
  const lines = formatIssues(shown)
    .split('\n')
    .filter(Boolean)
    .map((line) => `  ${line}`);
  const rest = ordered.slice(limit);
  if (rest.length > 0) {
    const errors = rest.filter((i) => i.severity === 'error').length;
    const warnings = rest.length - errors;
    const parts = [
      ...(errors > 0 ? [`${grouped(errors)} ${pluralForm(errors, ERRORS)}`] : []),
      ...(warnings > 0 ? [`${grouped(warnings)} ${pluralForm(warnings, WARNINGS)}`] : []),
    ];
    lines.push(`  и ещё ${parts.join(' и ')}`);
  }
  return lines.join('\n');
}
