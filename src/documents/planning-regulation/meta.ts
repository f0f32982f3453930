/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'planning-regulation',
  name: 'Регламент планирования и отчётности',
  summary: 'Цикл планирования, регулярные отчёты, совещания план/факт, решения при отклонении от плана и прогноз.',
  perPosition: false,
} as const satisfies DocumentMeta;
