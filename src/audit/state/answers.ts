/**
 * The audit as the page edits it: company fields and one entry per question, plain strings so the
 * inputs stay controlled while the user types. Turned into an answers file (the format
 * `opkit audit` reads) and into the scoring's answers only at the edges.
 *
 * Only types come from src/core/audit/schema.ts: its values carry zod, which the page's first load
 * does without.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import type {
  Answer,
  AnswerRecord,
  AnswersFileInput,
  Area,
  AuditAnswers,
  AuditFacts,
  Evidence,
  Question,
} from '../../core/audit/schema.ts';

export type { Answer, Area, Evidence, Question };

/** The four answers in the order the page offers them. */
export const ANSWER_OPTIONS: ReadonlyArray<{ value: Answer; label: string }> = [
  { value: 'yes', label: 'Да' },
  { value: 'partly', label: 'Частично' },
  { value: 'no', label: 'Нет' },
  { value: 'na', label: 'Неприменимо' },
];

export const ANSWER_LABEL: Record<Answer, string> = { yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' };

export const isAnswer = (value: unknown): value is Answer => ANSWER_OPTIONS.some((o) => o.value === value);
export const isEvidence = (value: unknown): value is Evidence => value === 'shown' || value === 'told';

/** The answers a question offers: «Неприменимо» only where the question allows it. */
export const answerOptions = (question: Question): ReadonlyArray<{ value: Answer; label: string }> =>
  question.na === undefined ? ANSWER_OPTIONS.filter((o) => o.value !== 'na') : ANSWER_OPTIONS;

export const EVIDENCE_OPTIONS: ReadonlyArray<{ value: Evidence; label: string }> = [
  { value: 'shown', label: 'Показали' },
  { value: 'told', label: 'Со слов' },
];

/** The facts the page asks for, as typed (strings); the currency is the file's default, RUB. */
export type FactKey = Exclude<keyof AuditFacts, 'currency'>;
export const FACT_FIELDS: ReadonlyArray<{ key: FactKey; label: string; hint: string; max: number; integer: boolean }> = [
  { key: 'sellers', label: 'Менеджеров по продажам', hint: 'Сейчас, без руководителя.', max: 10000, integer: true },
  { key: 'revenue', label: 'Выручка за 12 месяцев, ₽', hint: 'Для оценки денег под риском.', max: 1e13, integer: false },
  { key: 'planMonthsMet', label: 'Месяцев с выполненным планом', hint: 'Из последних 12.', max: 12, integer: true },
  { key: 'turnover', label: 'Текучесть менеджеров за год, %', hint: 'Ушедшие ÷ средняя численность.', max: 300, integer: false },
  { key: 'firstSaleMonths', label: 'Первая продажа новичка, месяцев', hint: 'В среднем от выхода на работу.', max: 24, integer: false },
  { key: 'leadToProposal', label: 'Конверсия «заявка → предложение», %', hint: 'За последний квартал.', max: 100, integer: false },
  { key: 'proposalToPayment', label: 'Конверсия «предложение → оплата», %', hint: 'За последний квартал.', max: 100, integer: false },
  { key: 'top10Share', label: 'Доля 10 крупнейших клиентов, %', hint: 'В выручке за 12 месяцев.', max: 100, integer: false },
  { key: 'ownerShare', label: 'Доля выручки клиентов собственника, %', hint: 'Клиенты, которых ведёт он сам.', max: 100, integer: false },
];

/** The facts as the scoring's estimates take them (what validation of the answers file would give). */
export function auditFacts(state: AuditState): AuditFacts {
  const value = (key: FactKey): number | null => {
    const field = FACT_FIELDS.find((f) => f.key === key);
    return field ? factValue(state.facts[key] ?? '', field) : null;
  };
  return {
    sellers: value('sellers'),
    revenue: value('revenue') || null,
    currency: 'RUB',
    planMonthsMet: value('planMonthsMet'),
    turnover: value('turnover'),
    firstSaleMonths: value('firstSaleMonths'),
    leadToProposal: value('leadToProposal'),
    proposalToPayment: value('proposalToPayment'),
    top10Share: value('top10Share'),
    ownerShare: value('ownerShare'),
  };
}

/** A typed fact as a number, or null when empty or not a number in range. */
export function factValue(text: string, field: { max: number; integer: boolean }): number | null {
  const t = text.replace(/[\s\u00a0]/g, '').replace(',', '.');
  if (t === '') return null;
  const n = Number(t);
  if (!Number.isFinite(n) || n < 0 || n > field.max || (field.integer && !Number.isInteger(n))) return null;
  return n;
}

export interface CompanyFields {
  name: string;
  legalForm: string;
  city: string;
  respondent: string;
}

export interface QuestionState {
  answer: Answer | null;
  comment: string;
  /** Absent in states saved before evidence marks existed. */
  evidence?: Evidence | null;
}

export interface AuditState {
  company: CompanyFields;
  /** As typed, by fact. */
  facts: Readonly<Partial<Record<FactKey, string>>>;
  conclusion: string;
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
  return { company: { name: '', legalForm: '', city: '', respondent: '' }, facts: {}, conclusion: '', answers: {} };
}

export function withFact(state: AuditState, key: FactKey, value: string): AuditState {
  return { ...state, facts: { ...state.facts, [key]: value } };
}

export function withConclusion(state: AuditState, conclusion: string): AuditState {
  return { ...state, conclusion };
}

export function withEvidence(state: AuditState, id: string, evidence: Evidence | null): AuditState {
  const current = state.answers[id];
  return { ...state, answers: { ...state.answers, [id]: { answer: current?.answer ?? null, comment: current?.comment ?? '', evidence } } };
}

export function withAnswer(state: AuditState, id: string, answer: Answer): AuditState {
  const current = state.answers[id];
  return { ...state, answers: { ...state.answers, [id]: { ...current, answer, comment: current?.comment ?? '' } } };
}

export function withComment(state: AuditState, id: string, comment: string): AuditState {
  const current = state.answers[id];
  return { ...state, answers: { ...state.answers, [id]: { ...current, answer: current?.answer ?? null, comment } } };
}

export function withCompany(state: AuditState, field: keyof CompanyFields, value: string): AuditState {
  return { ...state, company: { ...state.company, [field]: value } };
}

/**
 * The number of the «Нет» that skips the question (its parent's, or further up the chain), or
 * null: the same rule as the scoring's follow-ups.
 */
export function skippedAfter(state: AuditState, id: string): string | null {
  const parentId = QUESTIONS.find((q) => q.id === id)?.followUpOf;
  const parent = parentId === undefined ? undefined : QUESTIONS.find((q) => q.id === parentId);
  if (parent === undefined) return null;
  if (state.answers[parent.id]?.answer === 'no') return questionNumber(parent);
  return skippedAfter(state, parent.id);
}

/** Answered, or skipped after a «Нет» (nothing left to answer). */
export const isAnswered = (state: AuditState, id: string): boolean =>
  (state.answers[id]?.answer ?? null) !== null || skippedAfter(state, id) !== null;

export function answeredIn(state: AuditState, areaId: string): number {
  return questionsOf(areaId).filter((q) => isAnswered(state, q.id)).length;
}

export const answeredCount = (state: AuditState): number => QUESTIONS.filter((q) => isAnswered(state, q.id)).length;

/** Nothing entered yet: no company field and no answer or comment. */
export function isBlank(state: AuditState): boolean {
  const fields = Object.values(state.company).some((v) => v.trim() !== '');
  const answers = Object.values(state.answers).some((a) => a !== undefined && (a.answer !== null || a.comment.trim() !== ''));
  const facts = Object.values(state.facts).some((v) => v !== undefined && v.trim() !== '');
  return !fields && !answers && !facts && state.conclusion.trim() === '';
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
    if (entry?.answer) out[q.id] = { answer: entry.answer, comment: normalComment(entry.comment), evidence: entry.evidence ?? null };
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
    // «Неприменимо» the question does not allow never reaches the file (the page does not offer it).
    if (entry.answer === 'na' && q.na === undefined) continue;
    const comment = normalComment(entry.comment);
    const evidence = entry.evidence ?? null;
    answers[q.id] =
      comment === null && evidence === null
        ? entry.answer
        : { answer: entry.answer, ...(comment === null ? {} : { comment }), ...(evidence === null ? {} : { evidence }) };
  }
  const facts: Record<string, number> = {};
  for (const field of FACT_FIELDS) {
    const value = factValue(state.facts[field.key] ?? '', field);
    // Revenue is positive in the file's schema: a zero means «not given».
    if (value !== null && !(field.key === 'revenue' && value === 0)) facts[field.key] = value;
  }
  const conclusion = state.conclusion.trim();
  const { name, legalForm, city, respondent } = state.company;
  const legal = text(legalForm);
  const town = text(city);
  const who = text(respondent);
  return {
    schemaVersion: 2,
    company: { name: name.trim(), ...(legal ? { legalForm: legal } : {}), ...(town ? { city: town } : {}) },
    ...(date ? { date } : {}),
    ...(who ? { respondent: who } : {}),
    ...(Object.keys(facts).length > 0 ? { facts } : {}),
    ...(conclusion ? { conclusion } : {}),
    answers,
  };
}
