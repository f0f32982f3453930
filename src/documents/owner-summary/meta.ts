/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'owner-summary',
  name: 'Сводка для собственника',
  summary:
    'Одна-две страницы: что в пакете и в каком порядке вводить, ключевые цифры, предупреждения с тем, что исправить, и ближайшие шаги.',
  perPosition: false,
} as const satisfies DocumentMeta;
