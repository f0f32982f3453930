/**
 * The view of «Дорожная карта внедрения системы управления продажами»: phases in the order
 * organisation → people → automation, the KPI introduction stages with a trial in which pay is
 * computed «in shadow», each step with its responsible position and its weeks counted from the
 * approval date (and the calendar dates when the profile gives that date).
 */
import type { Profile } from '../../core/profile/schema.ts';
import { includes } from '../shared/include.ts';
import { formatDateLong, formatDateShort } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { firstMonday, funnelGapStep, roadmapWeeks } from '../shared/funnel-gap.ts';
import { formatCount } from '../shared/plan-values.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { weekdayPhrase } from '../charter/view.ts';
import { leaderOf, positionsWithRole, type LeaderView } from '../shared/leader.ts';

export interface RoadmapRow {
  number: number;
  action: string;
  responsible: string;
  term: string;
  result: string;
}

export interface RoadmapPhase {
  /** The section's stable id in the template (`organisation`, `people`, `automation`). */
  id: string;
  title: string;
  intro: string;
  rows: RoadmapRow[];
}

export interface RoadmapView extends CommonView {
  leader: LeaderView;
  phases: RoadmapPhase[];
  /** «18 января 2027 г.» — the Monday week 1 starts on; null without an approval date. */
  startDate: string | null;
  endDate: string | null;
  durationText: string;
  trialText: string;
  weeklyDay: string | null;
  monthlyMeeting: boolean;
}

interface Step {
  action: string;
  responsible: string;
  from: number;
  to: number;
  result: string;
}

export { firstMonday };

export function buildRoadmapView(profile: Profile): RoadmapView {
  const common = buildCommonView(profile);
  const leader = leaderOf(common);
  const lead = leader.title.nom;
  const director = common.director.position.nom;
  const crm = profile.processes.crm;
  const approval = profile.documents.approvalDate;
  const monday = approval ? firstMonday(approval) : null;
  const weeks = monday ? roadmapWeeks(monday) : null;

  const term = (from: number, to: number): string => {
    const span = from === to ? `нед. ${from}` : `нед. ${from}–${to}`;
    if (!weeks) return span;
    return `${span}, с ${formatDateShort(weeks.start(from))} по ${formatDateShort(weeks.end(to))}`;
  };

  const kpiPositions = common.positions.filter((p) => profile.kpis.some((k) => k.position === p.id)).map((p) => p.title.lc.gen);
  const leadGen = positionsWithRole(common, 'lead-generation');
  const accounts = positionsWithRole(common, 'key-account-manager');
  const marketing = positionsWithRole(common, 'marketing-manager');
  const meetings = profile.processes.meetings;
  const weeklyDay = weekdayPhrase(meetings.weekly);
  const docs = {
    charter: includes(profile, 'charter'),
    jobs: includes(profile, 'job-description'),
    plan: includes(profile, 'sales-plan'),
    planning: includes(profile, 'planning-regulation'),
    lead: includes(profile, 'lead-regulation'),
    crmReg: crm !== null && includes(profile, 'crm-regulation'),
    kpi: includes(profile, 'kpi-card'),
    motivation: includes(profile, 'motivation'),
    segmentation: includes(profile, 'segmentation'),
    policy: includes(profile, 'commercial-policy'),
    standard: includes(profile, 'sales-standard'),
  };
  // The strategy step: the pack may already approve the segments and the stages; then the step applies them.
  const approvedStrategy = [
    ...(docs.segmentation ? ['«Сегментация клиентов и стратегия продаж»'] : []),
    ...(docs.standard ? ['«Стандарт продаж»'] : []),
  ];
  const packActs = [
    ...(docs.charter ? ['Положением об Отделе'] : []),
    ...(docs.jobs ? ['должностными инструкциями'] : []),
    ...(docs.segmentation ? ['документом «Сегментация клиентов и стратегия продаж»'] : []),
    ...(docs.policy ? ['Коммерческой политикой'] : []),
    ...(docs.standard ? ['Стандартом продаж'] : []),
  ];

  const organisation: Step[] = [
    {
      action: 'Экспресс-аудит системы продаж: цели, структура, воронка, планирование, отчётность, мотивация',
      responsible: lead,
      from: 1,
      to: 2,
      // When the director runs the audit himself there is nobody to agree it with.
      result: leader.isDirector
        ? 'перечень недостатков и мер по их устранению'
        : `перечень недостатков, согласованный с ${common.director.position.ins}`,
    },
    approvedStrategy.length > 0
      ? {
          action: `Применение утверждённых вместе с настоящей Дорожной картой документов ${joinAnd(approvedStrategy)}: ${[
            ...(docs.segmentation ? ['сегмент и ответственный записаны у каждого клиента'] : []),
            ...(docs.standard ? ['этапы сделки и нормы активности доведены до каждого работника'] : []),
            ...(docs.policy ? ['пределы скидок и кредитные лимиты клиентов записаны'] : []),
          ].join('; ')}`,
          responsible: lead,
          from: 2,
          to: 4,
          result: docs.segmentation
            ? 'клиентская база разделена по сегментам, ответственные назначены'
            : 'работники работают по этапам и нормам Стандарта',
        }
      : {
          action:
            'Уточнение стратегии продаж: целевые сегменты клиентов, технология продаж для каждого сегмента, этапы воронки продаж с критериями перехода',
          responsible: lead,
          from: 2,
          to: 4,
          result: 'утверждённые сегменты и воронка продаж',
        },
    // Documents of the pack are approved with it (and this roadmap): the roadmap acquaints staff with
    // them and applies them; it approves only what the pack does not contain.
    {
      action: packActs.length
        ? `Утверждение штатного расписания Отдела; ознакомление работников под подпись с ${joinAnd(packActs)}, утверждёнными вместе с настоящей Дорожной картой`
        : 'Утверждение структуры и штатной численности Отдела',
      responsible: director,
      from: 4,
      to: 5,
      result: packActs.length
        ? 'штатное расписание утверждено, листы ознакомления подписаны'
        : 'документы утверждены и подписаны работниками',
    },
    {
      action: docs.plan
        ? `Распределение Плана продаж на ${profile.plan.year} год, утверждённого вместе с настоящей Дорожной картой, по месяцам, работникам и ключевым клиентам`
        : `Утверждение плана продаж на ${profile.plan.year} год и его распределение по месяцам, работникам и ключевым клиентам`,
      responsible: lead,
      from: 5,
      to: 6,
      result: docs.plan ? 'личные планы подписаны работниками' : 'утверждённый годовой план, личные планы подписаны',
    },
    {
      action: `Введение ${docs.planning ? 'Регламента планирования и отчётности' : 'порядка планирования и отчётности'}: формы отчётов, сроки, календарь совещаний`,
      responsible: lead,
      from: 6,
      to: 9,
      result: 'первый месяц, закрытый по Регламенту: планы подписаны, отчёты сданы в срок, протоколы совещаний оформлены',
    },
  ];
  const gap = funnelGapStep(profile);
  if (gap) {
    // The funnel cannot feed the plan: the lead flow the reverse funnel needs, or a revised plan.
    organisation.push({
      action:
        `Закрытие разрыва между планом и воронкой продаж: рост потока лидов до ${formatCount(gap.leadsTarget)} в месяц (сейчас ${formatCount(gap.leadsNow)})` +
        (docs.plan ? ` или другая мера из Плана продаж на ${profile.plan.year} год` : ' или повышение конверсии воронки'),
      responsible: marketing[0]?.title.nom ?? lead,
      from: gap.from,
      to: gap.to,
      result:
        `поток не менее ${countNoun(gap.leadsTarget, NOUNS.lead)} в месяц по данным ${crm ?? 'учёта обращений'}; ` +
        `если он не достигнут — ${common.director.position.dat} представлены предложения о пересмотре плана новых продаж по итогам квартала`,
    });
  }
  if (docs.lead) {
    organisation.push({
      action: 'Введение Регламента обработки заявок и передачи клиентов: срок первого ответа, распределение заявок, закрепление клиентов',
      responsible: lead,
      from: 7,
      to: 9,
      result: 'заявки распределяются и обрабатываются в установленный срок',
    });
  }

  const people: Step[] = [
    {
      action: 'Согласование целей Отдела и каждого работника: разъяснение плана, обсуждение вклада каждого в его выполнение',
      responsible: lead,
      from: 8,
      to: 9,
      result: 'цели доведены до каждого работника',
    },
    {
      action:
        'Корректировка процессов продаж под систему показателей: какие данные, кем и когда фиксируются, как рассчитывается каждый показатель',
      responsible: lead,
      from: 9,
      to: 10,
      result: 'для каждого показателя определены источник данных и порядок расчёта',
    },
    {
      action: `Критерии оценки по каждой должности${kpiPositions.length ? `: показатели, веса и планы для ${kpiPositions.join(', ')}` : ''}`,
      responsible: lead,
      from: 10,
      to: 11,
      result: docs.kpi ? 'карты KPI по должностям' : 'перечень показателей по должностям',
    },
    {
      action: 'Построение системы мотивации: соотношение оклада и премии, зависимость премии от выполнения KPI, ограничения',
      responsible: director,
      from: 11,
      to: 12,
      result: docs.motivation ? 'проект Положения о мотивации' : 'проект системы мотивации',
    },
    {
      action: 'Разъяснение системы показателей и мотивации каждому работнику на индивидуальной встрече с расчётом его премии на примерах',
      responsible: lead,
      from: 13,
      to: 13,
      result: 'каждый работник понимает, за что и сколько получит',
    },
  ];
  for (const p of leadGen) {
    people.push({
      action: `Обучение: ${p.title.nom} — квалификация обращений и передача их продавцам`,
      responsible: lead,
      from: 12,
      to: 13,
      result: 'единые критерии квалификации обращений',
    });
  }
  for (const p of accounts) {
    people.push({
      action: `Закрепление ключевых клиентов за должностью «${p.title.nom}» и план работы с каждым`,
      responsible: lead,
      from: 12,
      to: 13,
      result: 'перечень ключевых клиентов с ответственными',
    });
  }
  people.push(
    {
      action:
        'Пробный период: премия рассчитывается «в тени» по новой схеме параллельно с действующей, расхождения разбираются ежемесячно с работниками',
      responsible: lead,
      from: 14,
      to: 26,
      result: 'три месяца расчётов по обеим схемам, исправленные показатели и веса, достоверные данные',
    },
    {
      action: 'Запуск: приказ о введении системы показателей и мотивации, ознакомление работников под подпись',
      responsible: director,
      from: 27,
      to: 28,
      result: 'первая выплата премии по новой схеме',
    },
  );

  const automation: Step[] = [];
  if (crm) {
    automation.push(
      {
        action: `Настройка ${crm}${docs.crmReg ? ` по Регламенту работы в ${crm}` : ''}: этапы воронки, обязательные поля, задачи по каждой открытой сделке`,
        responsible: lead,
        from: 10,
        to: 14,
        result: `все клиенты и сделки ведутся в ${crm}, сделок без задач нет`,
      },
      {
        action: `Отчёты и расчёт показателей в ${crm}: отчёты Отдела строятся из записей системы, а не заполняются вручную`,
        responsible: lead,
        from: 15,
        to: 20,
        result: `KPI рассчитываются по данным ${crm}`,
      },
    );
  } else {
    automation.push(
      {
        action: 'Выбор CRM-системы: требования Отдела, сравнение двух-трёх систем, расчёт стоимости владения',
        responsible: director,
        from: 14,
        to: 17,
        result: 'решение о выборе системы',
      },
      {
        action: 'Внедрение выбранной CRM-системы: перенос клиентской базы, настройка воронки и отчётов, обучение работников',
        responsible: lead,
        from: 18,
        to: 26,
        result: 'клиенты, сделки и контакты ведутся в одной системе',
      },
    );
  }
  if (marketing.length) {
    automation.push({
      action: `Сквозной учёт источников обращений: ${marketing.map((p) => p.title.nom).join(', ')} передаёт данные о каналах в учёт Отдела`,
      responsible: marketing[0]?.title.nom ?? lead,
      from: 16,
      to: 20,
      result: 'стоимость обращения и сделки по каждому каналу',
    });
  }

  let n = 0;
  const rows = (steps: Step[]): RoadmapRow[] =>
    steps
      .sort((a, b) => a.from - b.from || a.to - b.to)
      .map((s) => ({ number: ++n, action: s.action, responsible: s.responsible, term: term(s.from, s.to), result: s.result }));
  const phases: RoadmapPhase[] = [
    {
      id: 'organisation',
      title: 'Организационные решения',
      intro:
        'Сначала определяются цели, воронка, структура Отдела и порядок планирования: без них показатели и мотивацию не к чему привязать.',
      rows: rows(organisation),
    },
    {
      id: 'people',
      title: 'Решения по персоналу: показатели и мотивация',
      intro:
        'Система показателей вводится в шесть этапов: согласование целей, корректировка процессов, критерии по должностям, мотивация, разъяснение каждому работнику и пробный период.',
      rows: rows(people),
    },
    {
      id: 'automation',
      title: 'Автоматизация',
      intro: crm
        ? `Автоматизация закрепляет введённый порядок в ${crm}, чтобы данные для планов, отчётов и премий собирались без ручного труда.`
        : 'Автоматизация закрепляет введённый порядок в учётной системе, чтобы данные для планов, отчётов и премий собирались без ручного труда.',
      rows: rows(automation),
    },
  ];
  const lastWeek = Math.max(...[...organisation, ...people, ...automation].map((s) => s.to));
  return {
    ...common,
    leader,
    phases,
    startDate: monday ? formatDateLong(monday) : null,
    endDate: weeks ? formatDateLong(weeks.end(lastWeek)) : null,
    durationText: countNoun(lastWeek, NOUNS.week),
    trialText: countNoun(3, NOUNS.month),
    weeklyDay,
    monthlyMeeting: meetings.monthly,
  };
}
