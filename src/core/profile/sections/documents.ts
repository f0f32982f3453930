/** `documents`: what to generate and how it looks. The whole section is optional. */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { LIMITS } from '../../input/limits.ts';

const DATE_HINT = 'дата записывается как ГГГГ-ММ-ДД (например, 2027-01-15) или ДД.ММ.ГГГГ';

function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  const ok = d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  return ok ? d.toISOString().slice(0, 10) : null;
}

/**
 * A calendar date as 'YYYY-MM-DD'. YAML 1.1 readers and the wizard hand over a Date; people also
 * write the Russian 15.01.2027.
 */
export const IsoDate = z.union([z.string(), z.date()], { error: DATE_HINT }).transform((value, ctx): string => {
  let result: string | null = null;
  if (value instanceof Date) {
    // A year beyond 9999 has no four-digit ISO form («+010000-01-01»): it is no date at all here.
    const fullYear = value.getUTCFullYear();
    result = Number.isNaN(value.getTime()) || fullYear < 1000 || fullYear > 9999 ? null : value.toISOString().slice(0, 10);
  } else {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
    const ru = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value.trim());
    if (iso) result = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    else if (ru) result = isoDate(Number(ru[3]), Number(ru[2]), Number(ru[1]));
  }
  const year = result === null ? null : Number(result.slice(0, 4));
  if (result !== null && year !== null && (year < LIMITS.firstYear || year > LIMITS.lastYear)) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `дата ${result.split('-').reverse().join('.')} вне допустимых лет ${LIMITS.firstYear}–${LIMITS.lastYear}`,
      params: { code: CODES.invalidDate },
    });
    return z.NEVER;
  }
  if (result === null) {
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `нет такой даты: "${String(value).slice(0, 40)}"; ${DATE_HINT}`,
      params: { code: CODES.invalidDate },
    });
    return z.NEVER;
  }
  return result;
});

export const FONTS = ['Times New Roman', 'Arial'] as const;

/** A clause id as `opkit clauses` prints it: `charter.functions.planning`. */
const ClauseId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$/, {
  error: (issue) =>
    `идентификатор пункта — части из строчных латинских букв, цифр и дефисов через точку (например, charter.functions.planning), указано: "${String(issue.input).slice(0, 60)}"`,
});

/** One clause override of this client (docs/templates.md, «Переопределение пунктов»). */
export const OverrideEntrySchema = z
  .strictObject({
    /** Заменить раздел, пункт или таблицу с этим идентификатором текстом text. */
    replace: ClauseId.nullable()
      .default(null)
      .meta({ description: 'Заменить раздел, пункт или таблицу с этим идентификатором текстом text.' }),
    /** Вставить текст text после раздела, пункта или таблицы с этим идентификатором. */
    after: ClauseId.nullable()
      .default(null)
      .meta({ description: 'Вставить текст text после раздела, пункта или таблицы с этим идентификатором.' }),
    /** Удалить раздел, пункт или таблицу с этим идентификатором. */
    remove: ClauseId.nullable().default(null).meta({ description: 'Удалить раздел, пункт или таблицу с этим идентификатором.' }),
    /** Текст: Markdown и Handlebars, как в шаблоне документа. */
    text: z
      .string()
      .max(LIMITS.text * 10)
      .nullable()
      .default(null)
      .meta({ description: 'Текст: Markdown и Handlebars, как в шаблоне документа.' }),
  })
  .check((ctx) => {
    const v = ctx.value;
    const actions = [v.replace, v.after, v.remove].filter((a) => a !== null);
    if (actions.length !== 1) {
      ctx.issues.push({ code: 'custom', input: v, message: 'укажите ровно одно действие: replace, after или remove' });
      return;
    }
    if (v.remove === null && (v.text === null || v.text.trim() === '')) {
      ctx.issues.push({ code: 'custom', input: v, path: ['text'], message: 'для replace и after нужен текст в поле text' });
    }
    if (v.remove !== null && v.text !== null) {
      ctx.issues.push({ code: 'custom', input: v, path: ['text'], message: 'при remove текст не нужен: уберите поле text' });
    }
  });
export type OverrideEntry = z.output<typeof OverrideEntrySchema>;
/** A document id, or a per-position document's id and a position id: `job-description:manager`. */
const IncludeEntry = z
  .string()
  .max(LIMITS.idLength * 2 + 1)
  .regex(/^[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?$/, {
    error: (issue) =>
      `укажите id документа (например, charter) или id документа и должности через двоеточие (например, job-description:manager), указано: "${String(issue.input).slice(0, 80)}"`,
  });

export const DocumentsSchema = z.strictObject({
  /** Какие документы собрать и в каком порядке: id документа (charter) или документ одной должности (job-description:manager); не указано (null) — все, что подходят профилю, в обычном порядке. */
  include: z.array(IncludeEntry).min(1).nullable().default(null).meta({
    description:
      'Какие документы собрать и в каком порядке: id документа (charter) или документ одной должности (job-description:manager); не указано (null) — все, что подходят профилю, в обычном порядке.',
  }),
  /** Дата утверждения (ГГГГ-ММ-ДД); не указана (null) — в грифе остаётся строка «___» для даты. */
  approvalDate: IsoDate.nullable()
    .default(null)
    .meta({ description: 'Дата утверждения (ГГГГ-ММ-ДД); не указана (null) — в грифе остаётся строка «___» для даты.' }),
  /** Шрифт документов: Times New Roman (по умолчанию) или Arial. */
  font: z.enum(FONTS).default('Times New Roman').meta({ description: 'Шрифт документов: Times New Roman (по умолчанию) или Arial.' }),
  /** Размер основного текста, пт: 12 (по умолчанию), 13 или 14. */
  fontSize: z.literal([12, 13, 14]).default(12).meta({ description: 'Размер основного текста, пт: 12 (по умолчанию), 13 или 14.' }),
  /** Переопределения пунктов для этого клиента: заменить, добавить после или удалить раздел, пункт или таблицу по идентификатору; важнее переопределений консалтинговой фирмы. */
  overrides: z.array(OverrideEntrySchema).max(500).default([]).meta({
    description:
      'Переопределения пунктов для этого клиента: заменить, добавить после или удалить раздел, пункт или таблицу по идентификатору; важнее переопределений консалтинговой фирмы.',
  }),
});
export type Documents = z.output<typeof DocumentsSchema>;

/** The section as the profile holds it: absent or empty means every default. */
export const OptionalDocumentsSchema = DocumentsSchema.nullish().transform((v) => v ?? DocumentsSchema.parse({}));
