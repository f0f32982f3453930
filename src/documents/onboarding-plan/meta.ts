/** How the site and the wizard name this document (light: no view code). */
import type { DocumentMeta } from '../shared/define.ts';

export const meta = {
  id: 'onboarding-plan',
  name: 'Планы адаптации',
  summary:
    'По каждой должности: что новичок изучает, делает и чем измеряется по месяцам, план в деньгах на период ввода, наставник и оценка испытания.',
  perPosition: true,
} as const satisfies DocumentMeta;
