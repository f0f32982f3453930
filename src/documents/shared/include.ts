/**
 * Which documents a profile asks for: `documents.include`, or every document that applies. Views
 * ask it before they refer to another document of the pack, so no document names one the pack lacks.
 * Ids are plain strings here (the registry imports the views, not the other way round); a test checks
 * that every id the views ask about is a registered document.
 */
import type { Profile } from '../../core/profile/schema.ts';

export function includes(profile: Profile, documentId: string): boolean {
  const list = profile.documents.include;
  return list === null || list.length === 0 || list.includes(documentId);
}
