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
    {
      name: 'Коммерческое предложение',
      owner: seller.title.nom,
      entry: 'требования клиента к товару, объёму, срокам и условиям определены',
      exit: 'предложение направлено клиенту и приложено к сделке, получена обратная связь',
    },
    {
      name: 'Согласование и договор',
      owner: seller.title.nom,
      entry: 'клиент подтвердил интерес и обсуждает условия',
      exit: 'договор подписан (или счёт согласован как оферта), счёт выставлен',
    },
    {
      name: 'Оплата',
      owner: seller.title.nom,
      entry: 'счёт выставлен клиенту',
      exit: 'оплата поступила по данным бухгалтерии',
    },
    {
      name: b2c ? 'Исполнение / закрыта успешно' : 'Отгрузка / закрыта успешно',
      owner: seller.title.nom,
      entry: 'оплата получена (или отгрузка разрешена на условиях отсрочки)',
      exit:
        (b2c ? 'товар передан или услуга оказана, документы оформлены' : 'товар отгружен, закрывающие документы подписаны') +
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

/** Genitive counts for «более …», «в течение …», «не позднее …»: «21 дня», «15 минут». */
export { GENITIVE };

/** A deal with no movement for longer than this is stale: a third of the sales cycle, at least a week (genitive). */
export function staleDaysGen(profile: Profile): string {
  const cycle = profile.company.averageSalesCycleDays;
  const days = cycle ? Math.max(7, Math.round(cycle / 3)) : 14;
  return countNoun(days, GENITIVE.day);
}
