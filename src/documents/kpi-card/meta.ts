/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'kpi-card',
  name: 'Карты KPI',
  summary: 'Показатели должности с весами и планами по месяцам, порядок их расчёта и лист оценки за месяц.',
  perPosition: true,
  inForce: 'plan-year',
} as const satisfies DocumentMeta;
