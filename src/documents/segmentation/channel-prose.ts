/**
 * The channel plan of the segmentation document: each channel's name, what it needs to deliver
 * its share (people, materials, rules) and the figure its owner watches. Used only by this
 * document's view; the charter states the channels' functions (charter/channel-prose.ts).
 */
import type { ChannelType } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';

/** What a seller shows a client, by what the company sells. */
const SALES_KIT: Record<Profile['company']['offering'], string> = {
  goods: 'актуальный прайс-лист и сведения об остатках',
  services: 'актуальные тарифы и примеры обслуживания похожих клиентов',
  projects: 'расценки, типовые сметы и примеры выполненных объектов',
  subscription: 'тарифные планы и демонстрационный доступ к сервису',
  production: 'прайс-лист на серийные изделия и примеры изготовленных изделий',
};

export interface ChannelNeeds {
  name: string;
  /** What the channel needs, a list item each. */
  needs: string[];
  /** The figure the owner reports on, after «Показатель канала —». */
  measure: string;
}

interface Ctx {
  /** «в Битрикс24» or the neutral phrase without a CRM. */
  crmLoc: string;
  offering: Profile['company']['offering'];
  /** Where the activity norms are set: «нормам Стандарта продаж». */
  normsDat: string;
}

export const CHANNEL_NEEDS: Record<ChannelType, (c: Ctx) => ChannelNeeds> = {
  direct: (c) => ({
    name: 'Прямые продажи',
    needs: [
      'база потенциальных клиентов, разделённая по сегментам и закреплённая за работниками',
      `поток обращений и встреч, соответствующий ${c.normsDat}`,
      SALES_KIT[c.offering],
    ],
    measure: 'выручка от новых и действующих клиентов, число новых клиентов',
  }),
  dealers: () => ({
    name: 'Дилеры',
    needs: [
      'дилерский договор с уровнями цен, планом закупок и условиями ретро-бонуса',
      `регистрация сделок дилеров, чтобы конечного клиента не вели одновременно Компания и дилер`,
      'обучение работников дилеров и рекламные материалы',
    ],
    measure: 'закупки дилеров (отгрузки дилерам), число активных дилеров, задолженность дилеров',
  }),
  tenders: () => ({
    name: 'Участие в закупках',
    needs: [
      'ежедневный мониторинг электронных площадок по профилю Компании',
      'электронная подпись, комплект документов участника и средства на обеспечение заявок',
      'решение об участии и предельная цена, утверждённые до подачи заявки',
    ],
    measure: 'поданные заявки, доля выигранных закупок, заявки, отклонённые по формальным основаниям',
  }),
  marketplaces: () => ({
    name: 'Маркетплейсы',
    needs: [
      'карточки товаров, синхронизация цен и остатков',
      'минимальная цена, ниже которой товар не продаётся на площадке',
      'ответы на вопросы и отзывы покупателей в сроки площадки',
    ],
    measure: 'продажи на площадках, рейтинг, доля возвратов, комиссия площадки',
  }),
  online: (c) => ({
    name: 'Сайт и онлайн-заявки',
    needs: [
      'формы заявки, чат и обратный звонок на сайте, подключённые к учёту обращений',
      `регистрация каждой заявки ${c.crmLoc} с указанием источника`,
      'ответ на заявку в срок, установленный для первого ответа',
    ],
    measure: 'число заявок, доля квалифицированных заявок, конверсия заявки в сделку',
  }),
  partners: () => ({
    name: 'Агенты',
    needs: [
      'агентский договор с размером вознаграждения и порядком регистрации сделок',
      'регистрация каждой сделки агента до первого контакта Компании с клиентом',
      'выплата вознаграждения только после оплаты клиентом',
    ],
    measure: 'сделки, приведённые агентами, и выплаченное вознаграждение',
  }),
};
