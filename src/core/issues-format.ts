/** Issue lines for terminals: indented under the file they belong to. */
import { formatIssues, type Issue } from './profile/issues.ts';

export function formatIssueLines(issues: readonly Issue[]): string {
  return formatIssues(issues)
    .split('\n')
    .filter(Boolean)
    .map((line) => `  ${line}`)
    .join('\n');
}
