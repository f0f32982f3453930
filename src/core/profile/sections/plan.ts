/** `plan`: the department's yearly figures from which KPI plans are derived. */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { LIMITS } from '../../input/limits.ts';
import { Money, Name, Percent, PositivePercent } from '../fields.ts';
import { looseList, looseNumber, rule } from '../rules/rule.ts';
import { num } from '../say.ts';

/** How far the monthly shares may sum from 100, so that 8,33 × 12-style rounding passes. */
export const SEASONALITY_TOLERANCE = 0.01;

const Seasonality = z
  .array(Percent)
  .length(12)
  .check(
    rule(looseList(looseNumber), (months, report) => {
      if (months.length !== 12 || months.some((m) => m === null)) return;
      const total = months.reduce<number>((a, b) => a + (b ?? 0), 0);
      if (Math.abs(total - 100) > SEASONALITY_TOLERANCE) {
        report(
          [],
          CODES.seasonalitySum,
          `сумма долей по месяцам ${num(total)} %, должна быть 100 % (допускается расхождение до ${num(SEASONALITY_TOLERANCE)})`,
        );
      }
    }),
  );

export const FunnelSchema = z.strictObject({
  /** Сколько новых обращений (лидов) приходит в месяц. */
  leadsPerMonth: z.number().min(0).max(LIMITS.count).meta({ description: 'Сколько новых обращений (лидов) приходит в месяц.' }),
  /** Какая доля лидов (%) доходит до встречи. */
  leadToMeetingPct: PositivePercent.meta({ description: 'Какая доля лидов (%) доходит до встречи.' }),
  /** Какая доля встреч (%) заканчивается сделкой. */
  meetingToDealPct: PositivePercent.meta({ description: 'Какая доля встреч (%) заканчивается сделкой.' }),
  /** Средняя сумма сделки с новым клиентом, в валюте профиля. */
  averageDeal: Money.meta({ description: 'Средняя сумма сделки с новым клиентом, в валюте профиля.' }),
});

export const ProductLineSchema = z.strictObject({
  /** Название направления или товарной группы: «Насосное оборудование». */
  name: Name.meta({ description: 'Название направления или товарной группы: «Насосное оборудование».' }),
  /** Доля направления в годовом плане выручки, %; доли в сумме 100. */
  sharePct: PositivePercent.meta({ description: 'Доля направления в годовом плане выручки, %; доли в сумме 100.' }),
  /** Валовая маржа направления, %; не указано (null) — маржа плана (grossMarginPct). */
  grossMarginPct: PositivePercent.nullable()
    .default(null)
    .meta({ description: 'Валовая маржа направления, %; не указано (null) — маржа плана (grossMarginPct).' }),
});
export type ProductLine = z.output<typeof ProductLineSchema>;

const ProductLines = z
  .array(ProductLineSchema)
  .min(1)
  .check(
    rule(looseList(z.object({ sharePct: looseNumber })), (lines, report) => {
      if (lines.some((l) => l?.sharePct == null)) return;
      const total = lines.reduce((sum, l) => sum + (l?.sharePct ?? 0), 0);
      if (Math.abs(total - 100) > SEASONALITY_TOLERANCE) {
        report([], CODES.productLineShareTotal, `доли направлений в сумме ${num(total)} %, должно быть 100 %`);
      }
    }),
  );

const RampUp = z
  .array(PositivePercent)
  .min(1)
  .max(12)
  .check(
    rule(looseList(looseNumber), (months, report) => {
      if (months.some((m) => m === null)) return;
      const values = months as number[];
      const rising = values.every((v, i) => i === 0 || v >= (values[i - 1] as number));
      if (!rising || values.at(-1) !== 100) {
        report(
          [],
          CODES.rampUpShape,
          'доли плана новичка по месяцам не убывают и заканчиваются на 100 (полный план), например [50, 80, 100]',
        );
      }
    }),
  );

export const PlanSchema = z.strictObject({
  /** Плановый год: 2027. */
  year: z.number().int().min(LIMITS.firstYear).max(LIMITS.lastYear).meta({ description: 'Плановый год: 2027.' }),
  /** План выручки отдела на год, в валюте профиля. */
  revenue: Money.meta({ description: 'План выручки отдела на год, в валюте профиля.' }),
  /** Валовая маржа, % от выручки (больше 0, не больше 100). */
  grossMarginPct: PositivePercent.meta({ description: 'Валовая маржа, % от выручки (больше 0, не больше 100).' }),
  /** Доли 12 месяцев в годовом плане, %, в сумме 100; не указано (null) — месяцы равны. */
  seasonality: Seasonality.nullable()
    .default(null)
    .meta({ description: 'Доли 12 месяцев в годовом плане, %, в сумме 100; не указано (null) — месяцы равны.' }),
  /** Доля выручки (%), которую ожидают от уже работающих клиентов; остальное должна дать воронка. */
  recurringRevenuePct: Percent.default(0).meta({
    description: 'Доля выручки (%), которую ожидают от уже работающих клиентов; остальное должна дать воронка.',
  }),
  /** Предел фонда оплаты труда отдела при выполнении плана, % от валовой маржи; выше — предупреждение. */
  maxPayrollSharePct: PositivePercent.default(40).meta({
    description: 'Предел фонда оплаты труда отдела при выполнении плана, % от валовой маржи; выше — предупреждение.',
  }),
  /** Сколько новых клиентов нужно привлечь за год (целое число). */
  newClients: z
    .number()
    .int()
    .min(0)
    .max(LIMITS.count)
    .meta({ description: 'Сколько новых клиентов нужно привлечь за год (целое число).' }),
  /** Воронка продаж нового бизнеса в месяц. */
  funnel: FunnelSchema.meta({ description: 'Воронка продаж нового бизнеса в месяц.' }),
  /** План выручки по направлениям (товарным группам); не указано (null) — план без разбивки. */
  productLines: ProductLines.nullable()
    .default(null)
    .meta({ description: 'План выручки по направлениям (товарным группам); не указано (null) — план без разбивки.' }),
  /** Доля личного плана новичка по месяцам работы, %: [40, 70, 100] — 40 % в первый месяц, 70 % во второй, полный план с третьего. Вакансии в штате планируются так же. */
  rampUp: RampUp.default([50, 80, 100]).meta({
    description:
      'Доля личного плана новичка по месяцам работы, %: [40, 70, 100] — 40 % в первый месяц, 70 % во второй, полный план с третьего. Вакансии в штате планируются так же.',
  }),
});
export type Plan = z.output<typeof PlanSchema>;
