/**
 * Autosave: the draft and the open step in localStorage, in a versioned envelope. A stored
 * profile is migrated like an imported one, so a draft saved by an older opkit opens in a newer.
 */
import { openSaved, removeSaved, writeSaved } from '../../browser/saved-envelope.ts';
import { migrateProfile } from '../../core/profile/migrate.ts';
import type { Draft } from './draft.ts';
import { isStepId, type StepId } from './steps.ts';
import type { Origin } from './untouched.ts';

export const STORAGE_KEY = 'opkit.wizard';
/** Version of the envelope (not of the profile, which carries its own schemaVersion). */
const ENVELOPE_VERSION = 1;

export interface Saved {
  draft: Draft;
  step: string;
  savedAt: string;
  /** Where the draft started; null for a draft saved before the wizard asked (it began as the example). */
  origin: Origin | null;
  /** Steps the owner has opened. */
  visited: StepId[];
}

export type Restored =
  | { kind: 'none' }
  | { kind: 'restored'; saved: Saved }
  /** Something was stored but cannot be used; the reason is for the user. */
  | { kind: 'unusable'; reason: string };

export function restore(): Restored {
  const opened = openSaved(STORAGE_KEY, ENVELOPE_VERSION);
  if (opened.kind === 'none') return opened;
  if (opened.kind === 'unusable') {
    return {
      kind: 'unusable',
      reason: opened.reason === 'version' ? 'сохранённый черновик записан другой версией мастера' : 'сохранённый черновик повреждён',
    };
  }
  const migrated = migrateProfile(opened.body['draft']);
  if (!migrated.ok) return { kind: 'unusable', reason: migrated.errors.map((e) => e.message).join('; ') };
  const step = opened.body['step'];
  return {
    kind: 'restored',
    saved: {
      draft: migrated.data as Draft,
      step: typeof step === 'string' ? step : '',
      savedAt: opened.savedAt,
      origin: readOrigin(opened.body['origin']),
      visited: Array.isArray(opened.body['visited'])
        ? opened.body['visited'].filter((v): v is StepId => typeof v === 'string' && isStepId(v))
        : [],
    },
  };
}

/** An origin as stored: its kind, the answers of a quick start, and the base it compares with. */
function readOrigin(value: unknown): Origin | null {
  if (value === null || typeof value !== 'object') return null;
  const o = value as Record<string, unknown>;
  if (o['kind'] === 'file') return { kind: 'file' };
  const base = o['base'];
  if (base === null || typeof base !== 'object') return null;
  if (o['kind'] === 'example') return { kind: 'example', base: base as Draft };
  if (o['kind'] === 'blank' && o['answers'] !== null && typeof o['answers'] === 'object') {
    return { kind: 'blank', answers: o['answers'] as Extract<Origin, { kind: 'blank' }>['answers'], base: base as Draft };
  }
  return null;
}

/** Writes the draft; false when the browser refuses (storage blocked or full). */
export function save(
  draft: Draft,
  step: string,
  extra: { origin: Origin | null; visited: readonly StepId[] } = { origin: null, visited: [] },
  now: Date = new Date(),
): boolean {
  return writeSaved(STORAGE_KEY, ENVELOPE_VERSION, { step, draft, origin: extra.origin, visited: [...extra.visited] }, now);
}

export function clearSaved(): void {
  removeSaved(STORAGE_KEY);
}
