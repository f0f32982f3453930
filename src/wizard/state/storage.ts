/**
 * Autosave: the draft and the open step in localStorage, in a versioned envelope. A stored
 * profile is migrated like an imported one, so a draft saved by an older opkit opens in a newer.
 */
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

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Blocked storage (privacy settings) throws on access.
    return null;
  }
}

export function restore(): Restored {
  const store = storage();
  const text = store?.getItem(STORAGE_KEY) ?? null;
  if (text === null) return { kind: 'none' };
  try {
    const envelope = JSON.parse(text) as { v?: unknown; draft?: unknown; step?: unknown; savedAt?: unknown };
    if (envelope.v !== ENVELOPE_VERSION) return { kind: 'unusable', reason: 'сохранённый черновик записан другой версией мастера' };
    const migrated = migrateProfile(envelope.draft);
    if (!migrated.ok) return { kind: 'unusable', reason: migrated.errors.map((e) => e.message).join('; ') };
    return {
      kind: 'restored',
      saved: {
        draft: migrated.data as Draft,
        step: typeof envelope.step === 'string' ? envelope.step : '',
        savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : '',
      },
    };
  } catch {
    return { kind: 'unusable', reason: 'сохранённый черновик повреждён' };
  }
}

/** Writes the draft; false when the browser refuses (storage blocked or full). */
export function save(draft: Draft, step: string, now: Date = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ v: ENVELOPE_VERSION, savedAt: now.toISOString(), step, draft }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  storage()?.removeItem(STORAGE_KEY);
}
