/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'order',
  name: 'Приказ о введении в действие',
  summary:
    'Приказ руководителя: документы пакета с датами введения в действие, кто и в какой срок знакомит с ними работников, кто контролирует.',
  perPosition: false,
} as const satisfies DocumentMeta;
