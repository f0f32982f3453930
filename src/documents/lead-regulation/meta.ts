/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'lead-regulation',
  name: 'Регламент обработки заявок и передачи клиентов',
  summary: 'Каналы и регистрация обращений, срок первого ответа, распределение, квалификация и передача клиентов между сотрудниками.',
  perPosition: false,
} as const satisfies DocumentMeta;
