/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'segmentation',
  name: 'Сегментация клиентов и стратегия продаж',
  summary:
    'Сегменты ABC с порогами и ответственными, нормы контактов и обзоров, работа с каждым сегментом, план по каналам и направлениям.',
  perPosition: false,
} as const satisfies DocumentMeta;
