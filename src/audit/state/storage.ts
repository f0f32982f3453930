/**
 * Autosave: the audit and the open screen in localStorage, in a versioned envelope. What comes
 * back is checked field by field against the checklist, so answers to questions that no longer
 * exist, or written by a future version, are dropped instead of breaking the page.
 */
import { emptyAudit, isAnswer, QUESTIONS, type AuditState, type CompanyFields, type QuestionState } from './answers.ts';
import { isViewId, START, type ViewId } from './views.ts';

export const STORAGE_KEY = 'opkit.audit';
const ENVELOPE_VERSION = 1;

export interface Saved {
  state: AuditState;
  view: ViewId;
  savedAt: string;
}

export type Restored = { kind: 'none' } | { kind: 'restored'; saved: Saved } | { kind: 'unusable'; reason: string };

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Blocked storage (privacy settings) throws on access.
    return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function readState(raw: unknown): AuditState {
  const state = emptyAudit();
  if (!isRecord(raw)) return state;
  const company = isRecord(raw['company']) ? raw['company'] : {};
  const fields: CompanyFields = { name: str(company['name']), legalForm: str(company['legalForm']), city: str(company['city']), respondent: str(company['respondent']) };
  const stored = isRecord(raw['answers']) ? raw['answers'] : {};
  const answers: Record<string, QuestionState> = {};
  for (const q of QUESTIONS) {
    const entry = stored[q.id];
    if (!isRecord(entry)) continue;
    const answer = isAnswer(entry['answer']) ? entry['answer'] : null;
    const comment = str(entry['comment']);
    if (answer !== null || comment !== '') answers[q.id] = { answer, comment };
  }
  return { company: fields, answers };
}

export function restore(): Restored {
  const text = storage()?.getItem(STORAGE_KEY) ?? null;
  if (text === null) return { kind: 'none' };
  try {
    const envelope: unknown = JSON.parse(text);
    if (!isRecord(envelope)) return { kind: 'unusable', reason: 'сохранённые ответы повреждены' };
    if (envelope['v'] !== ENVELOPE_VERSION) return { kind: 'unusable', reason: 'ответы сохранены другой версией страницы' };
    const view = envelope['view'];
    return {
      kind: 'restored',
      saved: { state: readState(envelope['state']), view: isViewId(view) ? view : START, savedAt: str(envelope['savedAt']) },
    };
  } catch {
    return { kind: 'unusable', reason: 'сохранённые ответы повреждены' };
  }
}

/** Writes the audit; false when the browser refuses (storage blocked or full). */
export function save(state: AuditState, view: ViewId, now: Date = new Date()): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(STORAGE_KEY, JSON.stringify({ v: ENVELOPE_VERSION, savedAt: now.toISOString(), view, state }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(): void {
  storage()?.removeItem(STORAGE_KEY);
}
