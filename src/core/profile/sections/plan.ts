/** `plan`: the department's yearly figures from which KPI plans are derived. */
import * as z from 'zod';
import { CODES } from '../codes.ts';
import { Money, Percent, PositivePercent } from '../fields.ts';
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
  leadsPerMonth: z.number().min(0).meta({ description: 'Сколько новых обращений (лидов) приходит в месяц.' }),
  /** Какая доля лидов (%) доходит до встречи. */
  leadToMeetingPct: PositivePercent.meta({ description: 'Какая доля лидов (%) доходит до встречи.' }),
  /** Какая доля встреч (%) заканчивается сделкой. */
  meetingToDealPct: PositivePercent.meta({ description: 'Какая доля встреч (%) заканчивается сделкой.' }),
  /** Средняя сумма сделки с новым клиентом, в валюте профиля. */
  averageDeal: Money.meta({ description: 'Средняя сумма сделки с новым клиентом, в валюте профиля.' }),
});

export const PlanSchema = z.strictObject({
  /** Плановый год: 2027. */
  year: z.number().int().min(2000).max(2100).meta({ description: 'Плановый год: 2027.' }),
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
  newClients: z.number().int().min(0).meta({ description: 'Сколько новых клиентов нужно привлечь за год (целое число).' }),
  /** Воронка продаж нового бизнеса в месяц. */
  funnel: FunnelSchema.meta({ description: 'Воронка продаж нового бизнеса в месяц.' }),
});
export type Plan = z.output<typeof PlanSchema>;
