/**
 * Bonus reductions (депремирование, processes.deductions): each reason with its share of the
 * period's variable pay, the profile's list or a short standard one. A reduction is a condition
 * of the bonus this regulation sets, not a fine and not a deduction from wages, which labour law
 * treats differently (business-variants.md, «Country facts»).
 */
import type { Profile } from '../../core/profile/schema.ts';
import { formatPercent } from '../../core/text/format.ts';

export interface DeductionRow {
  reason: string;
  pct: string;
}

export interface DeductionsView {
  rows: DeductionRow[];
  /** The reductions of one period together, before the 100 % cap. */
  total: string;
}

/** The standard list; `crmLoc` is «в amoCRM» or «в учётной базе клиентов». */
function standardList(crmLoc: string): Array<{ reason: string; pct: number }> {
  return [
    {
      reason: `Встреча, звонок или договорённость с клиентом не внесены ${crmLoc} до конца рабочего дня, в который они состоялись`,
      pct: 10,
    },
    { reason: 'Обязательный отчёт не сдан в срок, установленный регламентами Отдела', pct: 5 },
    { reason: 'Клиенту предоставлены скидка или отсрочка платежа сверх установленного предела без согласования', pct: 20 },
    { reason: 'Заявка клиента оставлена без ответа дольше срока, установленного регламентом работы с заявками', pct: 5 },
  ];
}

/** A reason as a table cell: the user's text as written, without a closing full stop. */
const cell = (reason: string) => reason.trim().replace(/\.$/, '');

export function deductionsView(profile: Profile, crmLoc: string): DeductionsView {
  const own = profile.processes.deductions;
  const list = own ?? standardList(crmLoc);
  return {
    rows: list.map((d) => ({ reason: cell(d.reason), pct: formatPercent(d.pct, 1) })),
    total: formatPercent(
      list.reduce((sum, d) => sum + d.pct, 0),
      1,
    ),
  };
}
