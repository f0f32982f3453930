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

/** A stage of introduction and the documents it brings in, in the order to introduce them. */
export interface SummaryStage {
  number: number;
  title: string;
  /** The documents' names, joined: «Положение об отделе продаж; Должностные инструкции». */
  documents: string;
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
  stages: SummaryStage[];
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

/**
 * The stages of introduction: the plan of it and the order first, then the department's structure
 * and plan, its routines, and the indicators and pay last, once the sales data can be trusted.
 */
const STAGES: ReadonlyArray<{ title: string; ids: readonly string[] }> = [
  { title: 'Запуск', ids: ['roadmap', 'order'] },
  {
    title: 'Устройство отдела и план',
    ids: ['charter', 'segmentation', 'commercial-policy', 'job-description', 'sales-plan'],
  },
  {
    title: 'Порядок работы',
    ids: ['sales-standard', 'planning-regulation', 'report-forms', 'lead-regulation', 'handover-act', 'crm-regulation', 'onboarding-plan'],
  },
  { title: 'Показатели и оплата', ids: ['kpi-card', 'motivation', 'contract-addendum'] },
];
/** A document no stage names (a firm's own) is brought in with the routines. */
const ROUTINES = 2;

/** How the summary names a document: its title in this pack where it depends on the profile, else the kind. */
function documentName(profile: Profile, id: string, metas: ReadonlyArray<DocumentMeta>): string {
  if (id === 'sales-plan') return `План продаж на ${profile.plan.year} год`;
  if (id === 'crm-regulation') {
    const crm = profile.processes.crm;
    return crm === null ? 'Рекомендации по выбору и внедрению CRM-системы' : `Регламент работы в ${crm}`;
  }
  return metas.find((m) => m.id === id)?.name ?? id;
}

function packStages(profile: Profile, metas: ReadonlyArray<DocumentMeta>): SummaryStage[] {
  const ids = metas.map((m) => m.id).filter((id) => id !== meta.id && includes(profile, id));
  const stageOf = (id: string) => {
    const i = STAGES.findIndex((s) => s.ids.includes(id));
    return i === -1 ? ROUTINES : i;
  };
  const order = (id: string) => {
    const stage = STAGES[stageOf(id)]?.ids ?? [];
    const i = stage.indexOf(id);
    return stageOf(id) * 100 + (i === -1 ? 99 : i);
  };
  const names = STAGES.map(() => [] as string[]);
  for (const id of [...ids].sort((a, b) => order(a) - order(b))) names[stageOf(id)]?.push(documentName(profile, id, metas));
  if (hasBonusWorkbook(profile)) names[STAGES.length - 1]?.push('Расчёт премий (таблица Excel)');
  return STAGES.map((stage, i) => ({ title: stage.title, names: names[i] ?? [] }))
    .filter((stage) => stage.names.length > 0)
    .map((stage, i) => ({ number: i + 1, title: stage.title, documents: stage.names.join('; ') }));
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
    stages: packStages(
      profile,
      context?.documents ?? STAGES.flatMap((s) => s.ids).map((id) => ({ id, name: id, summary: '', perPosition: false })),
    ),
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
