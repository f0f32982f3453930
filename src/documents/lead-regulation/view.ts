/**
 * «Регламент обработки заявок и передачи клиентов»: channels, the first-response deadline,
 * distribution, qualification, the hand-offs between the positions the profile has, closing
 * reasons and, when the profile asks for it, client transfer on leave or dismissal.
 */
import { offered } from '../shared/offered.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { includes } from '../shared/include.ts';
import { countNoun } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import { crmRoles, GENITIVE, staleDaysGen, type CrmRoles } from '../shared/crm-roles.ts';
import { buildClientsView, type ClientsView } from '../shared/clients.ts';
import { salesPipeline, type SalesPipeline } from '../shared/pipeline.ts';

export interface LeadRegulationView extends CommonView {
  roles: CrmRoles;
  pipeline: SalesPipeline;
  clients: ClientsView;
  b2c: boolean;
  leadResponseGen: string;
  channels: string[];
  participants: Array<{ title: string; part: string }>;
  attemptsText: string;
  attemptsPeriodGen: string;
  qualification: Array<{ criterion: string; question: string; sign: string }>;
  closingReasons: Array<{ reason: string; action: string }>;
  staleGen: string;
  clientTransferOnLeave: boolean;
  hasMotivation: boolean;
  hasCrmRegulation: boolean;
  hasSegmentation: boolean;
  hasCommercialPolicy: boolean;
  hasSalesStandard: boolean;
  /** A hand-over is recorded in «Акт передачи клиента», a form of the pack. */
  hasHandoverAct: boolean;
}

function channels(profile: Profile, roles: CrmRoles): string[] {
  const list = [
    'входящие звонки на телефоны Компании, включая пропущенные',
    'заявки с сайта Компании (формы, онлайн-чат, обратный звонок)',
    'письма на общий и личные рабочие адреса электронной почты',
    'сообщения в мессенджерах и социальных сетях Компании',
    profile.company.salesModel === 'b2c' ? 'обращения покупателей в местах продаж' : 'выставки, отраслевые мероприятия и площадки закупок',
    'рекомендации действующих клиентов и партнёров',
  ];
  if (roles.marketing) list.push('рекламные кампании и рассылки, которые проводит ' + roles.marketing.title.nom);
  if (roles.leadGen) list.push('исходящий поиск потенциальных клиентов, который ведёт ' + roles.leadGen.title.nom);
  return list;
}

function participants(roles: CrmRoles, clients: ClientsView): Array<{ title: string; part: string }> {
  const out: Array<{ title: string; part: string }> = [];
  if (roles.marketing)
    out.push({ title: roles.marketing.title.nom, part: 'обеспечивает поток обращений, следит за указанием источника каждого обращения' });
  if (roles.leadToSeller && roles.leadGen)
    out.push({
      title: roles.leadGen.title.nom,
      part: 'принимает новые обращения, ведёт исходящий поиск, квалифицирует обращения и назначает встречи',
    });
  out.push({
    title: roles.seller.title.nom,
    part: roles.leadToSeller
      ? 'проводит встречи и ведёт сделки с новыми клиентами до оплаты'
      : 'принимает новые обращения, квалифицирует их и ведёт сделки с новыми клиентами до оплаты',
  });
  const handover = clients.handover;
  if (roles.sellerToAccount && roles.account) {
    const takes = handover !== null && handover.toId === roles.account.id;
    out.push({
      title: roles.account.title.nom,
      part: takes
        ? `принимает клиентов${handover.segments ? ` ${handover.segments}` : ''} ${handover.when} и развивает продажи действующим клиентам`
        : 'ведёт закреплённых за ним действующих клиентов и развивает продажи им',
    });
  }
  if (roles.assistant)
    out.push({ title: roles.assistant.title.nom, part: 'помогает регистрировать обращения, готовит счета и документы по сделкам' });
  out.push({
    title: roles.boss.nom,
    part: 'распределяет обращения в спорных случаях, контролирует сроки и качество обработки, решает вопросы закрепления и передачи клиентов',
  });
  return out;
}

export function buildLeadRegulationView(profile: Profile): LeadRegulationView {
  const common = buildCommonView(profile);
  const roles = crmRoles(common, profile);
  const b2c = profile.company.salesModel === 'b2c';
  const clients = buildClientsView(profile, common);
  return {
    ...common,
    roles,
    pipeline: salesPipeline(roles, common, profile),
    clients,
    b2c,
    leadResponseGen: countNoun(profile.processes.leadResponseMinutes, GENITIVE.minute),
    channels: channels(profile, roles),
    participants: participants(roles, clients),
    attemptsText: countNoun(7, { one: 'попытка', few: 'попытки', many: 'попыток' }),
    attemptsPeriodGen: countNoun(14, { one: 'календарного дня', few: 'календарных дней', many: 'календарных дней' }),
    qualification: [
      {
        criterion: 'Потребность',
        question: 'Какую задачу решает клиент, что и в каком объёме ему нужно?',
        sign: `потребность относится к ${offered(profile.company.offering).dat} Компании`,
      },
      {
        criterion: 'Бюджет',
        question: b2c ? 'На какую сумму рассчитывает покупатель?' : 'Выделены ли деньги на закупку, каков порядок оплаты?',
        sign: 'ожидаемая сумма сопоставима с ценами Компании',
      },
      {
        criterion: 'Полномочия',
        question: b2c ? 'Кто принимает решение о покупке?' : 'Кто принимает решение о закупке, кто на него влияет?',
        sign: 'собеседник принимает решение или известен путь к тому, кто его принимает',
      },
      {
        criterion: 'Срок',
        question: 'Когда клиенту нужен результат, когда будет принято решение?',
        sign: 'решение планируется в обозримый срок, а не «когда-нибудь»',
      },
    ],
    closingReasons: [
      { reason: 'Нецелевое обращение', action: 'закрыть; при необходимости дать клиенту контакт подходящего поставщика' },
      { reason: 'Дубль', action: 'объединить с существующим обращением или клиентом' },
      { reason: 'Нет потребности сейчас', action: 'поставить задачу на повторный контакт через 3–6 месяцев' },
      { reason: 'Нет бюджета', action: 'поставить задачу на повторный контакт к началу следующего бюджетного периода' },
      { reason: 'Не устроили цена или условия', action: 'записать цену и условия конкурента; сообщить руководителю' },
      { reason: 'Выбран другой поставщик', action: 'записать, кто выбран и почему; задача на контакт через 6 месяцев' },
      { reason: 'Не удалось связаться', action: 'закрыть после всех установленных попыток связи; обращение остаётся в базе' },
    ],
    staleGen: staleDaysGen(profile),
    clientTransferOnLeave: profile.processes.clientTransferOnLeave,
    hasMotivation: includes(profile, 'motivation'),
    hasCrmRegulation: common.crm !== null && includes(profile, 'crm-regulation'),
    hasSegmentation: includes(profile, 'segmentation'),
    hasCommercialPolicy: includes(profile, 'commercial-policy'),
    hasSalesStandard: includes(profile, 'sales-standard'),
    hasHandoverAct: includes(profile, 'handover-act'),
  };
}
