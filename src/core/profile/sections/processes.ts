/** `processes`: CRM, lead handling, meetings and reports — the regulations are written from it. */
import * as z from 'zod';
import { ReportIdSchema } from '../ids.ts';
import { LIMITS } from '../../input/limits.ts';
import { Name, PositivePercent, Text } from '../fields.ts';
import { CODES } from '../codes.ts';
import { looseList, looseNumber, rule } from '../rules/rule.ts';
import { num } from '../say.ts';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const WeekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.output<typeof WeekdaySchema>;

// People write the day in Russian too, and in either nominative or accusative («в среду»).
// A Map, not an object: «constructor» or «__proto__» must not find Object.prototype's members.
const RUSSIAN_WEEKDAYS: ReadonlyMap<string, Weekday> = new Map(
  Object.entries({
    понедельник: 'monday',
    вторник: 'tuesday',
    среда: 'wednesday',
    среду: 'wednesday',
    четверг: 'thursday',
    пятница: 'friday',
    пятницу: 'friday',
    суббота: 'saturday',
    субботу: 'saturday',
    воскресенье: 'sunday',
  } satisfies Record<string, Weekday>),
);

function toWeekday(text: string): Weekday | null {
  const key = text.trim().toLowerCase();
  return WeekdaySchema.safeParse(key).data ?? RUSSIAN_WEEKDAYS.get(key) ?? null;
}

const WEEKLY_HINT = `укажите день недели (${WEEKDAYS.join(', ')}) или false, если еженедельной планёрки нет`;

/** A weekday, or no weekly meeting; normalised to an English day id or null. */
const Weekly = z
  .union([z.string(), z.literal(false), z.null()], {
    error: (issue) => (issue.input === undefined ? `обязательное поле не заполнено; ${WEEKLY_HINT}` : WEEKLY_HINT),
  })
  .transform((value, ctx): Weekday | null => {
    if (value === false || value === null) return null;
    const day = toWeekday(value);
    if (day === null) {
      ctx.issues.push({ code: 'custom', input: value, message: `недопустимое значение "${value.slice(0, 40)}"; ${WEEKLY_HINT}` });
      return z.NEVER;
    }
    return day;
  });

export const MeetingsSchema = z.strictObject({
  /** Ежедневная планёрка отдела (true/false). */
  daily: z.boolean().meta({ description: 'Ежедневная планёрка отдела (true/false).' }),
  /** День еженедельного совещания план/факт (monday … sunday, можно по-русски) или false, если его нет. */
  weekly: Weekly.meta({
    description: 'День еженедельного совещания план/факт (monday … sunday, можно по-русски) или false, если его нет.',
  }),
  /** Ежемесячное подведение итогов (true/false). */
  monthly: z.boolean().meta({ description: 'Ежемесячное подведение итогов (true/false).' }),
});

/** Calls, meetings or proposals in one period: a generous ceiling that no working norm reaches. */
const ACTIVITY_MAX = 1000;

export const ActivityNormSchema = z.strictObject({
  /** id должности из department.positions. */
  position: Name.meta({ description: 'id должности из department.positions.' }),
  /** Звонков в рабочий день; не указано (null) — выводится из воронки. */
  callsPerDay: z
    .number()
    .int()
    .min(0)
    .max(ACTIVITY_MAX)
    .nullable()
    .default(null)
    .meta({ description: 'Звонков в рабочий день; не указано (null) — выводится из воронки.' }),
  /** Встреч в неделю; не указано (null) — выводится из воронки. */
  meetingsPerWeek: z
    .number()
    .int()
    .min(0)
    .max(ACTIVITY_MAX)
    .nullable()
    .default(null)
    .meta({ description: 'Встреч в неделю; не указано (null) — выводится из воронки.' }),
  /** Коммерческих предложений в неделю; не указано (null) — выводится из воронки. */
  proposalsPerWeek: z
    .number()
    .int()
    .min(0)
    .max(ACTIVITY_MAX)
    .nullable()
    .default(null)
    .meta({ description: 'Коммерческих предложений в неделю; не указано (null) — выводится из воронки.' }),
});
export type ActivityNorm = z.output<typeof ActivityNormSchema>;

export const DeductionSchema = z.strictObject({
  /** Нарушение, за которое снижается премия: «Сделка не внесена в CRM в день встречи». */
  reason: Text.meta({ description: 'Нарушение, за которое снижается премия: «Сделка не внесена в CRM в день встречи».' }),
  /** На сколько процентов переменной части периода снижается премия за одно зафиксированное нарушение. */
  pct: PositivePercent.meta({
    description: 'На сколько процентов переменной части периода снижается премия за одно зафиксированное нарушение.',
  }),
});
export type Deduction = z.output<typeof DeductionSchema>;

const Deductions = z.array(DeductionSchema).check(
  rule(looseList(z.object({ pct: looseNumber })), (items, report) => {
    const total = items.reduce((sum, d) => sum + (d?.pct ?? 0), 0);
    // Each reduction alone is allowed; together they are capped at the whole variable pay.
    if (total > 100) {
      report(
        [],
        CODES.deductionsTotal,
        `снижения премии в сумме ${num(total)} %: за период премия снижается не более чем на 100 % переменной части, оклад не затрагивается; уменьшите проценты`,
      );
    }
  }),
);

export const ProcessesSchema = z.strictObject({
  /** Название CRM («Битрикс24», «amoCRM») или null, если CRM нет: тогда вместо регламента CRM пакет советует её выбрать. */
  crm: Name.nullable().meta({
    description: 'Название CRM («Битрикс24», «amoCRM») или null, если CRM нет: тогда вместо регламента CRM пакет советует её выбрать.',
  }),
  /** Срок первого ответа на заявку в рабочее время, минут. */
  leadResponseMinutes: z
    .number()
    .positive()
    .max(LIMITS.days * 24 * 60)
    .meta({ description: 'Срок первого ответа на заявку в рабочее время, минут.' }),
  /** Регулярные совещания отдела. */
  meetings: MeetingsSchema.meta({ description: 'Регулярные совещания отдела.' }),
  /** Регулярные отчёты из каталога: daily-activity, weekly-pipeline, monthly-plan-fact, quarterly-review, receivables-report, lead-report. */
  reports: z.array(ReportIdSchema).meta({
    description:
      'Регулярные отчёты из каталога: daily-activity, weekly-pipeline, monthly-plan-fact, quarterly-review, receivables-report, lead-report.',
  }),
  /** Передаются ли клиенты коллеге на время отпуска или болезни менеджера (true/false). */
  clientTransferOnLeave: z
    .boolean()
    .meta({ description: 'Передаются ли клиенты коллеге на время отпуска или болезни менеджера (true/false).' }),
  /** Учётная система — источник выручки, оплат и маржи («1С:Управление торговлей»); не указано (null) — «учётная система Компании». */
  accounting: Name.nullable().default(null).meta({
    description:
      'Учётная система — источник выручки, оплат и маржи («1С:Управление торговлей»); не указано (null) — «учётная система Компании».',
  }),
  /** Нормы активности по должностям; не указано (null) — выводятся из воронки (21 рабочий день в месяце, с округлением вверх). */
  activityNorms: z.array(ActivityNormSchema).nullable().default(null).meta({
    description:
      'Нормы активности по должностям; не указано (null) — выводятся из воронки (21 рабочий день в месяце, с округлением вверх).',
  }),
  /** Снижение премии (депремирование) за перечисленные нарушения, % переменной части периода; не штраф и не удержание из зарплаты. Не указано (null) — короткий стандартный перечень. */
  deductions: Deductions.nullable().default(null).meta({
    description:
      'Снижение премии (депремирование) за перечисленные нарушения, % переменной части периода; не штраф и не удержание из зарплаты. Не указано (null) — короткий стандартный перечень.',
  }),
});
export type Processes = z.output<typeof ProcessesSchema>;
