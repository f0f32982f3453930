/**
 * A page's autosave in localStorage: one JSON envelope under a key, with the envelope's version
 * and the time of saving. Pages read their own content out of `body`; blocked or full storage
 * is reported, never thrown.
 */
export type Envelope = Record<string, unknown>;

export type Opened =
  | { kind: 'none' }
  | { kind: 'found'; body: Envelope; savedAt: string }
  | { kind: 'unusable'; reason: 'damaged' | 'version' };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Blocked storage (privacy settings) throws on access.
    return null;
  }
}

const isRecord = (v: unknown): v is Envelope => typeof v === 'object' && v !== null && !Array.isArray(v);

export function openSaved(key: string, version: number): Opened {
  const text = storage()?.getItem(key) ?? null;
  if (text === null) return { kind: 'none' };
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { kind: 'unusable', reason: 'damaged' };
  }
  if (!isRecord(envelope)) return { kind: 'unusable', reason: 'damaged' };
  if (envelope['v'] !== version) return { kind: 'unusable', reason: 'version' };
  return { kind: 'found', body: envelope, savedAt: typeof envelope['savedAt'] === 'string' ? envelope['savedAt'] : '' };
}

/** Writes the envelope; false when the browser refuses (storage blocked or full). */
export function writeSaved(key: string, version: number, body: Envelope, now: Date = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(key, JSON.stringify({ v: version, savedAt: now.toISOString(), ...body }));
    return true;
  } catch {
    return false;
  }
}

export function removeSaved(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to remove where storage is blocked.
  }
}
