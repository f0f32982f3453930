/** `kpis`: for each position, the indicators it is judged by, with weights and plans. */
import * as z from 'zod';
import { KPI_IDS, KpiDirectionSchema, KpiUnitSchema, PeriodSchema } from '../ids.ts';
import { LIMITS } from '../../input/limits.ts';
import { CurveSchema, Name, Slug } from '../fields.ts';
import { kpiItemRules, kpiItemsRules } from '../rules/kpi-rules.ts';

export const KpiRefSchema = z.enum([...KPI_IDS, 'custom']);
export const KpiScopeSchema = z.enum(['personal', 'department', 'group']);

export const KpiItemSchema = z
  .strictObject({
    /** Показатель из каталога (revenue, new-clients, meetings-set, overdue-receivables, …) или custom — свой показатель. */
    kpi: KpiRefSchema.meta({
      description: 'Показатель из каталога (revenue, new-clients, meetings-set, overdue-receivables, …) или custom — свой показатель.',
    }),
    /** Название показателя: обязательно для custom; для показателя из каталога заменяет каталожное название. */
    name: Name.nullable()
      .default(null)
      .meta({ description: 'Название показателя: обязательно для custom; для показателя из каталога заменяет каталожное название.' }),
    /** Единица своего показателя: currency (деньги), count (штуки), percent (%), days, hours, minutes или yesno (выполнено или нет); только для custom, обязательна. У показателя из каталога единица каталожная. */
    unit: KpiUnitSchema.nullable().default(null).meta({
      description:
        'Единица своего показателя: currency (деньги), count (штуки), percent (%), days, hours, minutes или yesno (выполнено или нет); только для custom, обязательна. У показателя из каталога единица каталожная.',
    }),
    /** Откуда берётся факт (CRM, 1С, телефония); для показателя из каталога заменяет каталожный источник. */
    source: Name.nullable()
      .default(null)
      .meta({ description: 'Откуда берётся факт (CRM, 1С, телефония); для показателя из каталога заменяет каталожный источник.' }),
    /** Только для custom: higher — чем больше, тем лучше (по умолчанию), lower — чем меньше, тем лучше. */
    direction: KpiDirectionSchema.nullable()
      .default(null)
      .meta({ description: 'Только для custom: higher — чем больше, тем лучше (по умолчанию), lower — чем меньше, тем лучше.' }),
    /** Вес показателя в премии, %; веса показателей одной должности в сумме дают 100. */
    weight: z
      .number()
      .gt(0)
      .max(100)
      .meta({ description: 'Вес показателя в премии, %; веса показателей одной должности в сумме дают 100.' }),
    /** Период, за который считается выполнение: month, quarter или year. */
    period: PeriodSchema.meta({ description: 'Период, за который считается выполнение: month, quarter или year.' }),
    /** personal — личный план сотрудника (по умолчанию), department — общий план отдела (обычно у руководителя), group — план группы руководителя группы (сумма личных планов её менеджеров). */
    scope: KpiScopeSchema.default('personal').meta({
      description:
        'personal — личный план сотрудника (по умолчанию), department — общий план отдела (обычно у руководителя), group — план группы руководителя группы (сумма личных планов её менеджеров).',
    }),
    /** План на одного сотрудника за период, в единице показателя (деньги, штуки, %…); если указан, заменяет план, выведенный из раздела plan. Для custom и показателей без правила вывода обязателен (кроме yesno: план — «выполнено»). */
    plan: z.number().min(0).max(LIMITS.money).nullable().default(null).meta({
      description:
        'План на одного сотрудника за период, в единице показателя (деньги, штуки, %…); если указан, заменяет план, выведенный из раздела plan. Для custom и показателей без правила вывода обязателен (кроме yesno: план — «выполнено»).',
    }),
    /** Своя кривая выплаты для этого показателя (пары [выполнение %, коэффициент %]); иначе действует кривая схемы мотивации. */
    curve: CurveSchema.nullable().default(null).meta({
      description: 'Своя кривая выплаты для этого показателя (пары [выполнение %, коэффициент %]); иначе действует кривая схемы мотивации.',
    }),
    /** Показатель из каталога консалтинговой фирмы (opkit … --firm ПАПКА): заполняется само, когда kpi называет показатель фирмы; тогда kpi — custom. */
    firmKpi: Slug.nullable().default(null).meta({
      description:
        'Показатель из каталога консалтинговой фирмы (opkit … --firm ПАПКА): заполняется само, когда kpi называет показатель фирмы; тогда kpi — custom.',
    }),
  })
  .check(kpiItemRules);
export type KpiItem = z.output<typeof KpiItemSchema>;

export const PositionKpisSchema = z.strictObject({
  /** id должности из department.positions. */
  position: Name.meta({ description: 'id должности из department.positions.' }),
  /** Показатели должности; рекомендуется 3–5, веса в сумме 100. */
  items: z
    .array(KpiItemSchema)
    .min(1)
    .check(kpiItemsRules)
    .meta({ description: 'Показатели должности; рекомендуется 3–5, веса в сумме 100.' }),
});
export type PositionKpis = z.output<typeof PositionKpisSchema>;
