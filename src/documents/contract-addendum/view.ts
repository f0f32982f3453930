/**
 * The view of «Дополнительное соглашение к трудовому договору» for one position with variable
 * pay: the salary and the bonus as the motivation math gives them (target bonus or rate, cap,
 * pay at plan), the pay period and when the bonus is paid, the motivation regulation by its
 * title, the day the terms apply from, the country's labour code; one agreement per employee the
 * profile names and one blank agreement for the other seats of the headcount.
 */
import { curveValue, payFor, positionContext, positionKpiPlans } from '../../core/math/index.ts';
import { JURISDICTIONS } from '../../core/law/jurisdictions.ts';
import { isEntrepreneur, surnameGenitiveWithInitials } from '../../core/law/organization.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { SIGNATURE_LINE } from '../../core/render/conventions.ts';
import { BLANK_DATE, formatDateLong, formatMoney, formatPercent, NBSP } from '../../core/text/format.ts';
import { initialsAndSurname, joinAnd, quote } from '../../core/text/names.ts';
import { buildCommonView, type CommonView, type PositionView } from '../shared/common.ts';
import { includes } from '../shared/include.ts';
import { payPeriodWords, type PayPeriodWords } from '../shared/pay-period.ts';
import { variablePayFrom } from '../shared/variable-pay.ts';

export interface AgreementView {
  /** The clause-id slug of this agreement: `seat-1`, `seat-2` … in the order of the position's employees; `blank` for the unnamed seats. */
  slug: string;
  /** The employee's full name, or null for a seat the profile names nobody for. */
  name: string | null;
  /** «С.П. Иванов» under the signature, or a blank line. */
  signer: string;
  /** Not the first agreement of the file: it starts on a new page. */
  pageBreak: boolean;
}

export interface ContractAddendumView extends CommonView {
  position: PositionView;
  agreements: AgreementView[];
  /** «Общество … «ТехноСнаб» (далее — Работодатель) в лице Генерального директора Петрова А.В., действующего на основании Устава». */
  employer: string;
  /** The signature block's employer lines: the organisation, the signer's title and name. */
  employerSign: { name: string; position: string | null; signer: string };
  pay: PayPeriodWords;
  salary: string;
  kpiBonus: {
    /** «40 000 ₽ за месяц». */
    target: string;
    /** ««Выручка» (60 %), «Новые клиенты» (20 %) и …»; null for a bonus with no KPIs listed. */
    kpis: string | null;
    cap: string | null;
  } | null;
  revenuePercent: {
    /** «валовой маржи по оплаченной выручке Работника», «оплаченной выручки Работника». */
    baseGen: string;
    atPlan: string;
    /** «от 5 % до 8 %», or null when the rate is one for every attainment. */
    range: string | null;
    /** The attainment below which no bonus is paid: «70 %»; null without a threshold. */
    threshold: string | null;
    cap: string | null;
  } | null;
  /** Pay at 100 % of plan for the pay period: «100 000 ₽ за месяц (оклад — 60 %, премия — 40 %)». */
  atPlan: string;
  /** «ежемесячно, в сроки выплаты заработной платы за месяц, следующий за отчётным». */
  paidWhen: string;
  /** «Положением о мотивации работников отдела продаж» (instrumental), or null when the pack leaves it out. */
  motivationIns: string | null;
  /** «с 1 февраля 2027 г.; если соглашение подписано позднее, — с первого календарного месяца…». */
  applyFrom: string;
  /** The country's code with the articles, after «заключено»: «в соответствии со статьями 57, 72 и 135 …». */
  basis: string;
  /** For parentheses after a change by written agreement; null outside Russia. */
  payChange: string | null;
  /** Blank lines: the date, a signature, a name in the running text and a name in the half-width signature column. */
  blank: { date: string; line: string; name: string; nameCell: string };
}

const PAID_WHEN: Record<'month' | 'quarter' | 'year', string> = {
  month: 'в сроки выплаты заработной платы за месяц, следующий за отчётным',
  quarter: 'после подведения итогов квартала, в сроки выплаты заработной платы за месяц, следующий за последним месяцем квартала',
  year: 'после подведения итогов года, в сроки выплаты заработной платы за январь следующего года',
};

const pct = (x: number, decimals = 1) => formatPercent(x, decimals);

/** Whose plan a KPI measures, after its weight: a head's and a team lead's bonus may follow the unit's plan. */
const SCOPE: Record<'personal' | 'group' | 'department', string> = { personal: '', group: ', план группы', department: ', план Отдела' };

function employerPhrase(profile: Profile, common: CommonView): string {
  const { director } = profile.company;
  if (isEntrepreneur(profile.company.legalForm)) return `${common.org.full} (далее — Работодатель)`;
  const name = director.fullName === null ? SIGNATURE_LINE : surnameGenitiveWithInitials(director.fullName, director.gender);
  return `${common.org.full} (далее — Работодатель) в лице ${common.director.position.gen} ${name}, действующего на основании Устава`;
}

export function buildContractAddendumView(profile: Profile, positionId: string): ContractAddendumView {
  const common = buildCommonView(profile);
  const position = common.positions.find((p) => p.id === positionId) as PositionView;
  const ctx = positionContext(profile, positionId);
  const m = ctx.motivation;
  if (m === null || m.scheme === 'salary-only') throw new Error(`contract-addendum: position "${positionId}" has no variable pay`);
  const money = (v: number) => formatMoney(v, profile.currency);
  const pay = payPeriodWords(ctx.payPeriod);
  const atPlan = payFor(profile, positionId, 100);
  const mix =
    atPlan.total > 0 && atPlan.bonus > 0
      ? ` (оклад${NBSP}— ${pct((atPlan.periodSalary / atPlan.total) * 100, 0)}, премия${NBSP}— ${pct((atPlan.bonus / atPlan.total) * 100, 0)})`
      : '';

  let kpiBonus: ContractAddendumView['kpiBonus'] = null;
  let revenuePercent: ContractAddendumView['revenuePercent'] = null;
  if (m.scheme === 'kpi-bonus') {
    const plans = positionKpiPlans(profile, positionId, { period: ctx.payPeriod });
    kpiBonus = {
      target: `${money(m.targetBonus)} ${pay.for}`,
      kpis:
        plans.length === 0 ? null : joinAnd(plans.map((p, i) => `${quote(p.name)} (${pct(ctx.items[i]?.weight ?? 0)}${SCOPE[p.scope]})`)),
      cap: m.maxBonus === null ? null : `${money(m.maxBonus)} ${pay.for}`,
    };
  } else {
    const rates = m.rateCurve.map((p) => p[1]);
    const positive = rates.filter((r) => r > 0);
    // A curve that pays nothing anywhere has no range to state.
    const low = positive.length === 0 ? 0 : Math.min(...positive);
    const high = positive.length === 0 ? 0 : Math.max(...positive);
    const first = m.rateCurve.find((p) => p[1] > 0);
    revenuePercent = {
      baseGen: m.base === 'margin' ? 'валовой маржи по оплаченной выручке Работника' : 'оплаченной выручки Работника',
      atPlan: pct(curveValue(m.rateCurve, 100), 2),
      range: low === high ? null : `от ${pct(low, 2)} до ${pct(high, 2)}`,
      threshold: curveValue(m.rateCurve, 0) === 0 && first !== undefined && first[0] > 0 ? pct(first[0]) : null,
      cap: m.maxBonus === null ? null : `${money(m.maxBonus)} ${pay.for}`,
    };
  }

  const from = variablePayFrom(profile, positionId);
  const afterSigning = `с первого календарного ${pay.gen}, начавшегося после его подписания`;
  const law = JURISDICTIONS[profile.company.country];
  // One agreement per named employee and one blank for the seats the profile names nobody for:
  // the blank is copied per employee (identical pages per seat would make 10 000 pages of a big
  // department's file and say nothing more).
  const names = position.employees.slice(0, position.headcount);
  const seats: Array<string | null> = names.length < position.headcount ? [...names, null] : names;
  const agreements: AgreementView[] = seats.map((name, i) => ({
    slug: name === null ? 'blank' : `seat-${i + 1}`,
    name,
    signer: name === null ? SIGNATURE_LINE : initialsAndSurname(name),
    pageBreak: i > 0,
  }));
  const { director } = profile.company;
  return {
    ...common,
    position,
    agreements,
    employer: employerPhrase(profile, common),
    employerSign: {
      name: common.org.full,
      // An entrepreneur signs in person: his name line already says what he is.
      position: isEntrepreneur(profile.company.legalForm) ? null : director.position,
      signer: director.fullName === null ? SIGNATURE_LINE : initialsAndSurname(director.fullName),
    },
    pay,
    salary: money(ctx.position.salary),
    kpiBonus,
    revenuePercent,
    atPlan: `${money(atPlan.total)} ${m.scheme === 'kpi-bonus' ? pay.for : pay.average}${mix}`,
    paidWhen: PAID_WHEN[ctx.payPeriod],
    motivationIns: includes(profile, 'motivation') ? `Положением о мотивации работников ${common.dept.nameLc.gen}` : null,
    applyFrom: from === null ? afterSigning : `с ${formatDateLong(from)}, а если соглашение подписано позднее этой даты, — ${afterSigning}`,
    basis: law.articles.payAgreement ?? `в соответствии с ${law.labourLawIns}`,
    payChange: law.articles.payChange,
    blank: { date: BLANK_DATE, line: SIGNATURE_LINE, name: '_'.repeat(40), nameCell: '_'.repeat(30) },
  };
}
