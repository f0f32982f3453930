/**
 * Immutable edits of the draft profile by path. The draft is plain JSON (what the CLI reads),
 * so the form can hold anything the user types, valid or not, and validation reports on it.
 */
import { formatPath } from '../../core/profile/issues.ts';

export type PathPart = string | number;
export type Path = readonly PathPart[];

/** The key an issue carries for this path: `kpis[1].items[0].weight`. */
export const pathKey = (path: Path): string => formatPath(path);

type Json = unknown;

export function getAt(root: Json, path: Path): Json {
  let node: Json = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, Json>)[part];
  }
  return node;
}

function withChild(node: Json, part: PathPart, child: Json): Json {
  if (typeof part === 'number') {
    const list = Array.isArray(node) ? [...(node as Json[])] : [];
    list[part] = child;
    return list;
  }
  const record = node !== null && typeof node === 'object' && !Array.isArray(node) ? { ...(node as Record<string, Json>) } : {};
  // `undefined` removes the field, so an emptied optional field leaves the profile as if never written.
  if (child === undefined) delete record[part];
  else record[part] = child;
  return record;
}

/** A copy of `root` with `value` at `path`; `undefined` removes an object field. */
export function setAt<T>(root: T, path: Path, value: Json): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [PathPart, ...PathPart[]];
  const current = root !== null && typeof root === 'object' ? (root as Record<PathPart, Json>)[head] : undefined;
  return withChild(root, head, setAt(current, rest, value)) as T;
}

/** A copy of `root` without the list element at `path` (the last part is its index). */
export function removeAt<T>(root: T, path: Path): T {
  const index = path[path.length - 1];
  const listPath = path.slice(0, -1);
  const list = getAt(root, listPath);
  if (typeof index !== 'number' || !Array.isArray(list)) return root;
  return setAt(
    root,
    listPath,
    list.filter((_, i) => i !== index),
  );
}

/** Whether an issue at `key` belongs under `prefix` (`plan` owns `plan.funnel.averageDeal`, not `planX`). */
export function keyUnder(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(`${prefix}.`) || key.startsWith(`${prefix}[`);
}
