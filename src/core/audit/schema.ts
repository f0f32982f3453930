/**
 * The express audit's data: the checklist (typed content in content/audit/, checked by these
 * schemas in a test) and the answers file a consultant fills in. Field descriptions (`.meta`)
 * are the user documentation; docs/audit.md is generated from them (describe.ts).
 */
import * as z from 'zod';
import { DOCUMENT_IDS } from '../../documents/registry.ts';
import { LIMITS } from '../input/limits.ts';
import { withoutZeroWidth } from '../text/drawable.ts';
import { Name, Slug, Text } from '../profile/fields.ts';
import { IsoDate } from '../profile/sections/documents.ts';
import { profileErrorMap } from '../profile/messages.ts';

// ---------------------------------------------------------------------------------------------
// The checklist

/** How a question is answered. `na` (not applicable) leaves the question out of the score. */
export const ANSWERS = ['yes', 'partly', 'no', 'na'] as const;
export const AnswerSchema = z.enum(ANSWERS);
export type Answer = z.output<typeof AnswerSchema>;

export const DocumentIdSchema = z.enum(DOCUMENT_IDS);

export const AreaSchema = z.strictObject({
  id: Slug,
  /** «Планирование продаж». */
  title: Text,
  /** One sentence: what the area looks at. */
  about: Text,
});
export type Area = z.output<typeof AreaSchema>;

export const QuestionSchema = z.strictObject({
  /** Stable id: the key in answers files; never reuse an id for a different question. */
  id: Slug,
  area: Slug,
  /** The yes/no question as the respondent reads it. */
  text: Text.regex(/\?$/, { error: 'вопрос заканчивается знаком «?»' }),
  /** Why it matters, in a sentence or two. */
  why: Text,
  /** 3 — the system does not work without it; 2 — important; 1 — useful. */
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** What to do when the answer is «no» or «partly», as an instruction. */
  recommendation: Text,
  /** Documents of the pack that fix the gap, most relevant first. */
  documents: z.array(DocumentIdSchema).min(1),
});
export type Question = z.output<typeof QuestionSchema>;

export const LevelSchema = z.strictObject({
  id: Slug,
  /** «Системный отдел продаж». */
  title: Text,
  /** The lowest overall score (%, rounded) of the level. */
  min: z.number().int().min(0).max(100),
  /** What the level means for the company, in plain words. */
  description: Text,
});
export type Level = z.output<typeof LevelSchema>;

export const ChecklistSchema = z
  .strictObject({
    title: Text,
    areas: z.array(AreaSchema).min(1),
    questions: z.array(QuestionSchema).min(35).max(50),
    /** Ascending by `min`; the first starts at 0. */
    levels: z.array(LevelSchema).min(2),
    /** How the audit names each document of the pack (nominative, as in a list of documents). */
    documentTitles: z.record(DocumentIdSchema, Text),
  })
  .superRefine((checklist, ctx) => {
    const areaIds = checklist.areas.map((a) => a.id);
    const seen = new Set<string>();
    checklist.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `вопрос "${q.id}" повторяется` });
      seen.add(q.id);
      if (!areaIds.includes(q.area)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'area'], message: `нет области "${q.area}"` });
    });
    for (const [i, area] of checklist.areas.entries()) {
      if (checklist.questions.filter((q) => q.area === area.id).length < 2) {
        ctx.addIssue({ code: 'custom', path: ['areas', i], message: `в области "${area.id}" меньше двух вопросов` });
      }
    }
    checklist.levels.forEach((level, i) => {
      const previous = checklist.levels[i - 1];
      if (i === 0 ? level.min !== 0 : previous !== undefined && level.min <= previous.min) {
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'min'], message: 'уровни идут по возрастанию, первый начинается с 0' });
      }
    });
  });
export type Checklist = z.output<typeof ChecklistSchema>;

// ---------------------------------------------------------------------------------------------
// The answers file

// A Map, not an object: an answer like «constructor» must not find Object.prototype's members.
const ANSWER_WORDS: ReadonlyMap<string, Answer> = new Map(
  Object.entries({
    yes: 'yes',
    y: 'yes',
    да: 'yes',
    partly: 'partly',
    partial: 'partly',
    частично: 'partly',
    no: 'no',
    n: 'no',
    нет: 'no',
    na: 'na',
    'n/a': 'na',
    'н/п': 'na',
    неприменимо: 'na',
    'не применимо': 'na',
  } satisfies Record<string, Answer>),
);

export const ANSWER_HINT = 'допустимы: yes, partly, no, na (или по-русски: да, частично, нет, неприменимо)';

/**
 * An answer as people write it: yes/partly/no/na, in Russian, or true/false. `null` (an empty
 * value) means «not answered yet».
 */
export const AnswerValueSchema = z
  .union([z.string(), z.boolean(), z.null()], {
    error: (issue) => (issue.input === undefined ? `обязательное поле не заполнено; ${ANSWER_HINT}` : `ожидается ответ; ${ANSWER_HINT}`),
  })
  .transform((value, ctx): Answer | null => {
    if (value === null) return null;
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    const answer = ANSWER_WORDS.get(value.trim().toLowerCase().replace(/\s+/g, ' '));
    if (answer === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `недопустимый ответ "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"; ${ANSWER_HINT}`,
        params: { code: 'answer-invalid' },
      });
      return z.NEVER;
    }
    return answer;
  });

/** A comment is one paragraph in the report: line breaks and runs of spaces become one space. */
const Comment = z
  .string()
  .max(LIMITS.comment)
  .transform((text) => withoutZeroWidth(text).replace(/\s+/g, ' ').trim())
  .nullable()
  .default(null)
  .transform((text) => (text === '' ? null : text));

/** The long form of an answer: with a comment. */
export const AnswerObjectSchema = z.strictObject({
  /** Ответ: yes, partly, no или na (неприменимо); пусто — ответа пока нет. */
  answer: AnswerValueSchema.meta({ description: 'Ответ: yes, partly, no или na (неприменимо); пусто — ответа пока нет.' }),
  /** Комментарий: что именно есть или чего нет; попадает в отчёт рядом с ответом. */
  comment: Comment.meta({ description: 'Комментарий: что именно есть или чего нет; попадает в отчёт рядом с ответом.' }),
});

/**
 * One entry of `answers`: the short form (`yes`) or the long one (`{ answer, comment }`). The form
 * is chosen by the value's shape, so a mistake is reported by the form the person meant (a
 * union would only say that neither form fits).
 */
export const AnswerEntrySchema = z.unknown().transform((value, ctx): { answer: Answer | null; comment: string | null } => {
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const parsed = isObject
    ? AnswerObjectSchema.safeParse(value, { error: profileErrorMap })
    : AnswerValueSchema.transform((answer) => ({ answer, comment: null })).safeParse(value, { error: profileErrorMap });
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const code =
      issue.code === 'custom'
        ? issue.params?.['code']
        : issue.code === 'unrecognized_keys'
          ? 'unknown-field'
          : issue.code === 'invalid_union'
            ? 'answer-invalid'
            : issue.code;
    ctx.issues.push({ code: 'custom', input: value, path: issue.path, message: issue.message, params: { code } });
  }
  return z.NEVER;
});

/** One answer after validation; a question with no answer is absent from the map. */
export interface AnswerRecord {
  answer: Answer;
  comment: string | null;
}
/** Answers by question id. */
export type AuditAnswers = Readonly<Record<string, AnswerRecord | undefined>>;

export const CURRENT_ANSWERS_VERSION = 1;

export const AuditCompanySchema = z.strictObject({
  /** Название компании без организационно-правовой формы: «ТехноСнаб». */
  name: Name.meta({ description: 'Название компании без организационно-правовой формы: «ТехноСнаб».' }),
  /** Организационно-правовая форма сокращённо (ООО, АО, ИП …); не указана — в отчёте только название. */
  legalForm: Name.nullable()
    .default(null)
    .meta({ description: 'Организационно-правовая форма сокращённо (ООО, АО, ИП …); не указана — в отчёте только название.' }),
  /** Город. */
  city: Name.nullable().default(null).meta({ description: 'Город.' }),
});

/** The answers file as it is written; `answers` keys are checked against the checklist separately. */
export const AnswersFileSchema = z.strictObject({
  /** Версия формата файла ответов: 1. */
  schemaVersion: z
    .literal(CURRENT_ANSWERS_VERSION, {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `файл ответов версии ${String(issue.input)} этой версией opkit не читается; поддерживается версия ${CURRENT_ANSWERS_VERSION}`,
    })
    .default(CURRENT_ANSWERS_VERSION)
    .meta({ description: 'Версия формата файла ответов: 1.' }),
  /** Компания, в которой проводится аудит. */
  company: AuditCompanySchema.meta({ description: 'Компания, в которой проводится аудит.' }),
  /** Дата аудита (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); не указана — дата формирования отчёта. */
  date: IsoDate.nullable()
    .default(null)
    .meta({ description: 'Дата аудита (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ); не указана — дата формирования отчёта.' }),
  /** Кто отвечал на вопросы: «Иванов И.И., коммерческий директор». */
  respondent: Name.nullable().default(null).meta({ description: 'Кто отвечал на вопросы: «Иванов И.И., коммерческий директор».' }),
  /** Кто проводил аудит (консультант). */
  auditor: Name.nullable().default(null).meta({ description: 'Кто проводил аудит (консультант).' }),
  /** Ответы: id вопроса → ответ (`yes`) или ответ с комментарием (`{ answer: partly, comment: … }`). */
  answers: z
    .record(z.string(), AnswerEntrySchema)
    .meta({ description: 'Ответы: id вопроса → ответ (`yes`) или ответ с комментарием (`{ answer: partly, comment: … }`).' }),
});
export type AnswersFileInput = z.input<typeof AnswersFileSchema>;

/** A validated answers file: company and date for the report's header, answers by question id. */
export interface AuditInput {
  company: { name: string; legalForm: string | null; city: string | null };
  /** ISO date, or null when the file has none. */
  date: string | null;
  respondent: string | null;
  auditor: string | null;
  answers: AuditAnswers;
}
