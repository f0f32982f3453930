/** The view of «Положение об отделе продаж». */
import type { Profile } from '../../core/profile/schema.ts';
import { kpiById, reportById } from '../../core/catalog.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { GENITIVE_NOUNS, countNoun } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { packDocumentTitles } from '../shared/document-titles.ts';
import { includes } from '../shared/include.ts';
import { companyUnits, suppliesGoods } from '../shared/units.ts';

const WEEKDAYS: Record<string, string> = {
  monday: 'по понедельникам',
  tuesday: 'по вторникам',
  wednesday: 'по средам',
  thursday: 'по четвергам',
  friday: 'по пятницам',
  saturday: 'по субботам',
  sunday: 'по воскресеньям',
};

const PERIOD_SHORT: Record<string, string> = { month: 'за месяц', quarter: 'за квартал', year: 'за год' };

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
  /** Rows of the interaction table: only units the company has (company.units), each its name or null. */
  units: { marketing: boolean; accounting: string; warehouse: string | null; legal: boolean; hr: boolean };
  /** Documents of the pack the charter refers to: named only when the pack includes them. */
  docs: { jobs: boolean; kpi: boolean; motivation: boolean; planning: boolean; lead: boolean };
  /** What the department may ask other units for, in the words of what the company sells. */
  requestSubjects: string;
  hasSpecialisation: boolean;
  specialisation: string[];
  leadResponseText: string;
  meetings: { daily: boolean; weekly: string | null; monthly: boolean };
  reports: Array<{ name: string; frequency: string }>;
  kpiRows: Array<{ title: string; kpis: string }>;
  documents: string[];
  clientTransferOnLeave: boolean;
}

export function weekdayPhrase(weekday: string | null | false | undefined): string | null {
  if (!weekday) return null;
  return WEEKDAYS[weekday] ?? null;
}

const REQUEST_SUBJECTS: Readonly<Record<Profile['company']['offering'], string>> = {
  goods: 'о наличии и сроках поставки товаров, ценах, условиях оплаты, состоянии расчётов с клиентами',
  production: 'о сроках изготовления и поставки продукции, ценах, условиях оплаты, состоянии расчётов с клиентами',
  services: 'о тарифах, сроках и условиях оказания услуг, условиях оплаты, состоянии расчётов с клиентами',
  projects: 'о сроках и стоимости работ, ценах, условиях оплаты, состоянии расчётов с клиентами',
  subscription: 'о тарифах и условиях подписки, условиях оплаты, состоянии расчётов с клиентами',
};

function interactionUnits(profile: Profile, ownMarketer: boolean): CharterView['units'] {
  const units = companyUnits(profile);
  const goods = suppliesGoods(profile);
  const warehouse =
    goods && units.has('warehouse') && units.has('logistics')
      ? 'Склад и логистика'
      : goods && units.has('warehouse')
        ? 'Склад'
        : goods && units.has('logistics')
          ? 'Служба логистики'
          : null;
  return {
    marketing: units.has('marketing') && !ownMarketer,
    accounting: units.has('finance')
      ? 'Бухгалтерия и финансовая служба'
      : units.has('accounting')
        ? 'Бухгалтерия'
        : 'Бухгалтер (работник или лицо, ведущее учёт по договору)',
    warehouse,
    legal: units.has('legal'),
    hr: units.has('hr'),
  };
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
      newClientsText: countNoun(plan.newClients, { one: 'нового клиента', few: 'новых клиентов', many: 'новых клиентов' }),
      recurringShare: plan.recurringRevenuePct > 0 ? formatPercent(plan.recurringRevenuePct) : null,
    },
    has: {
      marketing: roles.has('marketing-manager'),
      leadGeneration: roles.has('lead-generation'),
      keyAccounts: roles.has('key-account-manager'),
      assistant: roles.has('sales-assistant'),
    },
    units: interactionUnits(profile, roles.has('marketing-manager')),
    requestSubjects: REQUEST_SUBJECTS[profile.company.offering],
    docs: {
      jobs: includes(profile, 'job-description'),
      kpi: includes(profile, 'kpi-card'),
      motivation: includes(profile, 'motivation'),
      planning: includes(profile, 'planning-regulation'),
      lead: includes(profile, 'lead-regulation'),
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
  };
}
