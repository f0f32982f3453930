/**
 * The agendas of the department's regular meetings: the planning regulation sets them, and the
 * meeting protocol forms (report-forms) print the same items, so a protocol follows the agenda it
 * records. One list for both; the forms read it from here, the regulation does not import the forms.
 */
import type { Offering } from '../../core/profile/ids.ts';
import { OFFERING_PLANNING } from './offering-prose.ts';

export interface MeetingAgendas {
  daily: string[];
  weekly: string[];
  monthly: string[];
}

/** `standard`: the pack has the sales standard, which sets the daily activity norms. */
export function meetingAgendas(offering: Offering, standard: boolean): MeetingAgendas {
  const prose = OFFERING_PLANNING[offering];
  return {
    daily: [
      `результаты предыдущего дня в сравнении с дневными нормами активности${standard ? ', установленными Стандартом продаж' : ''}`,
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
