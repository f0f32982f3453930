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
import { CURRENCY_SIGNS, type CurrencyCode } from '../text/format.ts';

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

/** Who carries out a step of the plan. «head» falls to the owner while the department has no head. */
export const OWNERS = ['owner', 'head', 'finance'] as const;
/** How much work a step takes, roughly: days, a week, weeks, months. */
export const EFFORTS = ['days', 'week', 'weeks', 'months'] as const;

/** A text for each kind of gap: the answer «no» and the answer «partly» call for different things. */
const ByGap = z.strictObject({ no: Text, partly: Text });

export const QuestionSchema = z.strictObject({
  /** Stable id: the key in answers files; never reuse an id for a different question. */
  id: Slug,
  area: Slug,
  /** One thing to check, as the auditor asks it. */
  text: Text.regex(/\?$/, { error: 'вопрос заканчивается знаком «?»' }),
  /** For the auditor's guide only (never read to the respondent): what counts as «да» and «частично», and why it matters. */
  guide: Text,
  /** 3 — the system does not work without it; 2 — important; 1 — useful. */
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** A core condition: «нет» caps the level and the total (the gates of scoring.ts). */
  core: z.boolean().default(false),
  /** The question this one follows: when that one is «нет», this one is skipped and scores nothing. */
  followUpOf: Slug.optional(),
  /** When «неприменимо» is a valid answer (the condition, said to the auditor); absent — it is not. */
  na: Text.optional(),
  /** The problem as the report states it, for each kind of gap. */
  finding: ByGap,
  /** What to do, for each kind of gap, as an instruction. */
  advice: ByGap,
  /** The advice when the company keeps no CRM (where the usual advice would lean on one). */
  withoutCrm: ByGap.optional(),
  owner: z.enum(OWNERS),
  effort: z.enum(EFFORTS),
  /** 1 — the first 30 days, 2 — the quarter, 3 — the half-year. */
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /**
   * Dependency rank of the step: the head first, then plans, the CRM, KPI and pay, then control and
   * processes, clients and analytics, people, and the paperwork last.
   */
  stage: z.number().int().min(1).max(9),
  /** Documents of the pack that implement the step, most relevant first. */
  documents: z.array(DocumentIdSchema).min(1),
});
export type Question = z.output<typeof QuestionSchema>;
export type QuestionInput = z.input<typeof QuestionSchema>;

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
    questions: z.array(QuestionSchema).min(35).max(70),
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
    checklist.questions.forEach((q, i) => {
      if (q.followUpOf === undefined) return;
      const parent = checklist.questions.findIndex((p) => p.id === q.followUpOf);
      if (parent < 0 || parent >= i) {
        ctx.addIssue({ code: 'custom', path: ['questions', i, 'followUpOf'], message: `"${q.followUpOf}" не задан раньше "${q.id}"` });
      }
      if (q.core) ctx.addIssue({ code: 'custom', path: ['questions', i, 'core'], message: 'основной вопрос не может быть уточняющим' });
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
export type ChecklistInput = z.input<typeof ChecklistSchema>;

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

/** How the auditor knows the answer: shown a document, a report or a screen, or told. */
export const EVIDENCE = ['shown', 'told'] as const;
export type Evidence = (typeof EVIDENCE)[number];
const EVIDENCE_WORDS: Record<string, Evidence> = {
  shown: 'shown',
  показали: 'shown',
  показано: 'shown',
  told: 'told',
  'со слов': 'told',
};
export const EVIDENCE_HINT = 'допустимы: shown (показали), told (со слов)';

const EvidenceSchema = z
  .string()
  .nullable()
  .default(null)
  .transform((value, ctx): Evidence | null => {
    if (value === null || value.trim() === '') return null;
    const evidence = EVIDENCE_WORDS[value.trim().toLowerCase().replace(/\s+/g, ' ')];
    if (evidence === undefined) {
      ctx.issues.push({ code: 'custom', input: value, message: `недопустимая отметка "${value}"; ${EVIDENCE_HINT}` });
      return z.NEVER;
    }
    return evidence;
  });

/** The long form of an answer: with a comment and how the auditor knows it. */
export const AnswerObjectSchema = z.strictObject({
  /** Ответ: yes, partly, no или na (неприменимо); пусто — ответа пока нет. */
  answer: AnswerValueSchema.meta({
    description: 'Ответ: yes, partly, no или na (неприменимо, только где вопрос это допускает); пусто — ответа пока нет.',
  }),
  /** Комментарий: что именно есть или чего нет; попадает в отчёт рядом с ответом. */
  comment: Comment.meta({ description: 'Комментарий: что именно есть или чего нет; попадает в отчёт рядом с ответом.' }),
  /** Откуда аудитор знает ответ: shown — показали документ, отчёт или экран; told — со слов. */
  evidence: EvidenceSchema.meta({
    description:
      'Откуда аудитор знает ответ: `shown` (показали документ, отчёт, экран) или `told` (со слов); по-русски: показали, со слов.',
  }),
});

/**
 * One entry of `answers`: the short form (`yes`) or the long one (`{ answer, comment }`). The form
 * is chosen by the value's shape, so a mistake is reported by the form the person meant (a
 * union would only say that neither form fits).
 */
export const AnswerEntrySchema = z
  .unknown()
  .transform((value, ctx): { answer: Answer | null; comment: string | null; evidence: Evidence | null } => {
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const parsed = isObject
      ? AnswerObjectSchema.safeParse(value, { error: profileErrorMap })
      : AnswerValueSchema.transform((answer) => ({ answer, comment: null, evidence: null })).safeParse(value, { error: profileErrorMap });
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
  /** Absent or null: the auditor did not mark it. */
  evidence?: Evidence | null;
}
/** Answers by question id. */
export type AuditAnswers = Readonly<Record<string, AnswerRecord | undefined>>;

/** Version 2: the checklist with gates and follow-ups, facts, evidence and the conclusion; version 1 files are migrated on load. */
export const CURRENT_ANSWERS_VERSION = 2;
export const ANSWERS_VERSIONS = [1, 2] as const;

const Count = z.number().int().min(0);
const Share = z.number().min(0).max(100);

/** Company facts the auditor collects at the interview: they go into the report and its money estimates. */
export const AuditFactsSchema = z.strictObject({
  /** Менеджеров по продажам (без руководителя). */
  sellers: Count.nullable().default(null).meta({ description: 'Менеджеров по продажам сейчас, без руководителя.' }),
  /** Выручка за последние 12 месяцев в валюте `currency`. */
  revenue: z.number().positive().nullable().default(null).meta({ description: 'Выручка за последние 12 месяцев, в валюте `currency`.' }),
  currency: z
    .enum(Object.keys(CURRENCY_SIGNS) as [CurrencyCode, ...CurrencyCode[]])
    .default('RUB')
    .meta({ description: 'Валюта выручки: RUB, KZT, BYN, UAH, USD, EUR.' }),
  /** В скольких из последних 12 месяцев отдел выполнил план. */
  planMonthsMet: Count.max(12)
    .nullable()
    .default(null)
    .meta({ description: 'В скольких из последних 12 месяцев отдел выполнил месячный план (0–12).' }),
  /** Текучесть менеджеров за 12 месяцев, %. */
  turnover: z
    .number()
    .min(0)
    .max(300)
    .nullable()
    .default(null)
    .meta({ description: 'Текучесть менеджеров за 12 месяцев, %: ушедшие ÷ средняя численность × 100.' }),
  /** Месяцев до первой продажи новичка. */
  firstSaleMonths: z
    .number()
    .min(0)
    .max(24)
    .nullable()
    .default(null)
    .meta({ description: 'Через сколько месяцев после выхода на работу новый менеджер делает первую продажу (в среднем).' }),
  /** Конверсия «заявка → предложение», %. */
  leadToProposal: Share.nullable()
    .default(null)
    .meta({ description: 'Конверсия из заявки (первого контакта) в коммерческое предложение за последний квартал, %.' }),
  /** Конверсия «предложение → оплата», %. */
  proposalToPayment: Share.nullable()
    .default(null)
    .meta({ description: 'Конверсия из коммерческого предложения в оплату за последний квартал, %.' }),
  /** Доля 10 крупнейших клиентов в выручке, %. */
  top10Share: Share.nullable().default(null).meta({ description: 'Доля 10 крупнейших клиентов в выручке за 12 месяцев, %.' }),
  /** Доля выручки от клиентов и сделок, которые ведёт лично собственник, %. */
  ownerShare: Share.nullable()
    .default(null)
    .meta({ description: 'Доля выручки от клиентов и сделок, которые ведёт лично собственник, %.' }),
});
export type AuditFacts = z.output<typeof AuditFactsSchema>;
export const NO_FACTS: AuditFacts = AuditFactsSchema.parse({});

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
  /** Версия формата файла ответов: 2 (файлы версии 1 читаются и переводятся). */
  schemaVersion: z
    .union([z.literal(1), z.literal(2)], {
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : `файл ответов версии ${String(issue.input)} этой версией opkit не читается; поддерживаются версии 1 и 2`,
    })
    .default(CURRENT_ANSWERS_VERSION)
    .meta({
      description:
        'Версия формата файла ответов: 2; файлы версии 1 читаются (вопросы прежнего чек-листа, которых больше нет, пропускаются с предупреждением).',
    }),
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
  /** Факты о компании. */
  facts: AuditFactsSchema.default(NO_FACTS).meta({
    description: 'Факты о компании, собранные на интервью: попадают в отчёт и в оценку денег под риском.',
  }),
  /** Заключение аудитора. */
  conclusion: z
    .string()
    .max(LIMITS.comment)
    .transform((text) => text.trim())
    .nullable()
    .default(null)
    .transform((text) => (text === '' ? null : text))
    .meta({
      description: 'Заключение аудитора своими словами; абзацы разделяются пустой строкой. Печатается в отчёте последним разделом.',
    }),
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
  /** Absent in inputs built before facts existed: read as no facts. */
  facts?: AuditFacts;
  conclusion?: string | null;
  answers: AuditAnswers;
}
