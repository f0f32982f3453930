/**
 * Who does what in the CRM and lead regulations: the positions the profile has for each stage
 * of work with a client (lead generation, the sale, key accounts, support), the person who
 * controls (the head of sales or, without one, the director), and the pipeline stages adapted
 * to those roles. Shared by the CRM regulation, the CRM recommendation and the lead regulation.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { countNoun, GENITIVE_NOUNS as GENITIVE } from '../../core/text/plural.ts';
import type { CommonView, PositionView, TitleView } from './common.ts';
import { FIRST_PAYMENT, handoverTerms, type HandoverTerms } from './handover.ts';

export interface RoleSeat {
  id: string;
  title: TitleView;
  headcount: number;
  /** More than one employee holds the seat. */
  many: boolean;
}

export interface CrmRoles {
  /** The head of sales, or the director where the department has no head. */
  boss: TitleView;
  bossIsHead: boolean;
  leadGen: RoleSeat | null;
  /** The seat that conducts deals with new clients (sales manager, else the nearest substitute). */
  seller: RoleSeat;
  account: RoleSeat | null;
  assistant: RoleSeat | null;
  marketing: RoleSeat | null;
  /** Lead generation and a seller that is a different seat: the first hand-off exists. */
  leadToSeller: boolean;
  /** A seller and a key-account seat that differ, and the profile hands clients over: the second hand-off exists. */
  sellerToAccount: boolean;
  /** Which clients pass to the key-account seat, and when; null without the second hand-off. */
  handover: HandoverTerms | null;
  /** The seat that takes new incoming requests. */
  intake: RoleSeat;
}

export interface StageRow {
  name: string;
  owner: string;
  entry: string;
  exit: string;
}

function seat(p: PositionView): RoleSeat {
  return { id: p.id, title: p.title, headcount: p.headcount, many: p.headcount > 1 };
}

export function crmRoles(common: CommonView, profile: Profile): CrmRoles {
  const byRole = (role: string) => {
    const p = common.positions.find((x) => x.role === role);
    return p ? seat(p) : null;
  };
  const leadGen = byRole('lead-generation');
  const account = byRole('key-account-manager');
  const nonHead = common.positions.find((p) => !p.isHead && !['sales-assistant', 'marketing-manager', 'lead-generation'].includes(p.role));
  const seller =
    byRole('sales-manager') ?? account ?? (nonHead ? seat(nonHead) : null) ?? leadGen ?? seat(common.positions[0] as PositionView);
  const leadToSeller = leadGen !== null && leadGen.id !== seller.id;
  const handover = account !== null && account.id !== seller.id ? handoverTerms(profile) : null;
  const sellerToAccount = handover !== null;
  return {
    boss: common.head?.title ?? common.director.position,
    bossIsHead: common.head !== null,
    leadGen,
    seller,
    account,
    assistant: byRole('sales-assistant'),
    marketing: byRole('marketing-manager'),
    leadToSeller,
    sellerToAccount,
    handover,
    intake: leadToSeller && leadGen ? leadGen : seller,
  };
}

/** The pipeline of a deal with a new client, with the positions the profile has. */
export function pipelineStages(roles: CrmRoles, profile: Profile): StageRow[] {
  const { leadGen, seller, account, leadToSeller, sellerToAccount, handover } = roles;
  const early = leadToSeller && leadGen ? leadGen.title.nom : seller.title.nom;
  const b2c = profile.company.salesModel === 'b2c';
  const decider = b2c ? 'покупателем' : 'лицом, принимающим решение, или его представителем';
  const projects = profile.company.offering === 'projects';
  return [
    {
      name: 'Новый лид',
      owner: early,
      entry: 'обращение зарегистрировано: входящая заявка, звонок, письмо, сообщение или контакт из исходящего поиска',
      exit: `установлен контакт с ${decider}`,
    },
    {
      name: 'Квалификация',
      owner: early,
      entry: 'состоялся первый содержательный разговор с клиентом',
      exit: leadToSeller
        ? `подтверждены потребность, срок и полномочия собеседника; встреча назначена в календаре ${seller.title.lc.gen}`
        : 'подтверждены потребность, срок и полномочия собеседника; согласована встреча или презентация',
    },
    {
      name: 'Встреча / презентация',
      owner: seller.title.nom,
      entry: 'дата, время, формат и участники встречи внесены в сделку',
      exit: 'встреча проведена, потребность клиента и договорённости записаны в сделке',
    },
    ...offerStages(profile, seller.title.nom),
    {
      name: 'Согласование и договор',
      owner: seller.title.nom,
      entry: 'клиент подтвердил интерес и обсуждает условия',
      exit: projects
        ? 'договор с календарным планом этапов подписан, счёт на аванс выставлен'
        : 'договор подписан (или счёт согласован как оферта), счёт выставлен',
    },
    {
      name: projects ? 'Аванс' : 'Оплата',
      owner: seller.title.nom,
      entry: projects ? 'счёт на аванс выставлен клиенту' : 'счёт выставлен клиенту',
      exit: projects ? 'аванс поступил по данным бухгалтерии' : 'оплата поступила по данным бухгалтерии',
    },
    {
      ...closingStage(profile, b2c),
      owner: seller.title.nom,
      exit:
        closingStage(profile, b2c).exit +
        // Said here only when every new client passes at the first payment; otherwise the hand-over clause says which and when.
        (sellerToAccount && account && handover?.segment === null && handover.when === FIRST_PAYMENT
          ? `; новый клиент передан ${account.title.dat}`
          : ''),
    },
    {
      name: 'Закрыта неуспешно',
      owner: 'Ответственный за сделку',
      entry: 'клиент отказался или сделка не может быть продолжена',
      exit: 'указана причина из справочника и комментарий; при необходимости поставлена задача на повторный контакт',
    },
  ];
}

/**
 * The offer stages by what is sold: a project starts with a site survey and a technical assignment
 * and is priced by an estimate (business-variants.md, «Offerings»); the rest get an offer.
 */
function offerStages(profile: Profile, owner: string): StageRow[] {
  if (profile.company.offering === 'projects') {
    return [
      {
        name: 'Обмеры и техническое задание',
        owner,
        entry: 'клиент согласовал выезд на объект',
        exit: 'обмеры выполнены, техническое задание согласовано с клиентом и приложено к сделке',
      },
      {
        name: 'Смета и технико-коммерческое предложение',
        owner,
        entry: 'техническое задание согласовано',
        exit: 'смета и технико-коммерческое предложение направлены клиенту и приложены к сделке, получена обратная связь',
      },
    ];
  }
  const subject: Record<Profile['company']['offering'], string> = {
    goods: 'к товару, объёму, срокам и условиям',
    production: 'к изделию, объёму, срокам изготовления и условиям',
    services: 'к услуге, её объёму, уровню сервиса и условиям',
    subscription: 'к тарифу, числу пользователей и условиям подписки',
    projects: '',
  };
  return [
    {
      name: 'Коммерческое предложение',
      owner,
      entry: `требования клиента ${subject[profile.company.offering]} определены`,
      exit: 'предложение направлено клиенту и приложено к сделке, получена обратная связь',
    },
  ];
}

/** The stage at which a price is offered: repeat deals of a handed-over client start there. */
export function offerStageName(profile: Profile): string {
  return offerStages(profile, '').at(-1)?.name ?? 'Коммерческое предложение';
}

/** The last stage of a won deal: what «done» means for what is sold. */
function closingStage(profile: Profile, b2c: boolean): { name: string; entry: string; exit: string } {
  switch (profile.company.offering) {
    case 'projects':
      return {
        name: 'Монтаж и сдача работ / закрыта успешно',
        entry: 'аванс получен, работы начаты по календарному плану',
        exit: 'монтаж и пусконаладка выполнены, акт приёмки выполненных работ подписан, окончательный платёж поступил',
      };
    case 'services':
      return {
        name: 'Начало оказания услуг / закрыта успешно',
        entry: 'оплата получена или оказание услуг начато на условиях договора',
        exit: 'услуги начаты, первый акт оказанных услуг подписан',
      };
    case 'subscription':
      return {
        name: 'Подключение / закрыта успешно',
        entry: 'первый платёж получен',
        exit: 'клиент подключён и начал пользоваться сервисом',
      };
    case 'production':
      return {
        name: 'Производство и отгрузка / закрыта успешно',
        entry: 'оплата (аванс) получена, производственный заказ передан в производство',
        exit: 'изделие изготовлено и отгружено, закрывающие документы подписаны',
      };
    case 'goods':
      return b2c
        ? { name: 'Исполнение / закрыта успешно', entry: 'оплата получена', exit: 'товар передан, документы оформлены' }
        : {
            name: 'Отгрузка / закрыта успешно',
            entry: 'оплата получена (или отгрузка разрешена на условиях отсрочки)',
            exit: 'товар отгружен, закрывающие документы подписаны',
          };
  }
}

/** Genitive counts for «более …», «в течение …», «не позднее …»: «21 дня», «15 минут». */
export { GENITIVE };

/** A deal with no movement for longer than this is stale: a third of the sales cycle, at least a week (genitive). */
export function staleDaysGen(profile: Profile): string {
  const cycle = profile.company.averageSalesCycleDays;
  const days = cycle ? Math.max(7, Math.round(cycle / 3)) : 14;
  return countNoun(days, GENITIVE.day);
}
