/**
 * The firm folder's YAML files read with their line numbers, so that every problem, in the syntax
 * or in a field, names the file and the line. Pure: the edge reads the text.
 */
import type * as z from 'zod';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { formatPath } from '../profile/issues.ts';
import type { FirmIssue } from './errors.ts';

export type YamlRead =
  | { ok: true; value: unknown; lineOf: (path: ReadonlyArray<PropertyKey>) => number | null }
  | { ok: false; issues: FirmIssue[] };

const fileIssue = (file: string, line: number | null, message: string, code = 'firm-yaml'): FirmIssue => ({
  file,
  line,
  path: '',
  message,
  code,
});

export function readFirmYaml(text: string, file: string): YamlRead {
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) {
    return {
      ok: false,
      issues: problems
        .slice(0, 10)
        .map((e) => fileIssue(file, lineCounter.linePos(e.pos[0]).line, 'ошибка синтаксиса YAML: проверьте отступы, двоеточия и кавычки')),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return { ok: false, issues: [fileIssue(file, null, 'файл не удалось прочитать как YAML')] };
  }
  /** The line of the deepest node on `path` that exists (a missing field: its parent's line). */
  const lineOf = (path: ReadonlyArray<PropertyKey>): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node: unknown = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  return { ok: true, value, lineOf };
}

/** Zod's issues (worded by the profile's Russian error map) as firm issues with their lines. */
export function zodFirmIssues(
  issues: ReadonlyArray<z.core.$ZodIssue>,
  file: string,
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | null,
): FirmIssue[] {
  return issues.map((zi) => ({
    file,
    // An unknown field is reported on its parent: its own line is the one to fix.
    line: lineOf(zi.code === 'unrecognized_keys' && zi.keys[0] !== undefined ? [...zi.path, zi.keys[0]] : zi.path),
    path: formatPath(zi.path),
    message: zi.message,
    code: `firm-${zi.code}`,
  }));
}
