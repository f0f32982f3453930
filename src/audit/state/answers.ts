/**
 * The audit as the page edits it: company fields and one entry per question, plain strings so the
 * inputs stay controlled while the user types. Turned into an answers file (the format
 * `opkit audit` reads) and into the scoring's answers only at the edges.
 *
 * Only types come from src/core/audit/schema.ts: its values carry zod, which the page's first load
 * does without.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import type { Answer, AnswerRecord, AnswersFileInput, Area, AuditAnswers, Question } from '../../core/audit/schema.ts';

export type { Answer, Area, Question };

/** The four answers in the order the page offers them. */
export const ANSWER_OPTIONS: ReadonlyArray<{ value: Answer; label: string }> = [
  { value: 'yes', label: 'Да' },
  { value: 'partly', label: 'Частично' },
  { value: 'no', label: 'Нет' },
  { value: 'na', label: 'Неприменимо' },
];

export const ANSWER_LABEL: Record<Answer, string> = { yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' };

export const isAnswer = (value: unknown): value is Answer => ANSWER_OPTIONS.some((o) => o.value === value);

export interface CompanyFields {
  name: string;
  legalForm: string;
  city: string;
  respondent: string;
}

export interface QuestionState {
  answer: Answer | null;
  comment: string;
}

export interface AuditState {
  company: CompanyFields;
  /** By question id; a question never touched is absent. */
  answers: Readonly<Record<string, QuestionState | undefined>>;
}

export const AREAS: readonly Area[] = CHECKLIST.areas;
export const QUESTIONS: readonly Question[] = CHECKLIST.questions;
export const LEVELS = CHECKLIST.levels;

export const questionsOf = (areaId: string): Question[] => QUESTIONS.filter((q) => q.area === areaId);

/** «3.2»: the number the report prints for the question. */
export function questionNumber(question: Question): string {
  const area = AREAS.findIndex((a) => a.id === question.area);
  const within = questionsOf(question.area).indexOf(question);
  return `${area + 1}.${within + 1}`;
}

export function emptyAudit(): AuditState {
  return { company: { name: '', legalForm: '', city: '', respondent: '' }, answers: {} };
}

export function withAnswer(state: AuditState, id: string, answer: Answer): AuditState {
  const current = state.answers[id];
  return { ...state, answers: { ...state.answers, [id]: { answer, comment: current?.comment ?? '' } } };
}

export function withComment(state: AuditState, id: string, comment: string): AuditState {
  const current = state.answers[id];
  return { ...state, answers: { ...state.answers, [id]: { answer: current?.answer ?? null, comment } } };
}

export function withCompany(state: AuditState, field: keyof CompanyFields, value: string): AuditState {
  return { ...state, company: { ...state.company, [field]: value } };
}

export const isAnswered = (state: AuditState, id: string): boolean => (state.answers[id]?.answer ?? null) !== null;

export function answeredIn(state: AuditState, areaId: string): number {
  return questionsOf(areaId).filter((q) => isAnswered(state, q.id)).length;
}

export const answeredCount = (state: AuditState): number => QUESTIONS.filter((q) => isAnswered(state, q.id)).length;

/** Nothing entered yet: no company field and no answer or comment. */
export function isBlank(state: AuditState): boolean {
  const fields = Object.values(state.company).some((v) => v.trim() !== '');
  const answers = Object.values(state.answers).some((a) => a !== undefined && (a.answer !== null || a.comment.trim() !== ''));
  return !fields && !answers;
}

/** A comment as the answers file's schema keeps it: one paragraph, or nothing. */
export function normalComment(text: string): string | null {
  const one = text.replace(/\s+/g, ' ').trim();
  return one === '' ? null : one;
}

/** The answers as the scoring takes them (the same records validation would produce). */
export function auditAnswers(state: AuditState): AuditAnswers {
  const out: Record<string, AnswerRecord> = {};
  for (const q of QUESTIONS) {
    const entry = state.answers[q.id];
    if (entry?.answer) out[q.id] = { answer: entry.answer, comment: normalComment(entry.comment) };
  }
  return out;
}

type FileAnswers = NonNullable<AnswersFileInput['answers']>;

/**
 * The audit as an answers file (docs/audit.md, «Файл ответов»): what the engine worker renders the
 * report from and what «save to a file» writes. Empty optional fields are left out rather than
 * written empty, which the schema would refuse.
 */
export function answersFile(state: AuditState, date: string | null = null): AnswersFileInput {
  const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());
  const answers: FileAnswers = {};
  for (const q of QUESTIONS) {
    const entry = state.answers[q.id];
    if (!entry?.answer) continue;
    const comment = normalComment(entry.comment);
    answers[q.id] = comment === null ? entry.answer : { answer: entry.answer, comment };
  }
  const { name, legalForm, city, respondent } = state.company;
  const legal = text(legalForm);
  const town = text(city);
  const who = text(respondent);
  return {
    schemaVersion: 1,
    company: { name: name.trim(), ...(legal ? { legalForm: legal } : {}), ...(town ? { city: town } : {}) },
    ...(date ? { date } : {}),
    ...(who ? { respondent: who } : {}),
    answers,
  };
}
