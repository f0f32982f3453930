/**
 * «Коммерческая политика»: prices and special prices (by offering), the discount approval matrix
 * and the payment terms from `resolveClients` (the same limits the lead regulation and the job
 * descriptions state), credit limits, the overdue-receivables procedure by day, and how
 * discounts and unpaid sales reach the bonus base.
 */
import { companyUnits } from '../../core/business/units.ts';
import { resolveClients, type ResolvedDiscount } from '../../core/profile/clients.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatPercent } from '../../core/text/format.ts';
import { countNoun } from '../../core/text/plural.ts';
import { OFFERING_CHARTER } from '../charter/offering-prose.ts';
import { buildClientsView, type PolicyView } from '../shared/clients.ts';
import { buildCommonView, capitalize, type CommonView, type TitleView } from '../shared/common.ts';
import { crmRoles, type CrmRoles } from '../shared/crm-roles.ts';
import { includes } from '../shared/include.ts';
import { BUYERS, OFFERING_POLICY, type OfferingPolicy } from './offering-prose.ts';

export interface DiscountRow {
  title: string;
  limit: string;
  /** Who approves a larger discount, with that one's own limit: «Руководитель отдела продаж (до 10 %)». */
  above: string;
}

export interface OverdueStep {
  id: string;
  day: string;
  action: string;
  who: string;
}

export interface CommercialPolicyView extends CommonView {
  roles: CrmRoles;
  /** The one who approves prices and the policy: the director (an entrepreneur: the employer). */
  approver: TitleView;
  prose: OfferingPolicy;
  /** What the company does for its buyers, after «Компания»: «продаёт товары клиентам — организациям и …». */
  sells: string;
  /** What the policy lets positions grant, after «предоставляет»: no deferral under prepayment only. */
  grants: string;
  /** The prices' name at the start of a sentence: «Прайс-лист». */
  priceListCap: string;
  policy: PolicyView;
  discounts: DiscountRow[];
  /** The largest discount anyone may give, printed: «12 %»; null without discount limits. */
  topLimit: string | null;
  /** The director is the last in the chain: nobody gives more. */
  capped: boolean;
  deferral: boolean;
  /** «30 календарных дней». */
  deferralDays: string | null;
  creditApprover: TitleView;
  /** «по данным 1С:Управление торговлей». */
  paidBy: string;
  overdue: OverdueStep[];
  /** Who takes over a debt unpaid after the claim: the legal service, or the director. */
  claimBy: string;
  payBasis: string;
  /** Some position is paid on gross profit or margin: a discount lowers the bonus twice over. */
  marginPay: boolean;
  dealers: boolean;
  tenders: boolean;
  marketplaces: boolean;
  hasMotivation: boolean;
  hasLeadRegulation: boolean;
  hasSegmentation: boolean;
  hasSalesStandard: boolean;
  bossIsHead: boolean;
}

function titleOf(common: CommonView, id: string): TitleView {
  if (id === 'director') return common.director.position;
  return common.positions.find((p) => p.id === id)?.title ?? common.director.position;
}

function discountRows(discounts: ResolvedDiscount[], common: CommonView): DiscountRow[] {
  return discounts.map((d, i) => {
    // The nearest next one with a larger limit approves (a peer with the same limit cannot).
    const next = discounts.slice(i + 1).find((n) => n.maxPct > d.maxPct);
    const above = next
      ? `${titleOf(common, next.position).nom} (до ${formatPercent(next.maxPct)})`
      : d.position === 'director'
        ? 'не предоставляется'
        : common.director.position.nom;
    return { title: titleOf(common, d.position).nom, limit: `до ${formatPercent(d.maxPct)}`, above };
  });
}

function marginPaid(profile: Profile): boolean {
  const kpi = profile.kpis.some((k) => k.items.some((i) => i.kpi === 'gross-profit' || i.kpi === 'gross-margin'));
  const scheme = profile.motivation.some((m) => m.scheme === 'revenue-percent' && m.base === 'margin');
  return kpi || scheme;
}

export function buildCommercialPolicyView(profile: Profile): CommercialPolicyView {
  const common = buildCommonView(profile);
  const roles = crmRoles(common, profile);
  const clients = buildClientsView(profile, common);
  const resolved = resolveClients(profile).commercialPolicy;
  const prose = OFFERING_POLICY[profile.company.offering];
  const units = companyUnits(profile);
  const accounting = profile.processes.accounting;
  const channels = new Set((profile.company.channels ?? []).map((c) => c.type));
  const owner = 'Ответственный за клиента';
  const boss = roles.boss;
  const approver = clients.policy.approver;
  const claimBy = units.has('legal') ? 'Юридическая служба' : common.director.position.nom;
  const last = resolved.discounts.at(-1);
  const overdue: OverdueStep[] = [
    {
      id: 'reminder',
      day: '1-й день просрочки',
      action:
        'напоминание клиенту письмом и звонком с указанием суммы, счёта и даты платежа; обещанная клиентом дата оплаты записывается ' +
        common.crmLoc,
      who: owner,
    },
    {
      id: 'call',
      day: '3-й день',
      action: 'звонок лицу, принимающему решение у клиента; выяснение причины задержки, согласование графика погашения',
      who: owner,
    },
    {
      id: 'stop',
      day: '5-й день',
      action: `приостанавливаются: ${prose.stop}`,
      who: `${owner}; исключение согласует ${approver.nom}`,
    },
    {
      id: 'escalation',
      day: '10-й день',
      action: `переговоры с руководителем клиента, предупреждение о претензии${clients.policy.deferral ? '; кредитный лимит клиента обнуляется до погашения' : ''}`,
      who: roles.bossIsHead ? boss.nom : common.director.position.nom,
    },
    {
      id: 'claim',
      day: '30-й день',
      action: 'письменная претензия с требованием оплаты и неустойки, предусмотренной договором; решение о взыскании в судебном порядке',
      who: units.has('legal') ? `${claimBy} по поручению ${common.director.position.gen}` : claimBy,
    },
  ];
  return {
    ...common,
    roles,
    approver: common.director.position,
    prose,
    sells: `${prose.purpose.sells.text} ${BUYERS[profile.company.salesModel][prose.purpose.sells.buyers]}`,
    grants: clients.policy.deferral ? 'скидки, особые цены и отсрочку платежа' : 'скидки и особые цены',
    priceListCap: capitalize(prose.priceList),
    policy: clients.policy,
    discounts: discountRows(resolved.discounts, common),
    topLimit: last ? formatPercent(last.maxPct) : null,
    capped: last?.position === 'director',
    deferral: clients.policy.deferral,
    deferralDays: clients.policy.deferral
      ? countNoun(resolved.maxDeferralDays, { one: 'календарного дня', few: 'календарных дней', many: 'календарных дней' })
      : null,
    creditApprover: approver,
    paidBy: accounting ? `по данным ${accounting}` : 'по данным учётной системы Компании',
    overdue,
    claimBy,
    payBasis: OFFERING_CHARTER[profile.company.offering].payBasis,
    marginPay: marginPaid(profile),
    dealers: channels.has('dealers'),
    tenders: channels.has('tenders'),
    marketplaces: channels.has('marketplaces'),
    hasMotivation: includes(profile, 'motivation'),
    hasLeadRegulation: includes(profile, 'lead-regulation'),
    hasSegmentation: includes(profile, 'segmentation'),
    hasSalesStandard: includes(profile, 'sales-standard'),
    bossIsHead: roles.bossIsHead,
  };
}
