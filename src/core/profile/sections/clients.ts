/** `clients` (v2): segments, the hand-over of clients between positions, and the commercial policy. */
import * as z from 'zod';
import { LIMITS } from '../../input/limits.ts';
import { Name, Slug } from '../fields.ts';

export const SegmentSchema = z.strictObject({
  /** Латинский идентификатор сегмента: a, b, c. */
  id: Slug.meta({ description: 'Латинский идентификатор сегмента: a, b, c.' }),
  /** Название сегмента в документах: «A — ключевые клиенты». */
  name: Name.meta({ description: 'Название сегмента в документах: «A — ключевые клиенты».' }),
  /** Выручка клиента за последние 12 месяцев, с которой он входит в сегмент (в валюте профиля); клиент попадает в первый сегмент списка, до порога которого дотягивает. */
  minAnnualRevenue: z.number().min(0).max(LIMITS.money).meta({
    description:
      'Выручка клиента за последние 12 месяцев, с которой он входит в сегмент (в валюте профиля); клиент попадает в первый сегмент списка, до порога которого дотягивает.',
  }),
  /** id должности, которая ведёт клиентов сегмента. */
  owner: Name.meta({ description: 'id должности, которая ведёт клиентов сегмента.' }),
  /** Наибольший перерыв между контактами с клиентом сегмента, дней. */
  contactEveryDays: z
    .number()
    .int()
    .positive()
    .max(LIMITS.days)
    .meta({ description: 'Наибольший перерыв между контактами с клиентом сегмента, дней.' }),
});
export type Segment = z.output<typeof SegmentSchema>;

export const HandoverSchema = z.strictObject({
  /** id должности, которая привлекла клиента. */
  from: Name.meta({ description: 'id должности, которая привлекла клиента.' }),
  /** id должности, которая принимает клиента и развивает его. */
  to: Name.meta({ description: 'id должности, которая принимает клиента и развивает его.' }),
  /** Когда передаётся клиент: first-payment (после первой оплаты), second-payment (после второй), after-months (через afterMonths месяцев). */
  when: z.enum(['first-payment', 'second-payment', 'after-months']).meta({
    description:
      'Когда передаётся клиент: first-payment (после первой оплаты), second-payment (после второй), after-months (через afterMonths месяцев).',
  }),
  /** Через сколько месяцев после первой оплаты (для when: after-months). */
  afterMonths: z
    .number()
    .int()
    .positive()
    .max(120)
    .nullable()
    .default(null)
    .meta({ description: 'Через сколько месяцев после первой оплаты (для when: after-months).' }),
  /** Только клиенты этих сегментов (id из segments); не указано (null) — все клиенты. */
  segments: z
    .array(Name)
    .nullable()
    .default(null)
    .meta({ description: 'Только клиенты этих сегментов (id из segments); не указано (null) — все клиенты.' }),
});
export type Handover = z.output<typeof HandoverSchema>;

export const DiscountLimitSchema = z.strictObject({
  /** id должности или director. */
  position: Name.meta({ description: 'id должности или director.' }),
  /** Наибольшая скидка, которую должность даёт без согласования, %. */
  maxPct: z.number().min(0).max(100).meta({ description: 'Наибольшая скидка, которую должность даёт без согласования, %.' }),
});

export const CommercialPolicySchema = z.strictObject({
  /** Пределы скидок по должностям; выше предела — согласование у следующего по списку. */
  discounts: z
    .array(DiscountLimitSchema)
    .min(1)
    .meta({ description: 'Пределы скидок по должностям; выше предела — согласование у следующего по списку.' }),
  /** Условия оплаты: prepayment (предоплата), deferral (отсрочка), mixed (по договорённости). */
  paymentTerms: z.enum(['prepayment', 'deferral', 'mixed']).meta({
    description: 'Условия оплаты: prepayment (предоплата), deferral (отсрочка), mixed (по договорённости).',
  }),
  /** Наибольшая отсрочка платежа, дней. */
  maxDeferralDays: z.number().int().min(0).max(LIMITS.days).meta({ description: 'Наибольшая отсрочка платежа, дней.' }),
  /** Кто согласует отсрочку и кредитный лимит: id должности или director. */
  creditApprover: Name.meta({ description: 'Кто согласует отсрочку и кредитный лимит: id должности или director.' }),
});
export type CommercialPolicy = z.output<typeof CommercialPolicySchema>;

export const ClientsSchema = z.strictObject({
  /** Сегменты ABC, от крупных к мелким; не указано (null) — A, B, C по среднему чеку плана. */
  segments: z.array(SegmentSchema).min(1).nullable().default(null).meta({
    description: 'Сегменты ABC, от крупных к мелким; не указано (null) — A, B, C по среднему чеку плана.',
  }),
  /** Передача клиента от привлёкшей его должности к той, что его развивает; не указано (null) — по умолчанию (см. docs/profile.md), false — клиентов не передают. */
  handover: z
    .union([HandoverSchema, z.literal(false)])
    .nullable()
    .default(null)
    .meta({
      description:
        'Передача клиента от привлёкшей его должности к той, что его развивает; не указано (null) — по умолчанию (см. docs/profile.md), false — клиентов не передают.',
    }),
  /** Коммерческая политика: скидки, оплата, отсрочка; не указано (null) — 5 % менеджеру, 10 % руководителю отдела, смешанная оплата, отсрочка до 30 дней по согласованию руководителя. */
  commercialPolicy: CommercialPolicySchema.nullable().default(null).meta({
    description:
      'Коммерческая политика: скидки, оплата, отсрочка; не указано (null) — 5 % менеджеру, 10 % руководителю отдела, смешанная оплата, отсрочка до 30 дней по согласованию руководителя.',
  }),
});
export type Clients = z.output<typeof ClientsSchema>;
