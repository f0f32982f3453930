/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'report-forms',
  name: 'Формы отчётов и совещаний',
  summary: 'Бланки каждого регулярного отчёта отдела с графами из регламента и протоколы совещаний, которые отдел проводит.',
  perPosition: false,
} as const satisfies DocumentMeta;
