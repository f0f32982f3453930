/**
 * What a finding costs, where the company's facts allow an estimate: the revenue that rests on
 * the owner, the revenue one top client brings, how many sellers leave a year. Only from the
 * facts the auditor wrote down, never from averages of other companies: no fact, no estimate.
 */
import { CURRENCY_SIGNS, formatNumber, NBSP, type CurrencyCode } from '../text/format.ts';
import { countNoun } from '../text/plural.ts';
import type { AuditFacts } from './schema.ts';
import type { Gap } from './scoring.ts';

/** Money rounded for an estimate: «84 млн ₽», «8,4 млн ₽», «840 тыс. ₽». */
export function roughMoney(value: number, currency: CurrencyCode): string {
  const sign = CURRENCY_SIGNS[currency];
  if (value >= 1_000_000) return `${formatNumber(value / 1_000_000, value < 10_000_000 ? 1 : 0)}${NBSP}млн${NBSP}${sign}`;
  if (value >= 1_000) return `${formatNumber(value / 1_000, 0)}${NBSP}тыс.${NBSP}${sign}`;
  return `${formatNumber(value, 0)}${NBSP}${sign}`;
}

/** After «около» a number takes the genitive: «около 1 менеджера», «около 2 менеджеров». */
const SELLERS_GENITIVE = { one: 'менеджера', few: 'менеджеров', many: 'менеджеров' };
const MONTHS = { one: 'месяц', few: 'месяца', many: 'месяцев' };

const pct = (value: number): string => `${formatNumber(value, 0)}${NBSP}%`;

/** One sentence on what the gap costs or risks, from the facts; null without the facts it needs. */
export function stakeOf(gap: Gap, facts: AuditFacts): string | null {
  const { revenue, currency } = facts;
  switch (gap.result.question.id) {
    case 'head-of-sales':
    case 'owner-sales': {
      // Without a head the owner is the one who sells; a head who sells is another story.
      if (facts.ownerShare === null || (gap.result.question.id === 'head-of-sales' && gap.answer !== 'no')) return null;
      const money = revenue === null ? '' : `, около ${roughMoney((revenue * facts.ownerShare) / 100, currency)} в год`;
      return `На клиентах, которых ведёт собственник, держится ${pct(facts.ownerShare)} выручки${money}.`;
    }
    case 'top-clients': {
      if (facts.top10Share === null) return null;
      const one =
        revenue === null
          ? ''
          : `; уход одного из них стоит в среднем около ${roughMoney((revenue * facts.top10Share) / 1000, currency)} выручки в год`;
      return `Десять крупнейших клиентов дают ${pct(facts.top10Share)} выручки${one}.`;
    }
    case 'crm-in-use': {
      if (gap.answer !== 'no' || facts.turnover === null || facts.sellers === null) return null;
      const leavers = Math.round((facts.sellers * facts.turnover) / 100);
      if (leavers === 0) return null;
      return `За год уходит около ${countNoun(leavers, SELLERS_GENITIVE)}, и с каждым уходят его записи о клиентах и сделках.`;
    }
    case 'result-plan': {
      if (facts.planMonthsMet === null) return null;
      return `План выполнен в ${facts.planMonthsMet} из 12 месяцев.`;
    }
    case 'result-turnover': {
      if (facts.turnover === null) return null;
      const leavers = facts.sellers === null ? null : Math.round((facts.sellers * facts.turnover) / 100);
      const who = leavers === null || leavers === 0 ? '' : `: за год уходит около ${countNoun(leavers, SELLERS_GENITIVE)}`;
      const ramp =
        facts.firstSaleMonths === null ? '' : `, а новичок делает первую продажу только через ${countNoun(facts.firstSaleMonths, MONTHS)}`;
      return `Текучесть менеджеров — ${pct(facts.turnover)}${who}${ramp}.`;
    }
    case 'result-first-sale': {
      if (facts.firstSaleMonths === null) return null;
      return `Новичок делает первую продажу в среднем через ${countNoun(facts.firstSaleMonths, MONTHS)}.`;
    }
    case 'analytics-funnel': {
      if (facts.leadToProposal === null || facts.proposalToPayment === null) return null;
      return `По оценке компании, из заявки в предложение переходит ${pct(facts.leadToProposal)}, из предложения в оплату — ${pct(facts.proposalToPayment)}; без регулярного расчёта эти цифры не проверить.`;
    }
    default:
      return null;
  }
}
