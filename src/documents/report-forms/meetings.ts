/**
 * The agendas of the department's regular meetings, as the planning regulation sets them: the
 * meeting protocol forms print the same items, so a protocol follows the agenda it records. Read from
 * the regulation's prose module, one way: the regulation does not import the forms.
 */
import type { Offering } from '../../core/profile/ids.ts';
import { OFFERING_PLANNING } from '../planning-regulation/offering-prose.ts';

export interface MeetingAgendas {
  daily: string[];
  weekly: string[];
  monthly: string[];
}

export function meetingAgendas(offering: Offering): MeetingAgendas {
  const prose = OFFERING_PLANNING[offering];
  return {
    daily: [
      'результаты предыдущего дня в сравнении с дневными нормами активности',
      ...prose.daily,
      'сделки, по которым нужна помощь руководителя',
    ],
    weekly: [...prose.weekly],
    monthly: [
      'план, факт, процент выполнения и выполнение KPI по каждому работнику',
      ...prose.monthly,
      'причины отклонений, выводы и план следующего месяца по работникам',
    ],
  };
}
