/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'charter',
  name: 'Положение об отделе продаж',
  summary: 'Статус и структура отдела, численность, цели и задачи, функции, права, ответственность и связи с другими подразделениями.',
  perPosition: false,
} as const satisfies DocumentMeta;
