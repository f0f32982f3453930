/**
 * The sales pipelines a CRM holds for this business: the pipeline of a deal with a new client,
 * whose stages follow what the company sells (`company.offering`), and one pipeline for each
 * channel that works by its own procedure (tenders, dealers' orders, agents' deals) and, for a
 * subscription, renewals with churn. Each stage has an owner among the profile's positions and an
 * exit criterion a reviewer can check in the deal. Shared by the CRM regulation, the CRM
 * recommendation and the lead regulation, which name stages only through this module.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { resolveClients } from '../../core/profile/clients.ts';
import type { CommonView, TitleView } from './common.ts';
import type { CrmRoles } from './crm-roles.ts';

export interface StageRow {
  name: string;
  owner: string;
  entry: string;
  exit: string;
}

export interface Pipeline {
  /** Stable clause id suffix: `tenders`, `dealers`, `partners`, `renewals`. */
  id: string;
  /** The pipeline's name in the CRM: «Тендеры». */
  name: string;
  /** What goes through it, after «В воронке «…» ведутся …». */
  what: string;
  stages: StageRow[];
}

export interface SalesPipeline {
  /** The deal with a new client, the unsuccessful close last. */
  stages: StageRow[];
  /** Stage names the regulations refer to. */
  first: string;
  qualification: string;
  /** The first stage the seller owns: from it the deal has an amount and a closing date, and repeat deals start there. */
  sellerStart: string;
  lost: string;
  /** The meeting that follows qualification, in the genitive: «встречи», «выезда на объект». */
  meetingGen: string;
  /** Pipelines beside the main one, in a fixed order. */
  others: Pipeline[];
}

type Offering = Profile['company']['offering'];

const LEAD = 'Новый лид';
const QUALIFICATION = 'Квалификация';
const LOST = 'Закрыта неуспешно';
const CLOSED = 'сделка закрыта успешно';

const MEETING_GEN: Record<Offering, string> = {
  goods: 'встречи',
  services: 'встречи',
  projects: 'выезда на объект',
  subscription: 'демонстрации',
  production: 'встречи',
};

/** Wording that depends on the profile, computed once for all stages. */
interface Ctx {
  early: string;
  seller: string;
  boss: TitleView;
  b2c: boolean;
  /** «по данным 1С:Управление торговлей». */
  paid: string;
  /** «, либо отгрузка с отсрочкой платежа согласована Руководителем отдела продаж», or '' under prepayment. */
  deferral: (agreed: string) => string;
}

function titleOf(common: CommonView, id: string): TitleView {
  if (id === 'director') return common.director.position;
  return common.positions.find((p) => p.id === id)?.title ?? common.director.position;
}

function mainStages(offering: Offering, c: Ctx): StageRow[] {
  const s = c.seller;
  switch (offering) {
    case 'goods':
      return [
        {
          name: 'Коммерческое предложение',
          owner: s,
          entry: 'встреча или переговоры проведены: известны позиции, объёмы, сроки и условия поставки',
          exit: 'коммерческое предложение с ценами, наличием и сроком поставки направлено клиенту и приложено к сделке; клиент подтвердил его получение',
        },
        {
          name: 'Счёт',
          owner: s,
          entry: 'клиент согласовал цены, объём и условия поставки',
          exit: c.b2c
            ? 'счёт выставлен покупателю, копия приложена к сделке'
            : 'договор поставки (спецификация к нему) подписан или счёт, согласованный как оферта, выставлен; копии приложены к сделке',
        },
        {
          name: 'Оплата',
          owner: s,
          entry: 'счёт выставлен клиенту',
          exit: `оплата поступила ${c.paid}${c.deferral('отгрузка с отсрочкой платежа согласована')}`,
        },
        {
          name: 'Отгрузка',
          owner: s,
          entry: 'оплата поступила или отсрочка платежа согласована',
          exit: c.b2c
            ? `товар передан покупателю, документы о передаче оформлены; ${CLOSED}`
            : `товар отгружен, клиент подписал отгрузочные документы; ${CLOSED}`,
        },
      ];
    case 'services':
      return [
        {
          name: 'Выявление потребности',
          owner: s,
          entry: 'дата, время и формат встречи внесены в сделку',
          exit: 'встреча проведена: состав и объём услуг, требования к срокам и качеству записаны в сделке',
        },
        {
          name: 'Предложение по тарифу',
          owner: s,
          entry: 'потребность клиента описана в сделке',
          exit: 'предложение с тарифами и уровнем сервиса направлено клиенту и приложено к сделке; клиент подтвердил его получение',
        },
        {
          name: 'Пробная услуга',
          owner: s,
          entry: 'клиент согласился на пробную услугу (пилотный проект) на оговорённых условиях',
          exit: 'пробная услуга оказана, её результат обсуждён с клиентом и записан в сделке',
        },
        {
          name: 'Договор',
          owner: s,
          entry: 'клиент согласовал тарифы, уровень сервиса и условия оплаты',
          exit: 'договор оказания услуг подписан обеими сторонами, копия приложена к сделке',
        },
        {
          name: 'Начало оказания услуг',
          owner: s,
          entry: 'договор подписан, первая заявка клиента принята',
          exit: `первая услуга по договору оказана, клиент подписал акт оказанных услуг, оплата по нему поступила ${c.paid}; ${CLOSED}`,
        },
      ];
    case 'projects':
      return [
        {
          name: 'Обследование объекта',
          owner: s,
          entry: 'дата выезда на объект согласована с клиентом и внесена в сделку',
          exit: 'объект обследован: обмеры и требования клиента (техническое задание) записаны в сделке',
        },
        {
          name: 'Смета',
          owner: s,
          entry: 'техническое задание согласовано с клиентом',
          exit: 'смета составлена и приложена к сделке, сумма сделки уточнена по смете',
        },
        {
          name: 'Технико-коммерческое предложение',
          owner: s,
          entry: 'смета составлена',
          exit: 'технико-коммерческое предложение направлено клиенту и приложено к сделке; клиент подтвердил его получение',
        },
        {
          name: 'Договор',
          owner: s,
          entry: 'клиент согласовал технические решения, цену и сроки работ',
          exit: `договор с календарным планом этапов подписан, аванс поступил ${c.paid}${c.deferral('начало работ без аванса согласовано')}`,
        },
        {
          name: 'Выполнение этапов',
          owner: s,
          entry: 'договор подписан, работы начаты',
          exit: 'все этапы календарного плана выполнены, акты по этапам подписаны клиентом',
        },
        {
          name: 'Приёмка',
          owner: s,
          entry: 'работы завершены, клиент уведомлён о готовности объекта к приёмке',
          exit: `акт приёмки выполненных работ подписан клиентом, окончательный расчёт поступил ${c.paid}; ${CLOSED}`,
        },
      ];
    case 'subscription':
      return [
        {
          name: 'Демонстрация',
          owner: s,
          entry: 'дата, время и участники демонстрации внесены в сделку',
          exit: 'демонстрация проведена: задачи клиента и число пользователей записаны в сделке',
        },
        {
          name: 'Пробный период',
          owner: s,
          entry: 'клиенту открыт пробный доступ, дата окончания пробного периода внесена в сделку',
          exit: 'пробный период завершён, итоги использования обсуждены с клиентом, клиент выбрал тариф',
        },
        {
          name: 'Договор и первый платёж',
          owner: s,
          entry: 'клиент выбрал тариф и число пользователей',
          exit: `договор заключён (оферта акцептована), первый платёж поступил ${c.paid}`,
        },
        {
          name: 'Подключение',
          owner: s,
          entry: 'первый платёж поступил',
          exit: `клиент активирован: пользователи подключены и работают в сервисе; ${CLOSED}`,
        },
      ];
    case 'production':
      return [
        {
          name: 'Спецификация',
          owner: s,
          entry: 'клиент передал запрос на изготовление',
          exit: 'технические требования (спецификация, количество, желаемый срок) получены от клиента и приложены к сделке',
        },
        {
          name: 'Чертежи и согласование',
          owner: s,
          entry: 'спецификация получена',
          exit: 'возможность изготовления подтверждена производством, чертежи (эскизы) согласованы с клиентом',
        },
        {
          name: 'Расчёт цены и сроков',
          owner: s,
          entry: 'чертежи согласованы',
          exit: 'калькуляция выполнена; предложение с ценой, сроком изготовления и условиями оплаты направлено клиенту и приложено к сделке',
        },
        {
          name: 'Договор',
          owner: s,
          entry: 'клиент согласовал цену, срок изготовления и условия оплаты',
          exit: `договор и спецификация подписаны, аванс поступил ${c.paid}${c.deferral('изготовление без аванса согласовано')}`,
        },
        {
          name: 'Производство',
          owner: s,
          entry: 'производственный заказ оформлен и передан в производство',
          exit: 'изделия изготовлены и прошли контроль качества',
        },
        {
          name: 'Отгрузка',
          owner: s,
          entry: 'изделия готовы к отгрузке, окончательный расчёт поступил или отсрочка платежа согласована',
          exit: `изделия отгружены, клиент подписал отгрузочные документы; ${CLOSED}`,
        },
      ];
  }
}

function tenderPipeline(owner: string, c: Ctx, profile: Profile): Pipeline {
  const found =
    profile.company.country === 'RU'
      ? 'извещение о закупке опубликовано в единой информационной системе в сфере закупок или на электронной площадке'
      : 'извещение о закупке опубликовано на электронной площадке или получено от заказчика';
  return {
    id: 'tenders',
    name: 'Тендеры',
    what: 'закупки, в которых Компания участвует или может участвовать',
    stages: [
      {
        name: 'Закупка найдена',
        owner,
        entry: found,
        exit: 'в сделку внесены номер закупки, предмет, начальная (максимальная) цена, срок подачи заявок и размер обеспечения заявки',
      },
      {
        name: 'Решение об участии',
        owner: c.boss.nom,
        entry: 'документация закупки изучена, требования к участнику и предмету закупки сопоставлены с возможностями Компании',
        exit: 'решение об участии и предельная цена утверждены и записаны в сделке либо сделка закрыта неуспешно с указанием причины',
      },
      {
        name: 'Подготовка и подача заявки',
        owner,
        entry: 'решение об участии принято',
        exit: 'заявка проверена по перечню документов, обеспечение заявки внесено (если оно требуется), заявка подана до окончания срока; подтверждение площадки приложено к сделке',
      },
      {
        name: 'Подведение итогов',
        owner,
        entry: 'заявка подана',
        exit: 'протокол подведения итогов опубликован и приложен к сделке; при отказе или проигрыше сделка закрыта неуспешно с причиной из протокола',
      },
      {
        name: 'Заключение контракта',
        owner,
        entry: 'Компания признана победителем закупки',
        exit: `контракт подписан, обеспечение исполнения контракта предоставлено (если оно требуется), контракт передан на исполнение; ${CLOSED}`,
      },
    ],
  };
}

function dealerPipeline(owner: string, c: Ctx): Pipeline {
  return {
    id: 'dealers',
    name: 'Заказы дилеров',
    what: 'заказы дилеров и дистрибьюторов по дилерским договорам',
    stages: [
      {
        name: 'Заказ дилера',
        owner,
        entry: 'заказ дилера получен',
        exit: 'заказ внесён в сделку: позиции, количество и цены по уровню цен дилера',
      },
      {
        name: 'Проверка условий',
        owner,
        entry: 'заказ внесён в сделку',
        exit: 'наличие товара подтверждено, цены соответствуют дилерскому договору, задолженность дилера не превышает его кредитного лимита',
      },
      { name: 'Счёт', owner, entry: 'условия заказа проверены', exit: 'счёт выставлен дилеру, копия приложена к сделке' },
      {
        name: 'Оплата',
        owner,
        entry: 'счёт выставлен дилеру',
        exit: `оплата поступила ${c.paid}${c.deferral('отгрузка в пределах кредитного лимита дилера согласована')}`,
      },
      {
        name: 'Отгрузка',
        owner,
        entry: 'оплата поступила или отсрочка платежа согласована',
        exit: `товар отгружен дилеру, дилер подписал отгрузочные документы; ${CLOSED}`,
      },
    ],
  };
}

function partnerPipeline(owner: string, c: Ctx): Pipeline {
  return {
    id: 'partners',
    name: 'Сделки агентов',
    what: 'клиенты, которых приводят агенты по агентским договорам',
    stages: [
      {
        name: 'Регистрация сделки',
        owner,
        entry: 'агент направил заявку на регистрацию клиента',
        exit: 'клиент проверен на дубли: за ним нет ответственного и открытой сделки; регистрация подтверждена агенту письменно или отклонена с указанием причины',
      },
      {
        name: 'Продажа',
        owner: c.seller,
        entry: 'регистрация подтверждена агенту',
        exit: `сделка с клиентом прошла этапы воронки продаж, оплата клиента поступила ${c.paid}`,
      },
      {
        name: 'Вознаграждение агента',
        owner,
        entry: 'клиент оплатил сделку',
        exit: `отчёт агента подписан, вознаграждение начислено по агентскому договору; ${CLOSED}`,
      },
    ],
  };
}

function renewalPipeline(owner: string, c: Ctx): Pipeline {
  return {
    id: 'renewals',
    name: 'Продление подписки',
    what: 'продления подписок действующих клиентов и их отток',
    stages: [
      {
        name: 'Подготовка продления',
        owner,
        entry: 'до окончания оплаченного периода клиента осталось 30 дней',
        exit: 'итоги использования сервиса обсуждены с клиентом, предложение о продлении направлено и приложено к сделке',
      },
      {
        name: 'Счёт на продление',
        owner,
        entry: 'клиент подтвердил продление',
        exit: 'счёт на следующий период выставлен клиенту',
      },
      {
        name: 'Продлено',
        owner,
        entry: 'счёт на следующий период выставлен',
        exit: `следующий период оплачен ${c.paid}; ${CLOSED}`,
      },
      {
        name: 'Отток',
        owner,
        entry: 'клиент отказался от продления или не оплатил следующий период в срок',
        exit: 'причина ухода выбрана из справочника и записана с комментарием; поставлена задача на повторный контакт через три месяца',
      },
    ],
  };
}

export function salesPipeline(roles: CrmRoles, common: CommonView, profile: Profile): SalesPipeline {
  const { leadGen, seller, leadToSeller } = roles;
  const offering = profile.company.offering;
  const clients = resolveClients(profile);
  const policy = clients.commercialPolicy;
  const approver = titleOf(common, policy.creditApprover);
  const accounting = profile.processes.accounting;
  const ctx: Ctx = {
    early: leadToSeller && leadGen ? leadGen.title.nom : seller.title.nom,
    seller: seller.title.nom,
    boss: roles.boss,
    b2c: profile.company.salesModel === 'b2c',
    paid: accounting ? `по данным ${accounting}` : 'по данным учётной системы Компании',
    deferral: (agreed) => (policy.paymentTerms === 'prepayment' ? '' : `, либо ${agreed} ${approver.ins}`),
  };
  const decider = ctx.b2c ? 'покупателем' : 'лицом, принимающим решение, или его представителем';
  const meetingGen = MEETING_GEN[offering];
  const main = mainStages(offering, ctx);
  const stages: StageRow[] = [
    {
      name: LEAD,
      owner: ctx.early,
      entry: 'обращение зарегистрировано: входящая заявка, звонок, письмо, сообщение или контакт из исходящего поиска',
      exit: `установлен контакт с ${decider}`,
    },
    {
      name: QUALIFICATION,
      owner: ctx.early,
      entry: 'состоялся первый содержательный разговор с клиентом',
      exit:
        'подтверждены потребность и не менее двух критериев из трёх: бюджет, полномочия собеседника, срок; ' +
        (leadToSeller ? `дата ${meetingGen} внесена в календарь ${seller.title.lc.gen}` : `согласована дата ${meetingGen}`),
    },
    ...main,
    {
      name: LOST,
      owner: 'Ответственный за сделку',
      entry: 'клиент отказался или сделка не может быть продолжена',
      exit: 'указана причина из справочника и комментарий; при необходимости поставлена задача на повторный контакт',
    },
  ];

  // A channel without an owner is run by the head of sales (profile-v2.md).
  const channelOwner = (type: string): string => {
    const owner = (profile.company.channels ?? []).find((ch) => ch.type === type)?.owner ?? null;
    return owner ? titleOf(common, owner).nom : roles.boss.nom;
  };
  const has = (type: string) => (profile.company.channels ?? []).some((ch) => ch.type === type);
  const others: Pipeline[] = [];
  if (has('tenders')) others.push(tenderPipeline(channelOwner('tenders'), ctx, profile));
  if (has('dealers')) others.push(dealerPipeline(channelOwner('dealers'), ctx));
  if (has('partners')) others.push(partnerPipeline(channelOwner('partners'), ctx));
  if (offering === 'subscription') {
    const renewalOwner = clients.handover ? titleOf(common, clients.handover.to).nom : (roles.account?.title.nom ?? seller.title.nom);
    others.push(renewalPipeline(renewalOwner, ctx));
  }
  return {
    stages,
    first: LEAD,
    qualification: QUALIFICATION,
    sellerStart: main[0]?.name ?? QUALIFICATION,
    lost: LOST,
    meetingGen,
    others,
  };
}
