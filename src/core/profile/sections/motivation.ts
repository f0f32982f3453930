/** `motivation`: how each position is paid (motivation.md, «Schemes»). */
import * as z from 'zod';
import { CurveSchema, Name, Pay } from '../fields.ts';

const position = Name.meta({ description: 'id должности из department.positions.' });
const maxBonus = Pay.nullable()
  .default(null)
  .meta({ description: 'Предел премии за период (period); не указан (null) — без предела, кроме того, что задаёт кривая.' });
const period = z.enum(['month', 'quarter', 'year']).default('month').meta({
  description: 'Как часто считается и выплачивается переменная часть: month, quarter или year; targetBonus и maxBonus — за этот период.',
});

export const KpiBonusSchema = z.strictObject({
  /** id должности из department.positions. */
  position,
  /** Оклад + целевая премия × KPI-коэффициент. */
  scheme: z.literal('kpi-bonus').meta({ description: 'Оклад + целевая премия × KPI-коэффициент.' }),
  /** Премия за период (period) при выполнении всех показателей на 100 %. */
  targetBonus: Pay.meta({ description: 'Премия за период (period) при выполнении всех показателей на 100 %.' }),
  /** Кривая: пары [выполнение %, коэффициент %], выполнение не убывает; например [[0, 0], [80, 0], [80, 80], [100, 100], [120, 130]]. */
  curve: CurveSchema.meta({
    description:
      'Кривая: пары [выполнение %, коэффициент %], выполнение не убывает; например [[0, 0], [80, 0], [80, 80], [100, 100], [120, 130]].',
  }),
  /** Предел премии за период (period); не указан (null) — без предела, кроме того, что задаёт кривая. */
  maxBonus,
  /** Как часто считается и выплачивается переменная часть: month, quarter или year; targetBonus и maxBonus — за этот период. */
  period,
});

export const RevenuePercentSchema = z.strictObject({
  /** id должности из department.positions. */
  position,
  /** Оклад + процент от личного плана выручки или маржи, умноженного на выполнение. */
  scheme: z
    .literal('revenue-percent')
    .meta({ description: 'Оклад + процент от личного плана выручки или маржи, умноженного на выполнение.' }),
  /** База процента: revenue — выручка, margin — валовая маржа (выручка × grossMarginPct). */
  base: z
    .enum(['revenue', 'margin'])
    .meta({ description: 'База процента: revenue — выручка, margin — валовая маржа (выручка × grossMarginPct).' }),
  /** Ставка в зависимости от выполнения: пары [выполнение %, ставка %]. */
  rateCurve: CurveSchema.meta({ description: 'Ставка в зависимости от выполнения: пары [выполнение %, ставка %].' }),
  /** Предел премии за период (period); не указан (null) — без предела, кроме того, что задаёт кривая. */
  maxBonus,
  /** Как часто считается и выплачивается переменная часть: month, quarter или year; targetBonus и maxBonus — за этот период. */
  period,
});

export const SalaryOnlySchema = z.strictObject({
  /** id должности из department.positions. */
  position,
  /** Только оклад, без переменной части. */
  scheme: z.literal('salary-only').meta({ description: 'Только оклад, без переменной части.' }),
});

export const MotivationEntrySchema = z.discriminatedUnion('scheme', [KpiBonusSchema, RevenuePercentSchema, SalaryOnlySchema]);
export type MotivationEntry = z.output<typeof MotivationEntrySchema>;
export type MotivationScheme = MotivationEntry['scheme'];
