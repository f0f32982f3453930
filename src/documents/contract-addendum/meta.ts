/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'contract-addendum',
  name: 'Дополнительные соглашения к трудовым договорам',
  summary:
    'По каждой должности с переменной частью: оклад и премия, период расчёта, ссылка на Положение о мотивации, дата применения; по соглашению на каждого работника.',
  perPosition: true,
} as const satisfies DocumentMeta;
