/**
 * An answers file (YAML or JSON) to validated audit input, reporting every problem at once in
 * the profile's style: a path and a Russian sentence. Never throws for bad input.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { glyphIssues } from '../profile/glyphs.ts';
import { shapeIssues } from '../profile/guard.ts';
import { fromZodIssues, issue, type Issue } from '../profile/issues.ts';
import { parseProfileText } from '../profile/load.ts';
import { profileErrorMap } from '../profile/messages.ts';
import { closest } from '../profile/say.ts';
import { countNoun } from '../text/plural.ts';
import { checkFacts } from './facts-check.ts';
import { AnswersFileSchema, CURRENT_ANSWERS_VERSION, type AnswerRecord, type AuditInput, type Checklist } from './schema.ts';

export type AnswersResult = { ok: true; audit: AuditInput; warnings: Issue[] } | { ok: false; errors: Issue[]; warnings: Issue[] };

export const AUDIT_CODES = {
  questionUnknown: 'question-unknown',
  questionRetired: 'question-retired',
  naNotAllowed: 'answer-na-not-allowed',
  answersMissing: 'answers-missing',
  answersEmpty: 'answers-empty',
  notMapping: 'not-a-mapping',
} as const;

const QUESTION_FORMS = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };

/** Text to the raw object, with the profile's parser (and its YAML and JSON messages). */
export function parseAnswersText(
  text: string,
  fileName?: string,
): { ok: true; data: Record<string, unknown> } | { ok: false; errors: Issue[] } {
  const parsed = parseProfileText(text, fileName);
  if (parsed.ok) return parsed;
  // The parser speaks of «профиль»; here the file is an answers file.
  const errors = parsed.errors.map((e) =>
    e.code === AUDIT_CODES.notMapping ? { ...e, message: e.message.replace(/^профиль/, 'файл ответов') } : e,
  );
  return { ok: false, errors };
}

/**
 * Questions of the version 1 checklist that the current one no longer asks (merged into others or
 * replaced by result questions). A version 1 file that answers them loads with a warning; a
 * version 2 file that names them is wrong.
 */
export const RETIRED_QUESTIONS: readonly string[] = [
  'head-manages',
  'org-structure',
  'plan-factors',
  'plan-explained',
  'plan-signed',
  'meeting-rules',
  'reports',
  'kpi-threshold',
  'hiring-profile',
];

function answersOf(raw: unknown): Record<string, unknown> | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const answers: unknown = (raw as Record<string, unknown>)['answers'];
  return typeof answers === 'object' && answers !== null && !Array.isArray(answers) ? (answers as Record<string, unknown>) : null;
}

/** Keys of `answers` that name no question of the checklist, each with a guess. */
function unknownQuestions(raw: unknown, checklist: Checklist, version: number): Issue[] {
  const answers = answersOf(raw);
  if (answers === null) return [];
  const ids = checklist.questions.map((q) => q.id);
  return Object.keys(answers)
    .filter((key) => !ids.includes(key) && !(version === 1 && RETIRED_QUESTIONS.includes(key)))
    .map((key) => {
      const guess = closest(key, ids);
      const hint = RETIRED_QUESTIONS.includes(key)
        ? '; этого вопроса нет в чек-листе версии 2 — если файл записан прежней версией opkit, укажите schemaVersion: 1'
        : guess
          ? ` (возможно, имелся в виду "${guess}")`
          : '; список вопросов — в docs/audit.md и в файле, который пишет «opkit audit init»';
      return issue('error', AUDIT_CODES.questionUnknown, ['answers', key], `неизвестный вопрос "${key}"${hint}`);
    });
}

/** Ids for a message: all of a few, the first ones of many, so one line stays readable. */
function listIds(ids: readonly string[], shown = 8): string {
  return ids.length <= shown + 1 ? ids.join(', ') : `${ids.slice(0, shown).join(', ')} и ещё ${ids.length - shown}`;
}

/** A parsed answers file (any JSON-like value) to audit input. */
export function validateAnswers(raw: unknown, checklist: Checklist = CHECKLIST): AnswersResult {
  const shape = shapeIssues(raw);
  if (shape.length > 0) return { ok: false, errors: shape, warnings: [] };
  const parsed = AnswersFileSchema.safeParse(raw, { error: profileErrorMap });
  const version = parsed.success ? parsed.data.schemaVersion : CURRENT_ANSWERS_VERSION;
  const errors = [...(parsed.success ? [] : fromZodIssues(parsed.error.issues)), ...unknownQuestions(raw, checklist, version)];
  if (!parsed.success || errors.length > 0) return { ok: false, errors, warnings: [] };
  const file = parsed.data;
  const glyphs = glyphIssues(file);
  if (glyphs.length > 0) return { ok: false, errors: glyphs, warnings: [] };

  const answers: Record<string, AnswerRecord> = Object.create(null) as Record<string, AnswerRecord>;
  const naDropped: string[] = [];
  for (const question of checklist.questions) {
    const entry = Object.hasOwn(file.answers, question.id) ? file.answers[question.id] : undefined;
    if (!entry?.answer) continue;
    if (entry.answer === 'na' && question.na === undefined) {
      // Version 1 allowed «na» everywhere: such answers become «no answer» with a warning.
      if (version === 1) {
        naDropped.push(question.id);
        continue;
      }
      errors.push(
        issue(
          'error',
          AUDIT_CODES.naNotAllowed,
          ['answers', question.id],
          `ответ «неприменимо» на этот вопрос не допускается: ответьте «да», «частично» или «нет»`,
        ),
      );
      continue;
    }
    answers[question.id] = { answer: entry.answer, comment: entry.comment, evidence: entry.evidence };
  }
  if (errors.length > 0) return { ok: false, errors, warnings: [] };
  const missing = checklist.questions.filter((q) => answers[q.id] === undefined).map((q) => q.id);
  const counted = Object.values(answers).filter((a) => a.answer !== 'na').length;
  if (counted === 0) {
    const why =
      missing.length === checklist.questions.length ? 'в файле нет ни одного ответа' : 'на все отвеченные вопросы дан ответ «неприменимо»';
    return { ok: false, errors: [issue('error', AUDIT_CODES.answersEmpty, ['answers'], `${why}: оценивать нечего`)], warnings: [] };
  }
  const warnings: Issue[] = [];
  if (missing.length > 0) {
    warnings.push(
      issue(
        'warning',
        AUDIT_CODES.answersMissing,
        ['answers'],
        `нет ответа на ${countNoun(missing.length, QUESTION_FORMS)} из ${checklist.questions.length} (${listIds(missing)}): они не вошли в расчёт`,
      ),
    );
  }
  const retired = Object.keys(answersOf(raw) ?? {}).filter((key) => RETIRED_QUESTIONS.includes(key));
  if (retired.length > 0) {
    warnings.push(
      issue(
        'warning',
        AUDIT_CODES.questionRetired,
        ['answers'],
        `файл версии 1: ${countNoun(retired.length, QUESTION_FORMS)} прежнего чек-листа (${listIds(retired)}) в чек-листе версии 2 нет, ответы на них пропущены; допишите ответы на новые вопросы (opkit audit init показывает все) и укажите schemaVersion: 2`,
      ),
    );
  }
  if (naDropped.length > 0) {
    warnings.push(
      issue(
        'warning',
        AUDIT_CODES.naNotAllowed,
        ['answers'],
        `файл версии 1: ответ «неприменимо» больше не допускается на ${countNoun(naDropped.length, QUESTION_FORMS)} (${listIds(naDropped)}); они считаются вопросами без ответа`,
      ),
    );
  }
  warnings.push(...checkFacts(file.facts, answers));
  const audit: AuditInput = {
    company: file.company,
    date: file.date,
    respondent: file.respondent,
    auditor: file.auditor,
    facts: file.facts,
    conclusion: file.conclusion,
    answers,
  };
  return { ok: true, audit, warnings };
}

/** Text to audit input in one call: parse, validate. */
export function loadAnswers(text: string, fileName?: string, checklist: Checklist = CHECKLIST): AnswersResult {
  const parsed = parseAnswersText(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  return validateAnswers(parsed.data, checklist);
}
