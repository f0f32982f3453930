/**
 * The audit's screens: the start (intro and company), one screen per area, the result. A view id
 * is «start», «result» or an area id; it is kept in the URL hash (#step-…) and in the autosave.
 */
import { AREAS } from './answers.ts';

export type ViewId = string;

export const START = 'start';
export const RESULT = 'result';

export const VIEWS: readonly ViewId[] = [START, ...AREAS.map((a) => a.id), RESULT];

export const isViewId = (value: unknown): value is ViewId => typeof value === 'string' && VIEWS.includes(value);

export const areaIndex = (view: ViewId): number => AREAS.findIndex((a) => a.id === view);

export function neighbour(view: ViewId, step: 1 | -1): ViewId | null {
  return VIEWS[VIEWS.indexOf(view) + step] ?? null;
}

export function viewTitle(view: ViewId): string {
  if (view === START) return 'Начало';
  if (view === RESULT) return 'Итоги';
  return AREAS[areaIndex(view)]?.title ?? view;
}

export const hashOf = (view: ViewId): string => `#step-${view}`;

export function viewFromHash(hash: string): ViewId | null {
  const id = hash.replace(/^#step-/, '');
  return isViewId(id) ? id : null;
}
