/**
 * The charter's functions of each sales channel other than direct sales: what the channel's owner
 * does and the rules the channel brings (dealer agreements, procurement law, agent fees). Used only
 * by the charter's view.
 */
import type { ChannelType } from '../../core/profile/ids.ts';

export interface ChannelContext {
  /** The owner's title in the nominative, or null when the head of sales (or the director) runs it. */
  owner: string | null;
  /** The country's procurement law in the instrumental, or null. */
  procurementLawIns: string | null;
  /** «в Битрикс24» or the neutral phrase for a company without CRM. */
  crmLoc: string;
  /** The share of the annual revenue plan, formatted: «30 %». */
  share: string;
}

export interface ChannelFunction {
  id: string;
  title: string;
  items: string[];
}

type Writer = (c: ChannelContext) => ChannelFunction;

const lead = (c: ChannelContext, what: string) => (c.owner ? `${what} (отвечает ${c.owner})` : what);

const WRITERS: Record<Exclude<ChannelType, 'direct'>, Writer> = {
  dealers: (c) => ({
    id: 'dealers',
    title: `Работа с дилерами (${c.share} плана выручки)`,
    items: [
      lead(c, 'подбор дилеров по регионам и отраслям, заключение дилерских договоров'),
      'установление каждому дилеру плана закупок, уровня дилерской цены и условий ретро-бонуса',
      `регистрация ${c.crmLoc} сделок, которые ведёт дилер, чтобы конечного клиента не предлагали одновременно Компания и дилер`,
      'обучение работников дилеров продукту и передача им рекламных материалов',
      'контроль выполнения дилерских планов и оплаты дилерами поставок',
    ],
  }),
  tenders: (c) => ({
    id: 'tenders',
    title: `Участие в закупках (${c.share} плана выручки)`,
    items: [
      lead(c, 'ежедневный поиск закупок по профилю Компании на электронных площадках'),
      'подготовка по каждой закупке сведений для решения об участии: требования, начальная цена, сроки, обеспечение, риски',
      `подготовка и подача заявок ${c.procurementLawIns ? `в порядке, установленном ${c.procurementLawIns}, ` : 'в порядке, установленном документацией закупки, '}с обеспечением заявки и усиленной электронной подписью`,
      'участие в торгах по цене, согласованной до начала торгов',
      'оформление обеспечения исполнения договора и передача выигранного договора на исполнение',
    ],
  }),
  marketplaces: (c) => ({
    id: 'marketplaces',
    title: `Продажи через маркетплейсы (${c.share} плана выручки)`,
    items: [
      lead(c, 'ведение карточек товаров, цен и остатков на маркетплейсах'),
      'ответы на вопросы и отзывы покупателей в сроки, установленные правилами площадки',
      'участие в акциях площадки только по ценам не ниже согласованного минимума',
      'контроль рейтинга, возвратов и комиссий площадки',
    ],
  }),
  online: (c) => ({
    id: 'online',
    title: `Заявки с сайта и из онлайн-каналов (${c.share} плана выручки)`,
    items: [
      lead(c, 'ответ на каждую заявку с сайта, из чата и почты в установленное время'),
      'квалификация заявки по критериям Регламента обработки заявок и передачи клиентов',
      'передача квалифицированной заявки продавцу и контроль первого контакта с клиентом',
    ],
  }),
  partners: (c) => ({
    id: 'partners',
    title: `Продажи через агентов (${c.share} плана выручки)`,
    items: [
      lead(c, 'привлечение агентов и заключение агентских договоров'),
      `регистрация ${c.crmLoc} каждой сделки, приведённой агентом, до первого контакта Компании с клиентом`,
      'расчёт агентского вознаграждения после оплаты клиентом; по незарегистрированной сделке вознаграждение не выплачивается',
    ],
  }),
};

/** The channel's functions for the charter; direct sales are the charter's own text and get none. */
export function channelFunction(type: ChannelType, context: ChannelContext): ChannelFunction | null {
  return type === 'direct' ? null : WRITERS[type](context);
}
