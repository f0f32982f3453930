/**
 * Which documents a profile asks for: `documents.include`, or every document that applies. Views
 * ask it before they refer to another document of the pack, so no document names one the pack lacks.
 * Ids are plain strings here (the registry imports the views, not the other way round); a test checks
 * that every id the views ask about is a registered document.
 *
 * An entry is a document id (`job-description`: every position's) or a document id and a position
 * id (`job-description:manager`: that position's only). The list's order is the pack's order.
 */
import type { Profile } from '../../core/profile/schema.ts';

/** An include entry split: the document, and the position it narrows to (null: all of them). */
export function includeEntry(entry: string): { documentId: string; positionId: string | null } {
  const colon = entry.indexOf(':');
  return colon < 0 ? { documentId: entry, positionId: null } : { documentId: entry.slice(0, colon), positionId: entry.slice(colon + 1) };
}

/** The profile lists documents explicitly (else every document that applies is built). */
function explicit(profile: Profile): readonly string[] | null {
  const list = profile.documents.include;
  return list === null || list.length === 0 ? null : list;
}

/** Whether the pack holds the document (for some position, when `positionId` is not given; for that one when it is). */
export function includes(profile: Profile, documentId: string, positionId?: string | null): boolean {
  const list = explicit(profile);
  if (list === null) return true;
  return list.some((raw) => {
    const entry = includeEntry(raw);
    if (entry.documentId !== documentId) return false;
    return entry.positionId === null || positionId === undefined || positionId === null || entry.positionId === positionId;
  });
}

/**
 * Where a built document stands in the pack: the index of the first include entry naming it
 * (itself, or its document with its position), or null when the profile lists no documents (the
 * registry's order then). A document the list does not name has no place (Infinity).
 */
export function includeRank(profile: Profile, documentId: string, positionId: string | null): number | null {
  const list = explicit(profile);
  if (list === null) return null;
  const index = list.findIndex((raw) => {
    const entry = includeEntry(raw);
    return entry.documentId === documentId && (entry.positionId === null || entry.positionId === positionId);
  });
  return index < 0 ? Number.POSITIVE_INFINITY : index;
}
