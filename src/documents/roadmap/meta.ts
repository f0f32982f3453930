/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'roadmap',
  name: 'Дорожная карта внедрения',
  summary: 'Этапы внедрения со сроками и ответственными: организационные решения, персонал, показатели и мотивация, автоматизация.',
  perPosition: false,
} as const satisfies DocumentMeta;
