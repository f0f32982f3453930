/**
 * The view of «План адаптации» of one position: the three months of the plan (or up to the end of a
 * longer probation) with what the newcomer learns, does and is measured on, the newcomer's revenue
 * plan by month of work from the math (`rampUpRevenuePlan`), the mentor and the probation review
 * as the country's labour law has it.
 */
import { kpiName } from '../../core/math/kpi-meta.ts';
import { positionContext } from '../../core/math/position.ts';
import { rampUpRevenuePlan } from '../../core/math/ramp-up.ts';
import { resolveClients } from '../../core/profile/clients.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import { BLANKS, type Blanks } from '../shared/blanks.ts';
import { buildCommonView, type CommonView, type PositionView, type TitleView } from '../shared/common.ts';
import { crmRoles } from '../shared/crm-roles.ts';
import { includes } from '../shared/include.ts';
import { salesPipeline } from '../shared/pipeline.ts';
import { rampUpText } from '../shared/ramp-up.ts';
import { MEETINGS_ACC, MEETINGS_PRE, OFFERING_ONBOARDING, ROLE_LEARNS, ROLE_STEPS } from './steps.ts';

export interface StageView {
  id: string;
  /** «Этап 1. Первые 30 дней». */
  name: string;
  learns: string;
  does: string;
  measured: string;
}

export interface RampRow {
  /** «1-й». */
  month: string;
  share: string;
  plan: string;
}

export interface OnboardingPlanView extends CommonView {
  position: PositionView;
  superior: TitleView;
  blank: Blanks;
  /** The mentor: a whole sentence. */
  mentor: string;
  /** What the weekly meeting with the mentor goes through, after «разбирает». */
  mentorReview: string;
  /** Several seats: the mentor is a colleague, not the superior. */
  colleagueMentor: boolean;
  stages: StageView[];
  /** The newcomer's revenue plan by month of work, or null when the position carries no personal revenue plan. */
  ramp: { rows: RampRow[]; full: string; text: string; salesPlan: boolean } | null;
  /** The shares of the personal plan where the plan is not revenue: «в первый месяц работы — 50 % …», or null. */
  rampShares: string | null;
  /** The position's KPI names, quoted, joined; null without KPIs. */
  kpis: string | null;
  probation: {
    /** «3 месяца»; null: no probation. */
    length: string | null;
    /** When the review meeting is held: a whole sentence. */
    review: string;
    /** How an unsatisfactory result is notified: a whole sentence, or null without probation. */
    notice: string | null;
    /** A probation shorter than the plan: what happens after it; or null. */
    shorter: string | null;
  };
  /** Rows of the evaluation sheet. */
  criteria: string[];
  docs: { kpiCard: boolean; motivation: boolean; jobDescription: boolean };
}

/** What the weekly meeting with the mentor goes through, by role, after «разбирает». */
const MENTOR_REVIEW: Partial<Record<string, string>> = {
  'head-of-sales': 'его решения и результаты Отдела',
  'team-lead': 'его решения и результаты группы',
  'lead-generation': 'его звонки и квалификацию обращений',
  'sales-assistant': 'подготовленные им документы',
  'tender-specialist': 'подготовленные им заявки',
  'marketing-manager': 'его кампании и их результаты',
};

const ORDINAL = ['1-й', '2-й', '3-й', '4-й', '5-й', '6-й', '7-й', '8-й', '9-й', '10-й', '11-й', '12-й'];
const ORDINAL_GEN = ['1-го', '2-го', '3-го', '4-го', '5-го', '6-го', '7-го', '8-го', '9-го', '10-го', '11-го', '12-го'];
const IN_ORDINAL_GEN = ['первого', 'второго', 'третьего', 'четвёртого', 'пятого', 'шестого'];

const sentence = (items: readonly string[]) => {
  const text = items.join('; ');
  return `${text.charAt(0).toLocaleUpperCase('ru-RU')}${text.slice(1)}.`;
};

export function buildOnboardingPlanView(profile: Profile, positionId: string): OnboardingPlanView {
  const common = buildCommonView(profile);
  const position = common.positions.find((p) => p.id === positionId) as PositionView;
  const source = positionContext(profile, positionId);
  const superior = position.reportsTo;
  const offering = profile.company.offering;
  const words = {
    offering: OFFERING_ONBOARDING[offering],
    crmLoc: common.crmLoc,
    meetings: MEETINGS_ACC[offering],
    meetingsPre: MEETINGS_PRE[offering],
    superiorGen: superior.gen,
    directorGen: common.director.position.gen,
  };
  const role = position.role as keyof typeof ROLE_STEPS;
  const does = (ROLE_STEPS[role] ?? ROLE_STEPS.custom)(words);
  const pipeline = salesPipeline(crmRoles(common, profile), common, profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  // The head of sales runs the department; a team lead is a player-coach who learns the product like a seller.
  const isLeader = role === 'head-of-sales';
  const personalPlan = source.items.some((i) => i.scope === 'personal');
  const sells = role === 'sales-manager' || role === 'key-account-manager' || (role === 'team-lead' && personalPlan);

  // What the newcomer reads first: the pack's documents about this seat, as the pack holds them.
  const docs = {
    jobDescription: includes(profile, 'job-description'),
    kpiCard: includes(profile, 'kpi-card') && source.items.length > 0,
    motivation: includes(profile, 'motivation'),
  };
  const ownDocs = [
    docs.jobDescription ? 'свою должностную инструкцию' : 'свои обязанности',
    ...(docs.kpiCard ? ['карту KPI'] : []),
    ...(docs.motivation ? ['Положение о мотивации работников Отдела'] : []),
  ];
  const limit = resolveClients(profile).commercialPolicy.discounts.find((d) => d.position === positionId);
  const funnel = pipeline.stages
    .filter((s) => s.name !== pipeline.lost)
    .map((s) => `«${s.name}»`)
    .join(', ');

  const rampPlan = rampUpRevenuePlan(profile, positionId);
  const rampMeasure = (month: number): string[] => {
    const row = rampPlan?.find((r) => r.month === month);
    if (!rampPlan || !row) return [];
    return [
      `план выручки ${ORDINAL_GEN[month - 1]} месяца работы — ${formatPercent(row.sharePct, 0)} личного плана, ${money(row.plan)} в средний месяц`,
    ];
  };
  const kpiNames = source.items.map((i) => `«${kpiName(i)}»`);
  const kpis = kpiNames.length ? kpiNames.join(', ') : null;

  const roleLearns = ROLE_LEARNS[role]?.(words);
  const later: [string[], string[]] = roleLearns
    ? [roleLearns[1], roleLearns[2]]
    : isLeader
      ? [
          ['систему планирования, отчёты и совещания Отдела', words.offering.product],
          ['экономику Отдела: выручку, валовую маржу, фонд оплаты труда и их связь с планом'],
        ]
      : [
          [`документы сделки: ${words.offering.documents}`, 'типичные возражения клиентов и ответы на них по разборам с наставником'],
          ['анализ своей воронки и планирование месяца', 'опыт лучших сделок Отдела по разборам на совещаниях'],
        ];
  const learns: [string[], string[], string[]] = [
    [
      `${ownDocs.join(', ')} и регламенты Отдела`,
      ...(isLeader ? [] : [words.offering.product]),
      ...(roleLearns?.[0] ?? []),
      `воронку продаж: этапы ${funnel} и условия перехода между ними`,
      profile.processes.crm
        ? `работу в ${profile.processes.crm}: карточки клиентов и сделок, задачи, отчёты`
        : 'порядок ведения учётной базы клиентов',
      ...(limit && limit.maxPct > 0
        ? [`коммерческую политику, в том числе свой предел скидки без согласования — ${formatPercent(limit.maxPct)}`]
        : []),
    ],
    ...later,
  ];

  const measured: [string[], string[], string[]] = [
    [
      isLeader
        ? `перечень первых изменений согласован с ${superior.ins}`
        : 'зачёт по продукту, воронке продаж и документам Отдела, который принимает наставник',
      `записи ${common.crmLoc} по своей работе полны и сделаны в срок`,
      ...rampMeasure(1),
    ],
    [
      ...(sells || role === 'lead-generation' ? ['выход на дневные нормы активности должности'] : []),
      ...rampMeasure(2),
      ...(isLeader ? ['совещания и разборы отклонений проведены в установленные сроки'] : []),
      ...(role === 'team-lead'
        ? ['разбор воронки группы проводится еженедельно, по каждому работнику группы есть записи обратной связи']
        : []),
    ],
    [
      ...rampMeasure(3),
      ...(kpis ? [`выполнение показателей ${docs.kpiCard ? 'карты KPI' : 'должности'}: ${kpis}`] : []),
      'итоговая оценка по листу оценки',
    ],
  ];
  if (measured[1].length === 0) measured[1].push('самостоятельное выполнение задач месяца без замечаний наставника');

  const names = ['Первые 30 дней', 'С 31-го по 60-й день', 'С 61-го по 90-й день'];
  const stages: StageView[] = names.map((name, i) => ({
    id: `stage-${i + 1}`,
    name: `Этап ${i + 1}. ${name}`,
    learns: sentence(learns[i] as string[]),
    does: sentence(does[i] as string[]),
    measured: sentence(measured[i] as string[]),
  }));

  const months = profile.department.positions.find((p) => p.id === positionId)?.probationMonths ?? 0;
  if (months > 3) {
    stages.push({
      id: 'stage-4',
      name: `Этап 4. С 4-го по ${ORDINAL[months - 1]} месяц (до окончания испытательного срока)`,
      learns: sentence(['то, что по итогам первых этапов наставник отметил как недостаточное']),
      does: sentence([isLeader ? 'руководит Отделом самостоятельно' : 'работает самостоятельно по полному плану']),
      measured: sentence([...(kpis ? [`выполнение показателей: ${kpis}`] : []), 'итоговая оценка по листу оценки']),
    });
  }

  const colleagueMentor = position.headcount > 1 && !isLeader;
  const mentor = colleagueMentor
    ? `Наставника назначает ${superior.nom} из опытных работников той же должности до первого рабочего дня нового работника; если такого работника нет, наставником является сам ${superior.nom}.`
    : `Наставником нового работника является ${superior.nom}.`;

  const length = months > 0 ? countNoun(months, NOUNS.month) : null;
  const ru = profile.company.country === 'RU';
  const reviewer = colleagueMentor ? `${superior.nom} вместе с наставником` : superior.nom;
  const review =
    length === null
      ? `Испытательный срок при приёме на должность не устанавливается. По окончании 90 дней ${reviewer} проводит с работником итоговую встречу по листу оценки и решает, закончена ли адаптация.`
      : colleagueMentor
        ? `Испытательный срок — ${length}. Не позднее чем за две недели до его окончания ${reviewer} проводит с работником итоговую встречу по листу оценки, и ${superior.nom} решает, выдержано ли испытание.`
        : `Испытательный срок — ${length}. Не позднее чем за две недели до его окончания ${superior.nom} проводит с работником итоговую встречу по листу оценки и решает, выдержано ли испытание.`;
  const notice =
    length === null
      ? null
      : ru
        ? 'О неудовлетворительном результате испытания работник предупреждается в письменной форме не позднее чем за три дня до расторжения трудового договора с указанием причин, послуживших основанием для признания его не выдержавшим испытание (статья 71 Трудового кодекса Российской Федерации).'
        : `О неудовлетворительном результате испытания работник предупреждается в письменной форме с указанием причин в порядке и сроки, установленные ${common.law.labourLawIns}.`;
  const shorter =
    months > 0 && months < 3
      ? `Испытательный срок заканчивается раньше плана: итоговая встреча по испытанию проводится по итогам ${IN_ORDINAL_GEN[months - 1]} месяца, а остальные этапы работник проходит после испытания, с той же отметкой наставника.`
      : null;

  const rampRows =
    rampPlan?.map((r) => ({ month: ORDINAL[r.month - 1] as string, share: formatPercent(r.sharePct, 0), plan: money(r.plan) })) ?? [];
  const fullPlan = rampPlan?.at(-1);
  const checked = Math.max(1, Math.min(months || 3, rampPlan?.length ?? 0));
  const criteria = [
    isLeader ? 'Перечень первых изменений и его выполнение' : 'Зачёт по продукту, воронке продаж и документам Отдела',
    `Полнота и своевременность записей ${common.crmLoc}`,
    ...(sells || role === 'lead-generation' ? ['Выход на дневные нормы активности'] : []),
    ...(rampPlan ?? [])
      .filter((r) => r.month <= checked)
      .map(
        (r) => `План выручки ${ORDINAL_GEN[r.month - 1]} месяца работы: ${money(r.plan)} (${formatPercent(r.sharePct, 0)} личного плана)`,
      ),
    ...source.items.map((i) => `Показатель «${kpiName(i)}»`),
  ];

  return {
    ...common,
    position,
    superior,
    blank: BLANKS,
    mentor,
    mentorReview: MENTOR_REVIEW[role] ?? 'его сделки и записи разговоров',
    colleagueMentor,
    stages,
    ramp:
      rampPlan && fullPlan
        ? { rows: rampRows, full: money(fullPlan.plan), text: rampUpText(profile.plan.rampUp), salesPlan: includes(profile, 'sales-plan') }
        : null,
    rampShares: !rampPlan && personalPlan ? rampUpText(profile.plan.rampUp) : null,
    kpis,
    probation: { length, review, notice, shorter },
    criteria,
    docs,
  };
}
