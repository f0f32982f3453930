/**
 * The documents of the pack as the site describes them: the registry's name of each kind and its
 * one line on what it holds (each document's meta.ts), and the kind a pack document belongs to.
 */
import type { DocumentMeta } from '../documents/shared/define.ts';
import { DOCUMENT_METAS, type DocumentId } from '../documents/registry.ts';

/** A kind of document as the registry describes it (src/documents/<id>/meta.ts). */
export type DocumentKind = DocumentMeta<DocumentId>;

/** Every kind of document, in the order of the pack. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = DOCUMENT_METAS;

/** The kind a pack document belongs to, from its id and position (`kpi-card-rop` → kpi-card). */
export function kindOf(documentId: string, positionId: string | null): DocumentKind {
  const kind = DOCUMENT_KINDS.find((k) => documentId === k.id || (positionId !== null && documentId === `${k.id}-${positionId}`));
  if (!kind) throw new Error(`no document kind for ${documentId}`);
  return kind;
}
