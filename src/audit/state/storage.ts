/**
 * Autosave: the audit and the open screen in localStorage, in a versioned envelope. What comes
 * back is checked field by field against the checklist, so answers to questions that no longer
 * exist, or written by a future version, are dropped instead of breaking the page.
 */
import { openSaved, removeSaved, writeSaved } from '../../browser/saved-envelope.ts';
import {
  emptyAudit,
  FACT_FIELDS,
  isAnswer,
  isEvidence,
  QUESTIONS,
  type AuditState,
  type CompanyFields,
  type FactKey,
  type QuestionState,
} from './answers.ts';
import { isViewId, START, type ViewId } from './views.ts';

export const STORAGE_KEY = 'opkit.audit';
const ENVELOPE_VERSION = 1;

export interface Saved {
  state: AuditState;
  view: ViewId;
  savedAt: string;
}

export type Restored = { kind: 'none' } | { kind: 'restored'; saved: Saved } | { kind: 'unusable'; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function readState(raw: unknown): AuditState {
  const state = emptyAudit();
  if (!isRecord(raw)) return state;
  const company = isRecord(raw['company']) ? raw['company'] : {};
  const fields: CompanyFields = {
    name: str(company['name']),
    legalForm: str(company['legalForm']),
    city: str(company['city']),
    respondent: str(company['respondent']),
  };
  const stored = isRecord(raw['answers']) ? raw['answers'] : {};
  const answers: Record<string, QuestionState> = {};
  for (const q of QUESTIONS) {
    const entry = stored[q.id];
    if (!isRecord(entry)) continue;
    const answer = isAnswer(entry['answer']) ? entry['answer'] : null;
    const comment = str(entry['comment']);
    const evidence = isEvidence(entry['evidence']) ? entry['evidence'] : null;
    if (answer !== null || comment !== '' || evidence !== null) answers[q.id] = { answer, comment, evidence };
  }
  const storedFacts = isRecord(raw['facts']) ? raw['facts'] : {};
  const facts: Partial<Record<FactKey, string>> = {};
  for (const f of FACT_FIELDS) if (str(storedFacts[f.key]) !== '') facts[f.key] = str(storedFacts[f.key]);
  return { company: fields, facts, conclusion: str(raw['conclusion']), answers };
}

export function restore(): Restored {
  const opened = openSaved(STORAGE_KEY, ENVELOPE_VERSION);
  if (opened.kind === 'none') return opened;
  if (opened.kind === 'unusable') {
    return {
      kind: 'unusable',
      reason: opened.reason === 'version' ? 'ответы сохранены другой версией страницы' : 'сохранённые ответы повреждены',
    };
  }
  const view = opened.body['view'];
  return {
    kind: 'restored',
    saved: { state: readState(opened.body['state']), view: isViewId(view) ? view : START, savedAt: opened.savedAt },
  };
}

/** Writes the audit; false when the browser refuses (storage blocked or full). */
export function save(state: AuditState, view: ViewId, now: Date = new Date()): boolean {
  return writeSaved(STORAGE_KEY, ENVELOPE_VERSION, { view, state }, now);
}

export function clearSaved(): void {
  removeSaved(STORAGE_KEY);
}
