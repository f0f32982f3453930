/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'sales-standard',
  name: 'Стандарт продаж',
  summary:
    'Этапы сделки с условиями входа и выхода, нормы звонков, встреч и предложений по должностям, квалификация клиента, сценарии разговоров.',
  perPosition: false,
} as const satisfies DocumentMeta;
