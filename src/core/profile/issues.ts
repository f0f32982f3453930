/**
 * The one shape in which the profile reports problems, and how they are printed. A plain type, not
 * a zod schema (that is issue-schema.ts, which checks it against this one): the wizard's first
 * JavaScript makes issues (its autosave's migration) and must not load zod for it.
 */
import type * as z from 'zod';
import { CODES } from './codes.ts';

export type Severity = 'error' | 'warning';

/** A problem found in a profile: where (`kpis[1].items[0].weight`), what (Russian sentence), how bad. */
export interface Issue {
  /** Path in the profile as `a.b[0].c`; empty for problems with the whole file. */
  path: string;
  /** A plain Russian sentence, without the path. */
  message: string;
  /** Errors stop generation; warnings are printed and shown in the pack's summary. */
  severity: Severity;
  /** A stable code (see codes.ts, or zod's own issue code) for programs that react to a kind of problem. */
  code: string;
}

/** `['kpis', 1, 'items', 0, 'weight']` → `kpis[1].items[0].weight`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$-]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

/** A profile issue built in code (not by zod). */
export function issue(severity: Severity, code: string, path: ReadonlyArray<PropertyKey> | string, message: string): Issue {
  return { path: typeof path === 'string' ? path : formatPath(path), message, severity, code };
}

/** Zod's issues (already worded by the profile's error map) as profile errors. */
export function fromZodIssues(issues: ReadonlyArray<z.core.$ZodIssue>): Issue[] {
  return issues.map((zi) => {
    if (zi.code === 'custom') {
      const code: unknown = zi.params?.['code'];
      return issue('error', typeof code === 'string' ? code : 'custom', zi.path, zi.message);
    }
    if (zi.code === 'unrecognized_keys') return issue('error', CODES.unknownField, zi.path, zi.message);
    return issue('error', zi.code, zi.path, zi.message);
  });
}

const LABEL: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение' };

/** One line per issue: `ошибка: kpis[1].items: сумма весов 90 %, должна быть 100 %`. */
export function formatIssues(issues: ReadonlyArray<Issue>): string {
  return issues.map((i) => `${LABEL[i.severity]}: ${i.path === '' ? '' : `${i.path}: `}${i.message}`).join('\n');
}
