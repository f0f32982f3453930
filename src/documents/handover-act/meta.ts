/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'handover-act',
  name: 'Акт передачи клиента',
  summary: 'Бланк передачи клиента другому работнику: договоры, открытые сделки, задолженность, контакты, договорённости и подписи.',
  perPosition: false,
} as const satisfies DocumentMeta;
