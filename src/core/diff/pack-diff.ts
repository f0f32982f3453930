/**
 * Two versions of a client's pack compared document by document and clause by clause: which
 * documents change (or join or leave the pack) and, in each, which sections, clauses and tables
 * (by id, segments.ts). Documents are matched by their machine id (`job-description-manager`).
 */
import type { DocumentModel } from '../model/types.ts';
import { segments, type Segment } from './segments.ts';

export type ChangeStatus = 'changed' | 'added' | 'removed';

export interface SegmentChange {
  id: string;
  kind: Segment['kind'];
  number: string | null;
  /** A table's neighbouring clause number (segments.ts). */
  follows: string | null;
  status: ChangeStatus;
  /** The text before and after: null where the part is new or gone. */
  before: string | null;
  after: string | null;
}

export interface DocumentChange {
  id: string;
  /** The title in the new pack (the old one for a document that left it). */
  title: string;
  status: ChangeStatus;
  /** The parts that differ, in the document's order (the new one's, then what only the old had). */
  segments: SegmentChange[];
  /** Parts that stayed as they were. */
  unchanged: number;
}

export interface PackDiff {
  /** Changed, added and removed documents, in the new pack's order (removed ones at the end). */
  documents: DocumentChange[];
  /** Documents that stayed as they were. */
  unchanged: number;
}

function compareDocuments(before: DocumentModel | null, after: DocumentModel | null): DocumentChange | null {
  const old = before ? segments(before) : [];
  const now = after ? segments(after) : [];
  const oldById = new Map(old.map((s) => [s.id, s]));
  const newIds = new Set(now.map((s) => s.id));
  const changes: SegmentChange[] = [];
  let unchanged = 0;
  for (const s of now) {
    const was = oldById.get(s.id);
    if (was?.text === s.text) unchanged++;
    else
      changes.push({
        id: s.id,
        kind: s.kind,
        number: s.number,
        follows: s.follows,
        status: was ? 'changed' : 'added',
        before: was?.text ?? null,
        after: s.text,
      });
  }
  for (const s of old) {
    if (!newIds.has(s.id))
      changes.push({ id: s.id, kind: s.kind, number: s.number, follows: s.follows, status: 'removed', before: s.text, after: null });
  }
  const model = after ?? before;
  if (!model || changes.length === 0) return null;
  return {
    id: model.meta.id,
    title: model.meta.title,
    status: !before ? 'added' : !after ? 'removed' : 'changed',
    segments: changes,
    unchanged,
  };
}

export function diffPacks(before: readonly DocumentModel[], after: readonly DocumentModel[]): PackDiff {
  const oldById = new Map(before.map((m) => [m.meta.id, m]));
  const newIds = new Set(after.map((m) => m.meta.id));
  const documents: DocumentChange[] = [];
  let unchanged = 0;
  for (const model of after) {
    const change = compareDocuments(oldById.get(model.meta.id) ?? null, model);
    if (change) documents.push(change);
    else unchanged++;
  }
  for (const model of before) {
    if (newIds.has(model.meta.id)) continue;
    const change = compareDocuments(model, null);
    if (change) documents.push(change);
  }
  return { documents, unchanged };
}
