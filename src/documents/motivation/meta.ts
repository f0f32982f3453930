/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'motivation',
  name: 'Положение о мотивации',
  summary: 'Оклады и переменная часть по каждой должности, шкалы выплат с порогами и пределами, порядок расчёта и фонд оплаты труда.',
  perPosition: false,
} as const satisfies DocumentMeta;
