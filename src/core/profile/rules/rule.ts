/**
 * Cross-field rules as zod checks that still run when other parts of the profile failed to parse,
 * so one validation reports every problem instead of stopping at the first broken field.
 */
import * as z from 'zod';
import type { ProfileIssueCode } from '../codes.ts';

/** Reports one problem; `path` is relative to the node the rule is attached to. */
export type Report = (path: ReadonlyArray<string | number>, code: ProfileIssueCode, message: string) => void;

/**
 * Wraps a rule as a check. The rule reads the value only through `view`, a lenient schema of the
 * few fields it needs: zod hands checks a half-parsed value when a sibling field failed, and the
 * view turns whatever is there into a typed shape (unusable parts become `null`). Zod would skip
 * an ordinary refinement after such a failure, hiding e.g. a reporting cycle behind a typo in a salary.
 */
export function rule<V extends z.ZodType>(view: V, run: (value: z.output<V>, report: Report) => void) {
  return z.superRefine<unknown>(
    (value, ctx) => {
      const parsed = view.safeParse(value);
      if (!parsed.success) return;
      run(parsed.data, (path, code, message) => ctx.addIssue({ code: 'custom', path: [...path], message, params: { code } }));
    },
    { when: () => true },
  );
}

// Lenient building blocks for views: a field that is missing or of the wrong type reads as null
// (its own issue is reported by the schema), and a list keeps its indices so paths stay exact.
export const looseNumber = z.number().nullable().catch(null);
export const looseString = z.string().nullable().catch(null);
export const looseBoolean = z.boolean().nullable().catch(null);

export function looseList<T extends z.ZodType>(item: T) {
  return z.array(item.nullable().catch(null)).catch([]);
}

export function looseEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).nullable().catch(null);
}
