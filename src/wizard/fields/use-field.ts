/** The plumbing every input shares: its value, its messages, and the ids that tie them together. */
import { useWizard } from '../state/context.ts';
import { getAt, pathKey, type Path } from '../state/paths.ts';

/** A DOM id for a profile path: `kpis[1].items[0].weight` → `f-kpis-1-items-0-weight`. */
export const fieldId = (key: string): string => `f-${key.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;

export function useField(path: Path) {
  const api = useWizard();
  const key = pathKey(path);
  const id = fieldId(key);
  const errors = api.shows(key) ? (api.check.errorsAt.get(key) ?? []) : [];
  return {
    key,
    id,
    value: getAt(api.draft, path),
    errors,
    invalid: errors.length > 0,
    set: (value: unknown) => api.set(path, value),
    onBlur: () => api.touch(key),
  };
}
