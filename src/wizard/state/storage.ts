/**
 * Autosave: the draft and the open step in localStorage, in a versioned envelope. A stored
 * profile is migrated like an imported one, so a draft saved by an older opkit opens in a newer.
 */
import { openSaved, removeSaved, writeSaved } from '../../browser/saved-envelope.ts';
import { migrateProfile } from '../../core/profile/migrate.ts';
import type { Draft } from './draft.ts';

export const STORAGE_KEY = 'opkit.wizard';
/** Version of the envelope (not of the profile, which carries its own schemaVersion). */
const ENVELOPE_VERSION = 1;

export interface Saved {
  draft: Draft;
  step: string;
  savedAt: string;
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
    saved: { draft: migrated.data as Draft, step: typeof step === 'string' ? step : '', savedAt: opened.savedAt },
  };
}

/** Writes the draft; false when the browser refuses (storage blocked or full). */
export function save(draft: Draft, step: string, now: Date = new Date()): boolean {
  return writeSaved(STORAGE_KEY, ENVELOPE_VERSION, { step, draft }, now);
}

export function clearSaved(): void {
  removeSaved(STORAGE_KEY);
}
