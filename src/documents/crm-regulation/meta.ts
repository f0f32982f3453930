/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'crm-regulation',
  name: 'Регламент работы в CRM',
  summary: 'Что и когда вносится в CRM, этапы воронки, обязательные поля, задачи, дубли и контроль качества данных.',
  perPosition: false,
  variant: 'Если CRM ещё нет, вместо регламента — рекомендации по её выбору и внедрению.',
} as const satisfies DocumentMeta;
