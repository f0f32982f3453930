/**
 * An answers file (the one the page saves, or one written for `opkit audit`) back into the page's
 * state. The CLI's own loader checks it, so the page accepts exactly the files the command line
 * accepts; its problems are said in the page's words: a question by its number, never by its id.
 * Loaded on demand (zod, the YAML reader).
 */
import * as z from 'zod';
import { loadAnswers } from '../../core/audit/load-answers.ts';
import type { AuditInput } from '../../core/audit/schema.ts';
import type { Issue } from '../../core/profile/issues.ts';
import { countNoun } from '../../core/text/plural.ts';
import { emptyAudit, FACT_FIELDS, QUESTIONS, questionNumber, type AuditState, type QuestionState } from './answers.ts';

// The site's CSP has no 'unsafe-eval'; zod would otherwise probe `new Function`.
z.config({ jitless: true });

/** Files larger than this are refused before they are read: an answers file is a few kilobytes. */
export const MAX_ANSWERS_FILE_BYTES = 1024 * 1024;
const SHOWN_PROBLEMS = 10;

export type LoadedAnswers = { ok: true; state: AuditState; notes: string[] } | { ok: false; problems: string[] };

/** «Вопрос 4.2: …» for a problem with an answer; the message alone for the rest. */
function say(problem: Issue): string {
  const id = /^answers(?:\.|\[")([a-z0-9-]+)/.exec(problem.path)?.[1];
  const question = id ? QUESTIONS.find((q) => q.id === id) : undefined;
  return question ? `Вопрос ${questionNumber(question)}: ${problem.message}` : problem.message;
}

function toState(audit: AuditInput): AuditState {
  const answers: Record<string, QuestionState> = {};
  for (const q of QUESTIONS) {
    const record = audit.answers[q.id];
    if (record) answers[q.id] = { answer: record.answer, comment: record.comment ?? '', evidence: record.evidence ?? null };
  }
  const facts: Partial<Record<(typeof FACT_FIELDS)[number]['key'], string>> = {};
  for (const field of FACT_FIELDS) {
    const value = audit.facts?.[field.key];
    if (typeof value === 'number') facts[field.key] = String(value).replace('.', ',');
  }
  return {
    ...emptyAudit(),
    company: {
      name: audit.company.name,
      legalForm: audit.company.legalForm ?? '',
      city: audit.company.city ?? '',
      respondent: audit.respondent ?? '',
    },
    facts,
    conclusion: audit.conclusion ?? '',
    answers,
  };
}

export function answersFromFile(text: string, fileName: string): LoadedAnswers {
  const result = loadAnswers(text, fileName);
  if (!result.ok) {
    const problems = result.errors.slice(0, SHOWN_PROBLEMS).map(say);
    const rest = result.errors.length - problems.length;
    return {
      ok: false,
      problems: rest > 0 ? [...problems, `И ещё ${countNoun(rest, { one: 'ошибка', few: 'ошибки', many: 'ошибок' })}.`] : problems,
    };
  }
  const notes = result.warnings.map(say);
  const currency = result.audit.facts?.currency;
  if (currency && currency !== 'RUB' && typeof result.audit.facts?.revenue === 'number') {
    notes.push(`Выручка в файле указана в валюте ${currency}, а страница считает в рублях: проверьте её на первом экране.`);
  }
  return { ok: true, state: toState(result.audit), notes };
}
