/**
 * The view of «Сводка для собственника»: what the pack holds and the order to introduce it, the
 * key figures from the math (the same figures, formatted the same way, as the sales plan and the
 * motivation regulation print), every warning of the profile in plain words with its fix, and the
 * roadmap's first three steps with their dates.
 */
import { mathChecks, payFor, payrollCheck } from '../../core/math/index.ts';
import { validateProfile } from '../../core/profile/validate.ts';
import type { Issue } from '../../core/profile/issues.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { hasBonusWorkbook } from '../../core/workbook/meta.ts';
import { buildRoadmapView } from '../roadmap/view.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import type { DocumentMeta, PackContext } from '../shared/define.ts';
import { includes } from '../shared/include.ts';
import { payPeriodWords } from '../shared/pay-period.ts';
import { meta } from './meta.ts';
import { plainWarnings, type PlainWarning } from './warnings.ts';

export interface SummaryDocument {
  number: number;
  name: string;
  what: string;
}

export interface SummaryPosition {
  title: string;
  headcount: number;
  /** «месяц», «квартал», «год»: the period the pay is for. */
  period: string;
  at80: string;
  at100: string;
  at120: string;
}

export interface SummaryStep {
  action: string;
  responsible: string;
  term: string;
}

export interface OwnerSummaryView extends CommonView {
  year: number;
  documents: SummaryDocument[];
  roadmap: boolean;
  motivation: boolean;
  figures: {
    revenue: string;
    grossMargin: string;
    marginPct: string;
    payroll: string;
    shareOfMargin: string;
    shareOfRevenue: string;
    maxShare: string;
    allowed: string;
    over: boolean;
  };
  pay: SummaryPosition[];
  warnings: PlainWarning[];
  steps: SummaryStep[];
  /** Steps carry calendar dates (the profile has an approval date). */
  dated: boolean;
}

/** The order of introduction: the plan of it first, then structure, plan, routines, CRM, and pay last. */
const ORDER = [
  'roadmap',
  'order',
  'charter',
  'segmentation',
  'commercial-policy',
  'job-description',
  'sales-standard',
  'sales-plan',
  'planning-regulation',
  'report-forms',
  'lead-regulation',
  'handover-act',
  'crm-regulation',
  'kpi-card',
  'motivation',
  'contract-addendum',
  'onboarding-plan',
] as const;

function known(profile: Profile, id: string): { name: string; what: string } | null {
  const crm = profile.processes.crm;
  switch (id) {
    case 'roadmap':
      return { name: 'Дорожная карта внедрения', what: 'план внедрения: мероприятия, ответственные и сроки; с неё начинается работа' };
    case 'charter':
      return { name: 'Положение об отделе продаж', what: 'место отдела в компании, его задачи, функции, права и ответственность' };
    case 'job-description':
      return { name: 'Должностные инструкции', what: 'обязанности, права и ответственность работника каждой должности' };
    case 'sales-plan':
      return {
        name: `План продаж на ${profile.plan.year} год`,
        what: 'план выручки и новых клиентов по месяцам и работникам, воронка продаж',
      };
    case 'planning-regulation':
      return {
        name: 'Регламент планирования и отчётности',
        what: 'как составляются планы, какие отчёты сдаются и когда проходят совещания',
      };
    case 'lead-regulation':
      return {
        name: 'Регламент обработки заявок и передачи клиентов',
        what: 'срок ответа на заявку, распределение заявок и закрепление клиентов',
      };
    case 'crm-regulation':
      return crm === null
        ? {
            name: 'Рекомендации по выбору и внедрению CRM-системы',
            what: 'как выбрать систему учёта клиентов и сделок и подготовить её внедрение',
          }
        : { name: `Регламент работы в ${crm}`, what: `что, кем и когда вносится в ${crm}` };
    case 'kpi-card':
      return { name: 'Карты KPI', what: 'показатели, их веса и планы для каждой должности' };
    case 'motivation':
      return {
        name: 'Положение о мотивации',
        what: 'оклады, премии и шкалы; новая схема вводится после пробного расчёта премий параллельно с действующей',
      };
    case 'order':
      return {
        name: 'Приказ о введении в действие',
        what: 'вводит документы пакета в действие и назначает, кто знакомит с ними работников',
      };
    case 'segmentation':
      return {
        name: 'Сегментация клиентов и стратегия продаж',
        what: 'группы клиентов по выручке, кто и как часто с ними работает, план по каналам продаж',
      };
    case 'commercial-policy':
      return { name: 'Коммерческая политика', what: 'кто какую скидку даёт, условия оплаты и отсрочки, работа с просроченными долгами' };
    case 'sales-standard':
      return { name: 'Стандарт продаж', what: 'этапы сделки, нормы активности по должностям и схемы разговоров с клиентами' };
    case 'report-forms':
      return { name: 'Формы отчётов и совещаний', what: 'бланки отчётов и протоколов совещаний, которые требует регламент' };
    case 'handover-act':
      return { name: 'Акт передачи клиента', what: 'бланк, по которому клиент переходит от одного работника к другому' };
    case 'contract-addendum':
      return {
        name: 'Дополнительные соглашения к трудовым договорам',
        what: 'делают новую схему оплаты условием трудового договора; подписываются с каждым работником до первого периода по ней',
      };
    case 'onboarding-plan':
      return { name: 'Планы адаптации', what: 'что новый работник изучает и делает в первые месяцы и какой план выполняет' };
    default:
      return null;
  }
}

function packDocuments(profile: Profile, metas: ReadonlyArray<DocumentMeta>): SummaryDocument[] {
  const ids = metas.map((m) => m.id).filter((id) => id !== meta.id && includes(profile, id));
  const rank = (id: string) => {
    const i = (ORDER as readonly string[]).indexOf(id);
    // A document this summary does not know (a firm's own) stands with the routines, before the KPI and the pay.
    return i === -1 ? ORDER.indexOf('crm-regulation') + 0.5 : i;
  };
  const ordered = [...ids].sort((a, b) => rank(a) - rank(b));
  const rows = ordered.map((id) => {
    const own = known(profile, id);
    const m = metas.find((d) => d.id === id);
    return own ?? { name: m?.name ?? id, what: (m?.summary ?? '').replace(/\.$/, '') };
  });
  if (hasBonusWorkbook(profile)) {
    rows.push({
      name: 'Расчёт премий (таблица Excel)',
      what: includes(profile, 'motivation')
        ? 'бухгалтер вносит факт по показателям, таблица считает премию и итог к начислению по шкалам Положения о мотивации'
        : 'бухгалтер вносит факт по показателям, таблица считает премию и итог к начислению по утверждённым шкалам',
    });
  }
  return rows.map((r, i) => ({ number: i + 1, ...r }));
}

function steps(profile: Profile, common: CommonView): SummaryStep[] {
  if (!includes(profile, 'roadmap')) return [];
  // The roadmap calls an entrepreneur «Работодатель», a term it defines; this note is written to him.
  const who = (responsible: string) =>
    common.org.isEntrepreneur && responsible === common.director.position.nom ? 'вы лично' : responsible;
  return buildRoadmapView(profile)
    .phases.flatMap((p) => p.rows)
    .slice(0, 3)
    .map((r) => ({ action: r.action, responsible: who(r.responsible), term: r.term }));
}

export function buildOwnerSummaryView(profile: Profile, context?: PackContext): OwnerSummaryView {
  const common = buildCommonView(profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  const payroll = payrollCheck(profile);
  // The warnings the user was shown; built alone (a test, the contract check), the same checks again.
  const checked = context?.warnings ?? recheck(profile);
  const positions = profile.department.positions.map((p) => {
    const at = (a: number) => payFor(profile, p.id, a);
    const pay100 = at(100);
    return {
      title: common.positions.find((v) => v.id === p.id)?.title.nom ?? p.title,
      headcount: p.headcount,
      period: payPeriodWords(pay100.period).nom,
      at80: money(at(80).total),
      at100: money(pay100.total),
      at120: money(at(120).total),
    };
  });
  return {
    ...common,
    year: profile.plan.year,
    documents: packDocuments(profile, context?.documents ?? ORDER.map((id) => ({ id, name: id, summary: '', perPosition: false }))),
    roadmap: includes(profile, 'roadmap'),
    motivation: includes(profile, 'motivation'),
    figures: {
      revenue: money(profile.plan.revenue),
      grossMargin: money(payroll.grossMargin),
      marginPct: formatPercent(profile.plan.grossMarginPct, 1),
      payroll: money(payroll.annual),
      shareOfMargin: formatPercent(payroll.shareOfMarginPct, 1),
      shareOfRevenue: formatPercent(payroll.shareOfRevenuePct, 2),
      maxShare: formatPercent(payroll.maxSharePct, 1),
      allowed: money(payroll.allowed),
      over: payroll.over,
    },
    pay: positions,
    warnings: plainWarnings(checked, { kpiCards: includes(profile, 'kpi-card') }),
    steps: steps(profile, common),
    dated: profile.documents.approvalDate !== null,
  };
}

/** The profile's own warnings and the math's, as check-data.ts gathers them (not the migration's: the profile is already current). */
function recheck(profile: Profile): readonly Issue[] {
  const result = validateProfile(profile);
  return [...result.warnings, ...(result.ok ? mathChecks(profile, { cliffThresholds: false }) : [])];
}
