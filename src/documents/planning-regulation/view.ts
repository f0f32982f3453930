/**
 * The view of «Регламент планирования и отчётности»: the planning calendar of the plan year,
 * the profile's regular reports, the meetings it holds, the decision rules for deviations and
 * the forecast. Dates and example figures are computed here; the template only places them.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { reportById } from '../../core/catalog.ts';
import { formatDateLong, formatDateShort, formatMoney, formatPercent } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { weekdayPhrase } from '../charter/view.ts';
import { includes } from '../shared/include.ts';
import { crmWording, leaderOf, type LeaderView } from '../shared/leader.ts';
import { companyChannels } from '../../core/business/units.ts';
import { REPORT_CONTENT } from './report-prose.ts';
import { meetingAgendas, type MeetingAgendas } from './meetings.ts';
import { CHANNEL_PLANNING, OFFERING_PLANNING, type OfferingPlanning, type Symptom } from './offering-prose.ts';

export interface CalendarRow {
  level: string;
  prepares: string;
  approves: string;
  deadline: string;
}

export interface ReportView {
  /** The report's catalog id (`weekly-pipeline`), for clause ids. */
  id: string;
  name: string;
  frequency: string;
  prepares: string;
  recipient: string;
  deadline: string;
  form: string;
  content: string[];
}

export interface MeetingView {
  length: string;
  participants: string;
}

export interface PlanningRegulationView extends CommonView {
  leader: LeaderView;
  year: number;
  prevYear: number;
  dates: {
    annualDraft: string;
    annualApproved: string;
    quarterly: string;
    /** The approval date when the pack is approved after the annual draft deadline: this year's plan is approved with the pack. */
    annualWithPack: string | null;
  };
  calendar: CalendarRow[];
  /** «в Битрикс24» / «в учётной базе клиентов». */
  clientPlanPlace: string;
  reports: ReportView[];
  meetings: {
    any: boolean;
    /** «еженедельного совещания и совещания по итогам месяца»: the meetings that keep a protocol. */
    protocolOf: string;
    daily: MeetingView | null;
    weekly: (MeetingView & { day: string }) | null;
    monthly: MeetingView | null;
  };
  statuses: Array<{ status: string; range: string }>;
  symptoms: Symptom[];
  example: { monthPlan: string; fact: string; proRata: string; share: string; forecast: string; remaining: string; coverage: string };
  documents: {
    salesPlan: boolean;
    segmentation: boolean;
    salesStandard: boolean;
    motivation: boolean;
    kpiCard: boolean;
    reportForms: boolean;
  };
  /** The meetings' agendas, item by item (the protocol forms print the same). */
  agendas: MeetingAgendas;
  business: Omit<OfferingPlanning, 'breakdown' | 'symptoms' | 'daily' | 'weekly' | 'monthly'> & {
    breakdown: string;
    /** One planning clause per sales channel other than direct sales, with its clause id. */
    channels: Array<{ id: string; text: string }>;
  };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

export function buildPlanningRegulationView(profile: Profile): PlanningRegulationView {
  const common = buildCommonView(profile);
  const leader = leaderOf(common);
  const year = profile.plan.year;
  const prev = year - 1;
  const director = common.director.position;
  const leaderNom = leader.title.nom;
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

  const quarterly = [2, 3, 4].map((q) => `на ${ROMAN[q - 1]} квартал — до ${formatDateShort(iso(year, (q - 1) * 3, 20))}`);

  // A pack approved after the draft deadline cannot set that deadline for this year: this year's plan
  // is approved with the pack, and the December deadlines apply from the next year on.
  const approval = profile.documents.approvalDate;
  const annualWithPack = approval !== null && approval > iso(prev, 12, 1) ? formatDateLong(approval) : null;
  const calendar: CalendarRow[] = [
    {
      level: `Годовой план Отдела на ${year} год с разбивкой по кварталам и месяцам`,
      prepares: leaderNom,
      approves: director.nom,
      deadline: annualWithPack
        ? `на ${year} год — вместе с настоящим Регламентом (${annualWithPack}); на следующие годы: проект — до 1 декабря, утверждение — до 20 декабря предшествующего года`
        : `проект — до ${formatDateLong(iso(prev, 12, 1))}, утверждение — до ${formatDateLong(iso(prev, 12, 20))}`,
    },
    {
      level: 'Квартальный план Отдела (уточнение годового)',
      prepares: leaderNom,
      approves: director.nom,
      deadline: `до 20-го числа последнего месяца предыдущего квартала: ${quarterly.join('; ')}`,
    },
    {
      level: 'Месячный план Отдела и личные планы работников',
      prepares: leaderNom,
      approves: director.nom,
      deadline: 'проект — до 25-го числа предыдущего месяца, утверждение — не позднее последнего рабочего дня предыдущего месяца',
    },
    {
      level: 'План работника в разрезе клиентов и сделок',
      prepares: 'каждый работник, имеющий личный план',
      approves: leaderNom,
      deadline: 'до 3-го рабочего дня планируемого месяца',
    },
  ];

  const ownerTitles = (role: string): string => {
    if (role === 'director') return director.nom;
    const holders = common.positions.filter((p) => p.role === role).map((p) => p.title.nom);
    if (holders.length) return joinAnd(holders);
    return leaderNom;
  };
  const reports: ReportView[] = profile.processes.reports.map((id) => {
    const r = reportById(id);
    const prepares = ownerTitles(r.owner);
    let recipient = ownerTitles(r.recipient);
    if (recipient === prepares) recipient = 'работникам Отдела для обсуждения на совещании';
    const headGen = leader.title.lc.gen;
    const form = crmWording(r.form, profile).replace(/руководителя отдела продаж/g, headGen);
    return {
      id,
      name: r.name,
      frequency: r.frequencyText,
      prepares,
      recipient,
      deadline: r.deadline,
      form,
      content: (REPORT_CONTENT[id]?.[profile.company.offering] ?? r.content).map((c) => crmWording(c, profile)),
    };
  });

  const staff = common.positions.filter((p) => !p.isHead).map((p) => p.title.nom);
  const staffText = staff.length ? `работники Отдела (${joinAnd(staff)})` : 'работники Отдела';
  const { meetings } = profile.processes;
  const weekday = weekdayPhrase(meetings.weekly);
  const withDirector = common.head ? `; по приглашению — ${director.nom}` : '';
  const chairNote = `${leaderNom} (ведёт совещание)`;

  const offering = profile.company.offering;
  const prose = OFFERING_PLANNING[offering];
  const channelClauses = companyChannels(profile).flatMap((c) =>
    c.type === 'direct' ? [] : [{ id: `channel-${c.type}`, text: CHANNEL_PLANNING[c.type](formatPercent(c.sharePct, 0)) }],
  );
  const monthPlan = profile.plan.revenue / 12;
  // A month of 21 working days, 10 of them worked; the fact is 42 % of the month's plan.
  const fact = Math.round((monthPlan * 0.42) / 1000) * 1000;
  const proRata = (monthPlan * 10) / 21;
  const forecast = (fact / 10) * 21;
  const remaining = monthPlan - fact;
  const crmLoc = common.crmLoc;
  const escalation = common.head
    ? `подключение ${common.head.title.lc.gen} или ${director.gen} к переговорам`
    : `личное участие ${director.gen} в переговорах`;

  return {
    ...common,
    leader,
    year,
    prevYear: prev,
    dates: {
      annualDraft: formatDateLong(iso(prev, 12, 1)),
      annualApproved: formatDateLong(iso(prev, 12, 20)),
      quarterly: quarterly.join('; '),
      annualWithPack,
    },
    calendar,
    clientPlanPlace: crmLoc,
    reports,
    meetings: {
      any: meetings.daily || weekday !== null || meetings.monthly,
      protocolOf:
        [weekday ? 'еженедельного совещания' : null, meetings.monthly ? 'совещания по итогам месяца' : null]
          .filter((x): x is string => x !== null)
          .join(' и ') || 'планёрки, на которой выявлено отклонение от плана',
      daily: meetings.daily ? { length: '10–15 минут', participants: `${chairNote}, ${staffText}` } : null,
      weekly: weekday ? { day: weekday, length: 'от 30 до 60 минут', participants: `${chairNote}, ${staffText}${withDirector}` } : null,
      monthly: meetings.monthly
        ? { length: 'до 90 минут', participants: `${chairNote}, ${staffText}${common.head ? `, ${director.nom}` : ''}` }
        : null,
    },
    statuses: [
      { status: 'зелёный', range: '95 % и более' },
      { status: 'жёлтый', range: 'от 80 до 95 %' },
      { status: 'красный', range: 'менее 80 %' },
    ],
    symptoms: [
      ...prose.symptoms,
      {
        symptom: 'Активность (звонки, встречи, коммерческие предложения) ниже нормы',
        cause: 'слабая дисциплина, перегрузка, непрофильная работа',
        action: `ежедневные нормы активности${includes(profile, 'sales-standard') ? ' по Стандарту продаж' : ''}, снятие с работника несвойственных задач, проверка записей ${crmLoc}`,
      },
      {
        symptom: 'Активность в норме, конверсия в сделку низкая',
        cause: 'недостаток навыков, слабые обращения, неработающие скрипты',
        action: 'разбор записей звонков и встреч, наставничество, ролевые тренировки, уточнение критериев квалификации обращений',
      },
      {
        symptom: 'Конверсия в норме, средний чек мал',
        cause: 'лишние скидки, предложение без дополнительных позиций и услуг',
        action: 'соблюдение пределов скидок, предложения допродажи, комплексные предложения',
      },
      {
        symptom: 'Воронка меньше трёхкратного остатка плана',
        cause: 'мало новых обращений',
        action: 'дополнительный поиск клиентов, возобновление работы с «уснувшими» клиентами, целевая акция',
      },
      {
        symptom: 'Крупные сделки переносятся',
        cause: 'длинный цикл сделки, нет выхода на лицо, принимающее решение',
        action: `разбор сделки, ${escalation}, пересмотр ожидаемых дат закрытия`,
      },
      ...(offering === 'goods'
        ? []
        : [
            {
              symptom: 'Продажи в норме, оплата запаздывает',
              cause: 'рост дебиторской задолженности',
              action: 'график погашения долга, согласованный с клиентом, премия только с оплаченной выручки',
            },
          ]),
      {
        symptom: 'План не может быть выполнен ни при каких мерах',
        cause: 'ошибка планирования или резкое изменение рынка',
        action: `перераспределение объёма между клиентами и работниками, поддержка маркетинговыми мерами; изменение плана — только приказом ${director.gen}`,
      },
    ],
    example: {
      monthPlan: formatMoney(monthPlan, profile.currency),
      fact: formatMoney(fact, profile.currency),
      proRata: formatMoney(proRata, profile.currency),
      share: formatPercent((fact / proRata) * 100),
      forecast: formatMoney(forecast, profile.currency),
      remaining: formatMoney(remaining, profile.currency),
      coverage: formatMoney(remaining * 3, profile.currency),
    },
    documents: {
      salesPlan: includes(profile, 'sales-plan'),
      segmentation: includes(profile, 'segmentation'),
      salesStandard: includes(profile, 'sales-standard'),
      motivation: includes(profile, 'motivation'),
      kpiCard: includes(profile, 'kpi-card'),
      reportForms: includes(profile, 'report-forms'),
    },
    agendas: meetingAgendas(profile.company.offering, includes(profile, 'sales-standard')),
    business: {
      fact: prose.fact,
      terms: prose.terms,
      breakdown: prose.breakdown(crmLoc),
      rootCause: prose.rootCause,
      forecast: prose.forecast,
      funnel: prose.funnel,
      annualBasis: prose.annualBasis.replace('{prev}', String(prev)),
      allocation: prose.allocation,
      channels: channelClauses,
    },
  };
}
