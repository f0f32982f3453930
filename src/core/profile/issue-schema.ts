/** The profile's issue (issues.ts) as a zod schema, for readers of issues from outside: a program's output, a test. */
import * as z from 'zod';
import type { Issue, Severity } from './issues.ts';

export const SeveritySchema = z.enum(['error', 'warning']) satisfies z.ZodType<Severity>;

export const IssueSchema = z.object({
  path: z.string(),
  message: z.string(),
  severity: SeveritySchema,
  code: z.string(),
}) satisfies z.ZodType<Issue>;

// Both ways: a field added to Issue and not here (or here and not there) fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type IssueSchemaIsIssue = Holds<Same<z.output<typeof IssueSchema>, Issue>>;
