/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'commercial-policy',
  name: 'Коммерческая политика',
  summary:
    'Цены и особые цены, кто и какую скидку даёт и согласует, условия оплаты, кредитные лимиты, просроченная задолженность по дням, скидки в базе премии.',
  perPosition: false,
} as const satisfies DocumentMeta;
