/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'job-description',
  name: 'Должностные инструкции',
  summary: 'Требования к кандидату, трудовые функции, обязанности, права, ответственность и порядок оценки работы.',
  perPosition: true,
} as const satisfies DocumentMeta;
