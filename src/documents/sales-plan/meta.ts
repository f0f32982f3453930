/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'sales-plan',
  name: 'План продаж',
  summary: 'Годовой план по месяцам и кварталам с учётом сезонности, планы должностей, новые клиенты и проверка воронки.',
  perPosition: false,
  inForce: 'plan-year',
} as const satisfies DocumentMeta;
