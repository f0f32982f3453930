/**
 * The owner's summary repeats figures other documents print: the annual plan (the sales plan), the
 * payroll at plan and its shares (the motivation regulation's payroll section) and each position's
 * pay at 80, 100 and 120 % (the motivation's payout tables). Each must be the math's, and where the
 * other document is in the pack, printed there the same way.
 */
import { payFor, payrollCheck } from '../math/index.ts';
import type { DocumentModel } from '../model/types.ts';
import { formatMoney, formatPercent } from '../text/format.ts';
import { passages, tables } from './text.ts';
import type { Finding, PackCheck } from './types.ts';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const textOf = (model: DocumentModel) =>
  plain(
    passages(model)
      .map((p) => p.text)
      .join('\n'),
  );

export const checkSummary: PackCheck = ({ profile, models }) => {
  const summary = models.find((m) => m.meta.id === 'owner-summary');
  if (summary === undefined) return [];
  const findings: Finding[] = [];
  const money = (v: number) => plain(formatMoney(v, profile.currency));
  const list = tables(summary);
  const key = list.find((t) => t.id?.endsWith('.key-figures'));
  const pay = list.find((t) => t.id?.endsWith('.pay-levels'));
  const payroll = payrollCheck(profile);
  const motivation = models.find((m) => m.meta.id === 'motivation');
  const salesPlan = models.find((m) => m.meta.id === 'sales-plan');
  const error = (message: string, clause: string | null | undefined, other?: string) =>
    findings.push({
      check: 'summary',
      severity: 'error',
      message,
      where: [{ document: 'owner-summary', clause: clause ?? null }, ...(other ? [{ document: other, clause: null }] : [])],
    });

  const keyText = plain((key?.rows ?? []).flat().join('\n'));
  const expected: Array<[string, string, DocumentModel | undefined]> = [
    ['план выручки', money(profile.plan.revenue), salesPlan],
    ['фонд оплаты труда', money(payroll.annual), motivation],
    ['доля фонда в валовой марже', plain(formatPercent(payroll.shareOfMarginPct, 1)), motivation],
    ['доля фонда в выручке', plain(formatPercent(payroll.shareOfRevenuePct, 2)), motivation],
  ];
  for (const [what, figure, other] of expected) {
    if (!keyText.includes(figure)) error(`${what} в сводке не совпадает с расчётом: должно быть «${figure}»`, key?.id);
    else if (other !== undefined && !textOf(other).includes(figure)) {
      error(`${what} «${figure}» из сводки не найден в документе «${other.meta.title}»`, key?.id, other.meta.id);
    }
  }
  const rows = (pay?.rows ?? []).slice(1).map((r) => r.map(plain));
  const motivationText = motivation === undefined ? null : textOf(motivation);
  for (const position of profile.department.positions) {
    const levels = [80, 100, 120].map((a) => money(payFor(profile, position.id, a).total));
    if (!rows.some((r) => r.slice(-3).join('|') === levels.join('|'))) {
      error(`оплата должности «${position.title}» при 80/100/120 % в сводке не совпадает с расчётом: ${levels.join(' / ')}`, pay?.id);
      continue;
    }
    const paid = profile.motivation.some((m) => m.position === position.id && m.scheme !== 'salary-only');
    const missing = motivationText === null || !paid ? [] : levels.filter((l) => !motivationText.includes(l));
    if (missing.length > 0) {
      error(
        `оплата должности «${position.title}» (${missing.join(', ')}) из сводки не найдена в таблице выплат Положения о мотивации`,
        pay?.id,
        'motivation',
      );
    }
  }
  return findings;
};
