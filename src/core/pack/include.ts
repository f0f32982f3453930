/** Which documents a profile asks for: `documents.include`, or every document that applies. */
import type { Profile } from '../profile/schema.ts';
import type { DocumentId } from './document-ids.ts';

export function includes(profile: Profile, documentId: DocumentId): boolean {
  const list = profile.documents.include;
  return list === null || list.length === 0 || list.includes(documentId);
}
