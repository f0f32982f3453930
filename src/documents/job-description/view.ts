/**
 * The view of «Должностная инструкция»: one per position of the department. Catalog content is
 * adapted to the company (wording.ts), duties are completed from the profile (duties.ts),
 * rights, responsibility and relationships come from content.ts. Plan figures never appear:
 * the instruction names the KPIs and points to the KPI card. Duties and rights are clauses with
 * ids (`{ id, text }`), which the template writes as `1. {#id} text`.
 */
import { includes } from '../shared/include.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import { roleMission } from '../shared/missions.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { buildCommonView, type CommonView, type PositionView, type TitleView } from '../shared/common.ts';
import { buildJobContext, type JobContext } from './context.ts';
import {
  CLIENT_FACING,
  colleaguesOf,
  departmentsOf,
  functionsOf,
  listItem,
  mustKnowOf,
  requirementsOf,
  responsibilityOf,
  rightsOf,
  type Relation,
} from './content.ts';
import { buildDuties, kpiName, type Clause } from './duties.ts';
import { adaptText } from './wording.ts';
import { lowerFirst } from '../../core/text/names.ts';
import { positionContext } from '../../core/math/index.ts';
import { payPeriodWords } from '../shared/pay-period.ts';
import { table } from '../../core/input/lookup.ts';

/** The period of the variable part in the pay clause: named when it is not the month. */
function payPeriodOf(profile: Profile, positionId: string): string {
  const words = payPeriodWords(positionContext(profile, positionId).payPeriod);
  return words.monthly ? 'периода' : words.gen;
}

const PERIOD_TEXT = table<string>({ month: 'за месяц', quarter: 'за квартал', year: 'за год' });

export interface JobDescriptionView extends CommonView {
  position: PositionView;
  /** «специалистов», «руководителей». */
  categoryGen: string;
  superior: TitleView;
  superiorIsDirector: boolean;
  /** «по представлению Руководителя отдела продаж», or null. */
  nominatedBy: string | null;
  /** «Менеджер по продажам (4 штатные единицы)» for each direct subordinate position. */
  subordinates: string[];
  /** Who performs the duties during absence: a finished clause. */
  deputy: string;
  /** «Работник выполняет личный план продаж…» — the mission in lower case, no final stop; null for a custom role. */
  mission: string | null;
  /** «Руководствуется» list items, the last without its full stop. */
  guidedBy: string[];
  requirements: string[];
  mustKnow: string[];
  functions: string[];
  /** Duties and rights, each a clause with its id: a catalog key, a generated id or `own-N`. */
  duties: Clause[];
  rights: Clause[];
  liability: {
    /** Labour law in the instrumental: «Трудовым кодексом Российской Федерации». */
    labour: string;
    /** «административным, уголовным и гражданским законодательством Российской Федерации». */
    offences: string;
    /** «трудовым и гражданским законодательством Российской Федерации». */
    damage: string;
    /** RU: «в пределах прямого действительного ущерба в соответствии со статьёй 238 …»; null elsewhere. */
    direct: string | null;
    /** «в соответствии со статьёй 192 …» or «в порядке, установленном Трудовым кодексом …». */
    discipline: string;
  };
  responsibility: string[];
  kpi: {
    /** «выручка (оплаченные продажи) — за месяц». */
    items: string[];
    /** The KPI card is part of the pack. */
    card: boolean;
    /** «Карта KPI: Менеджер по продажам». */
    cardTitle: string;
  };
  pay: {
    /** The position has a variable part (not salary-only). */
    variable: boolean;
    /** The motivation regulation is part of the pack. */
    motivationDoc: boolean;
    paySystems: string | null;
    /** «квартала», «года» for a bonus paid per quarter or year (motivation[].period); «периода» for a monthly one, as before periods existed. */
    periodGen: string;
  };
  relations: {
    colleagues: Relation[];
    /** What the employee does with colleagues in the same position (headcount > 1), or null. */
    samePosition: string | null;
    departments: Relation[];
    clients: boolean;
  };
  /** «Положением об отделе продаж» exists in the pack. */
  charterIncluded: boolean;
  charterTitle: string;
  /** The newcomer's onboarding plan and probation, a whole sentence; null when the pack has no onboarding plan. */
  onboarding: string | null;
}

/** Every position of the department gets its instruction. */
export function jobDescriptionPositions(profile: Profile): string[] {
  return profile.department.positions.map((p) => p.id);
}

/** «законодательства Российской Федерации» → « Российской Федерации»; nothing for a generic phrase. */
function countrySuffix(legislationGen: string): string {
  return legislationGen.startsWith('законодательства ') ? ` ${legislationGen.slice('законодательства '.length)}` : '';
}

function deputyClause(ctx: JobContext): string {
  const absent = 'На время отсутствия Работника (отпуск, временная нетрудоспособность, командировка)';
  const own = ctx.view.title.lc.gen;
  if (ctx.position.headcount > 1) {
    const by = ctx.superiorIsDirector ? `приказом ${ctx.director.gen}` : `${ctx.superior.ins}`;
    return `${absent} его обязанности исполняет другой работник, занимающий должность ${own}, ${ctx.superiorIsDirector ? 'назначенный' : 'определённый'} ${by}.`;
  }
  if (ctx.isHead || ctx.superiorIsDirector) {
    return ctx.isHead
      ? `${absent} его обязанности исполняет работник Отдела, назначенный приказом ${ctx.director.gen}.`
      : `${absent} его обязанности исполняет ${ctx.superior.nom} или работник, назначенный его приказом.`;
  }
  return `${absent} его обязанности исполняет ${ctx.superior.nom} или работник, назначенный приказом ${ctx.director.gen}.`;
}

function samePositionText(ctx: JobContext): string {
  const colleagues = `с другими работниками, занимающими должность ${ctx.view.title.lc.gen}`;
  const cover = `и по решению ${ctx.superiorIsDirector ? ctx.director.gen : ctx.superior.gen} замещает их на время отсутствия`;
  if (ctx.role === 'sales-manager' || ctx.role === 'key-account-manager') {
    return `Работник распределяет работу ${colleagues}, так, чтобы с одним клиентом не работали одновременно два работника, ${cover}.`;
  }
  if (ctx.role === 'lead-generation') {
    return `Работник согласует базы обзвона ${colleagues}, чтобы один потенциальный клиент не получал звонки от двух работников, ${cover}.`;
  }
  return `Работник обменивается сведениями о текущей работе ${colleagues}, ${cover}.`;
}

function guidedBy(profile: Profile, ctx: JobContext, common: CommonView): string[] {
  // A named code takes «и иными актами…»; the generic «трудовым законодательством …» already covers them.
  const code = /^\p{Lu}/u.test(common.law.labourLawIns);
  const list = [
    code ? `${common.law.labourLawIns} и иными нормативными правовыми актами, содержащими нормы трудового права` : common.law.labourLawIns,
  ];
  if (common.org.hasCharter) list.push('уставом Компании');
  list.push('правилами внутреннего трудового распорядка Компании');
  list.push(`приказами и распоряжениями ${ctx.director.gen}${ctx.superiorIsDirector ? '' : `, указаниями ${ctx.superior.gen}`}`);
  if (includes(profile, 'charter')) list.push(`Положением ${common.dept.about}`);
  const regulations: string[] = [];
  if (includes(profile, 'planning-regulation')) regulations.push('Регламентом планирования и отчётности');
  if (profile.processes.crm && includes(profile, 'crm-regulation')) regulations.push(`Регламентом работы в ${profile.processes.crm}`);
  if (includes(profile, 'lead-regulation')) regulations.push('Регламентом обработки заявок и передачи клиентов');
  list.push(regulations.length > 0 ? `регламентами Отдела: ${regulations.join(', ')}` : 'регламентами Отдела');
  if (includes(profile, 'segmentation')) list.push('документом «Сегментация клиентов и стратегия продаж»');
  if (includes(profile, 'commercial-policy')) list.push('Коммерческой политикой Компании');
  if (includes(profile, 'sales-standard')) list.push('Стандартом продаж');
  if (ctx.kpiItems.length > 0 && includes(profile, 'kpi-card'))
    list.push('картой ключевых показателей эффективности (KPI) своей должности');
  if (includes(profile, 'motivation')) list.push('Положением о мотивации работников Отдела');
  list.push('настоящей должностной инструкцией');
  return list;
}

export function buildJobDescriptionView(profile: Profile, positionId: string): JobDescriptionView {
  const common = buildCommonView(profile);
  const ctx = buildJobContext(profile, positionId, common);
  const law = common.law;
  const country = countrySuffix(law.legislationGen);
  const head = common.head;
  // A custom role has no mission of its own: its functions, listed next, say what it does.
  const missionSource = ctx.catalog ? adaptText(roleMission(ctx.catalog.id, profile.company.offering), ctx).text : null;
  const mission = missionSource ? lowerFirst(missionSource.replace(/[.;]\s*$/u, '')) : null;
  const scheme = profile.motivation.find((m) => m.position === positionId)?.scheme ?? 'salary-only';
  return {
    ...common,
    position: ctx.view,
    categoryGen: ctx.category === 'руководитель' ? 'руководителей' : 'специалистов',
    superior: ctx.superior,
    superiorIsDirector: ctx.superiorIsDirector,
    nominatedBy: head && !ctx.isHead ? `по представлению ${head.title.gen}` : null,
    subordinates: ctx.view.subordinates,
    deputy: deputyClause(ctx),
    mission,
    guidedBy: guidedBy(profile, ctx, common),
    requirements: requirementsOf(ctx),
    mustKnow: mustKnowOf(ctx),
    functions: functionsOf(ctx).map(listItem),
    duties: buildDuties(ctx),
    rights: rightsOf(ctx),
    liability: {
      labour: law.labourLawIns,
      offences: `административным, уголовным и гражданским законодательством${country}`,
      damage: `трудовым и гражданским законодательством${country}`,
      direct: law.materialLiability,
      discipline: law.discipline ?? `в порядке, установленном ${law.labourLawIns}`,
    },
    responsibility: responsibilityOf(ctx),
    kpi: {
      items: ctx.kpiItems.map(
        (item) => `${kpiName(item)}${item.scope === 'department' ? ' по Отделу' : ''} — ${PERIOD_TEXT[item.period] ?? ''}`,
      ),
      card: includes(profile, 'kpi-card'),
      cardTitle: `Карта KPI: ${ctx.view.title.nom}`,
    },
    pay: {
      variable: scheme !== 'salary-only',
      motivationDoc: includes(profile, 'motivation'),
      paySystems: law.paySystems,
      periodGen: payPeriodOf(profile, ctx.position.id),
    },
    relations: {
      colleagues: colleaguesOf(ctx),
      samePosition: ctx.position.headcount > 1 ? samePositionText(ctx) : null,
      departments: departmentsOf(ctx),
      clients: CLIENT_FACING.has(ctx.role),
    },
    charterIncluded: includes(profile, 'charter'),
    charterTitle: `Положения ${common.dept.about}`,
    onboarding: onboardingSentence(profile, ctx.position, common.positions.find((p) => p.id === positionId)?.title.lc.gen ?? ''),
  };
}

/** «Работник, впервые принятый на должность, проходит адаптацию по Плану адаптации …». */
function onboardingSentence(profile: Profile, position: { probationMonths: number }, titleGen: string): string | null {
  if (!includes(profile, 'onboarding-plan')) return null;
  const probation =
    position.probationMonths > 0
      ? `; выполнение плана учитывается при оценке результата испытания (испытательный срок при приёме на должность — ${countNoun(position.probationMonths, NOUNS.month)})`
      : '';
  return `Работник, впервые принятый на должность, в первые месяцы работы проходит адаптацию по Плану адаптации ${titleGen}${probation}.`;
}
