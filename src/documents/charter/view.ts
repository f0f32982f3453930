/** The view of «Положение об отделе продаж». */
import type { Profile } from '../../core/profile/schema.ts';
import { kpiById, reportById } from '../../core/catalog.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { GENITIVE_NOUNS, countNoun } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { packDocumentTitles } from '../shared/document-titles.ts';
import { companyChannels, companyUnits } from '../../core/business/units.ts';
import { JURISDICTIONS } from '../../core/law/jurisdictions.ts';
import { COMPANY_UNITS, type CompanyUnit, type Offering } from '../../core/profile/ids.ts';
import { channelFunction, type ChannelFunction } from './channel-prose.ts';
import { OFFERING_CHARTER, type OfferingCharter } from './offering-prose.ts';
import { unitRows, type UnitRow } from './unit-prose.ts';
import { resolveClients } from '../../core/profile/clients.ts';
import { includes } from '../shared/include.ts';
import { table } from '../../core/input/lookup.ts';

const WEEKDAYS = table<string>({
  monday: 'по понедельникам',
  tuesday: 'по вторникам',
  wednesday: 'по средам',
  thursday: 'по четвергам',
  friday: 'по пятницам',
  saturday: 'по субботам',
  sunday: 'по воскресеньям',
});

const PERIOD_SHORT = table<string>({ month: 'за месяц', quarter: 'за квартал', year: 'за год' });

export interface CharterView extends CommonView {
  plan: {
    year: number;
    revenue: string;
    averageMonth: string;
    grossMargin: string;
    newClientsText: string;
    recurringShare: string | null;
  };
  has: { marketing: boolean; leadGeneration: boolean; keyAccounts: boolean; assistant: boolean };
  /** Documents of the pack the charter refers to: named only when the pack includes them. */
  docs: { jobs: boolean; kpi: boolean; motivation: boolean; planning: boolean; lead: boolean; handoverAct: boolean };
  hasSpecialisation: boolean;
  specialisation: string[];
  leadResponseText: string;
  meetings: { daily: boolean; weekly: string | null; monthly: boolean };
  reports: Array<{ name: string; frequency: string }>;
  kpiRows: Array<{ title: string; kpis: string }>;
  documents: string[];
  clientTransferOnLeave: boolean;
  business: Omit<OfferingCharter, 'cycle'> & {
    /** The deal-cycle sentence, or null when the profile gives no cycle. */
    cycle: string | null;
    /** Rules the department follows beyond labour law, in the instrumental, as list items. */
    norms: string[];
    channels: ChannelFunction[];
    units: UnitRow[];
    /** The discount limits and payment terms of the commercial policy, as one clause's text. */
    policy: string;
    /** The sentence on the services the company lacks, whose matters go to the director, or null. */
    absentServices: string | null;
  };
}

const CONTRACT_NORMS: Record<Offering, string> = {
  goods: 'условиями договоров поставки и спецификаций, заключённых с клиентами',
  services: 'условиями договоров на оказание услуг, тарифами и соглашениями об уровне сервиса',
  projects: 'условиями договоров на выполнение работ, сметами и календарными планами проектов',
  subscription: 'условиями договоров (оферты) и тарифами на подписку',
  production: 'условиями договоров и спецификаций на изготовление продукции',
};

/** Services whose absence the charter mentions: the service in the genitive and what goes to the director instead. */
const SERVICE_SUBJECTS: Partial<Record<CompanyUnit, { unit: string; matter: string }>> = {
  legal: { unit: 'юридической службы', matter: 'проекты договоров с изменёнными условиями' },
  hr: { unit: 'службы персонала', matter: 'заявки на подбор работников' },
  finance: { unit: 'финансовой службы', matter: 'кредитные лимиты и отсрочки платежа' },
};

const PAYMENT_TERMS = {
  prepayment: () => 'работа с клиентами ведётся на условиях предоплаты',
  deferral: (days: string) => `клиентам может предоставляться отсрочка платежа до ${days}`,
  mixed: (days: string) => `работа ведётся на условиях предоплаты или отсрочки платежа до ${days}`,
} as const;

function policyText(profile: Profile, common: CommonView): string {
  const policy = resolveClients(profile).commercialPolicy;
  const title = (id: string) => (id === 'director' ? common.director.position : common.positions.find((p) => p.id === id)?.title);
  const limits = policy.discounts.map((d) => `${title(d.position)?.nom ?? d.position} — до ${formatPercent(d.maxPct, 0)}`);
  const directorListed = policy.discounts.some((d) => d.position === 'director');
  const discounts = `Предоставлять клиентам скидки от утверждённых цен без дополнительного согласования в пределах: ${limits.join('; ')}${
    directorListed ? '' : `; скидку сверх этих пределов согласует ${common.director.position.nom}`
  }.`;
  const days = countNoun(policy.maxDeferralDays, GENITIVE_NOUNS.day);
  const approver = title(policy.creditApprover)?.nom ?? policy.creditApprover;
  const terms = PAYMENT_TERMS[policy.paymentTerms](days);
  const credit = policy.paymentTerms === 'prepayment' ? '' : `; отсрочку и кредитный лимит клиенту согласует ${approver}`;
  return `${discounts} По условиям оплаты ${terms}${credit}.`;
}

function businessView(profile: Profile, common: CommonView): CharterView['business'] {
  const offering = profile.company.offering;
  const units = companyUnits(profile);
  const jurisdiction = JURISDICTIONS[profile.company.country];
  const channels = companyChannels(profile);
  const channelFunctions = channels
    .map((c) =>
      channelFunction(c.type, {
        owner: common.positions.find((p) => p.id === c.owner && !p.isHead)?.title.nom ?? null,
        procurementLawIns: jurisdiction.procurementLawIns,
        crmLoc: common.crmLoc,
        share: formatPercent(c.sharePct, 0),
      }),
    )
    .filter((f): f is ChannelFunction => f !== null);
  const types = new Set(channels.map((c) => c.type));
  const norms = [CONTRACT_NORMS[offering]];
  if (types.has('tenders') && jurisdiction.procurementLawIns)
    norms.push(`${jurisdiction.procurementLawIns} — при участии Компании в закупках`);
  if (types.has('dealers')) norms.push('условиями дилерских договоров');
  if (types.has('partners')) norms.push('условиями агентских договоров');
  // A department with its own marketer does not list marketing as another unit.
  const ownMarketer = profile.department.positions.some((p) => p.role === 'marketing-manager');
  const rows = unitRows(units, offering, COMPANY_UNITS).filter((r) => !(ownMarketer && r.unit === 'Маркетинг'));
  if (!units.has('accounting')) {
    rows.unshift({
      unit: 'Бухгалтер, ведущий учёт по договору',
      receives: 'сведения об оплатах и дебиторской задолженности',
      gives: 'заявки на выставление счетов, подписанные клиентами документы',
    });
  }
  const absent = COMPANY_UNITS.flatMap((unit) => {
    const service = SERVICE_SUBJECTS[unit];
    return service && !units.has(unit) ? [service] : [];
  });
  return {
    ...OFFERING_CHARTER[offering],
    cycle: common.org.cycleDaysText ? OFFERING_CHARTER[offering].cycle(common.org.cycleDaysText) : null,
    norms,
    channels: channelFunctions,
    units: rows,
    policy: policyText(profile, common),
    absentServices: absent.length
      ? `В Компании нет ${joinAnd(absent.map((a) => a.unit))}: ${joinAnd(absent.map((a) => a.matter))} Отдел согласует непосредственно с ${common.director.position.ins}.`
      : null,
  };
}

export function weekdayPhrase(weekday: string | null | false | undefined): string | null {
  if (!weekday) return null;
  return WEEKDAYS[weekday] ?? null;
}

export function buildCharterView(profile: Profile): CharterView {
  const common = buildCommonView(profile);
  const roles = new Set(profile.department.positions.map((p) => p.role));
  const titleOf = (role: string) => common.positions.filter((p) => p.role === role).map((p) => p.title.nom);
  const specialisation: string[] = [];
  const leadGen = titleOf('lead-generation');
  const sellers = titleOf('sales-manager');
  const accounts = titleOf('key-account-manager');
  if (leadGen.length) specialisation.push(`поиск и квалификацию обращений ведёт ${joinAnd(leadGen)}`);
  if (sellers.length) specialisation.push(`сделки с новыми клиентами проводит ${joinAnd(sellers)}`);
  if (accounts.length) specialisation.push(`развитием ключевых клиентов занимается ${joinAnd(accounts)}`);
  const { plan, processes } = profile;
  const minutes = processes.leadResponseMinutes;
  return {
    ...common,
    plan: {
      year: plan.year,
      revenue: formatMoney(plan.revenue, profile.currency),
      averageMonth: formatMoney(plan.revenue / 12, profile.currency),
      grossMargin: formatPercent(plan.grossMarginPct),
      newClientsText: countNoun(plan.newClients, OFFERING_CHARTER[profile.company.offering].newClients),
      recurringShare: plan.recurringRevenuePct > 0 ? formatPercent(plan.recurringRevenuePct) : null,
    },
    has: {
      marketing: roles.has('marketing-manager'),
      leadGeneration: roles.has('lead-generation'),
      keyAccounts: roles.has('key-account-manager'),
      assistant: roles.has('sales-assistant'),
    },
    docs: {
      jobs: includes(profile, 'job-description'),
      kpi: includes(profile, 'kpi-card'),
      motivation: includes(profile, 'motivation'),
      planning: includes(profile, 'planning-regulation'),
      lead: includes(profile, 'lead-regulation'),
      handoverAct: includes(profile, 'handover-act'),
    },
    hasSpecialisation: specialisation.length >= 2,
    specialisation,
    // After «в течение» the count takes the genitive: «в течение 21 минуты», «15 минут».
    leadResponseText: countNoun(minutes, GENITIVE_NOUNS.minute),
    meetings: {
      daily: processes.meetings.daily,
      weekly: weekdayPhrase(processes.meetings.weekly),
      monthly: processes.meetings.monthly,
    },
    reports: processes.reports.map((id) => {
      const report = reportById(id);
      return { name: report.name, frequency: report.frequencyText };
    }),
    kpiRows: profile.kpis.map((entry) => {
      const title = common.positions.find((p) => p.id === entry.position)?.title.nom ?? entry.position;
      const kpis = entry.items.map((item) => {
        const name = item.kpi === 'custom' ? (item.name ?? '') : kpiById(item.kpi).name;
        return `${name} — ${PERIOD_SHORT[item.period]}, вес ${formatPercent(item.weight, 0)}`;
      });
      return { title, kpis: kpis.join('; ') };
    }),
    documents: packDocumentTitles(profile, common),
    clientTransferOnLeave: processes.clientTransferOnLeave,
    business: businessView(profile, common),
  };
}
