/**
 * The column headings of the report forms that depend on what the company sells: what the month's
 * result is counted in, what a deal's amount is and what date closes it, which document a debt
 * rests on, what a new client is. Used by the report forms and the client hand-over act.
 */
import type { ChannelType, Offering } from '../../core/profile/ids.ts';

export interface FormWords {
  /** The month's result as a row of the weekly summary: «Выручка по оплатам». */
  result: string;
  /** The same after an opening bracket, lower case: «выручка по оплатам отгруженного товара». */
  resultLc: string;
  /** The deal's amount column, without the currency: «Сумма сделки». */
  dealAmount: string;
  /** The date the deal is expected to bring money: «Ожидаемая дата оплаты». */
  dealDate: string;
  /** The document a debt rests on: «Счёт, УПД (номер, дата)». */
  debtDocument: string;
  /** New business counted in the monthly report: «Новые клиенты». */
  newBusiness: string;
  /** What the deals table of a weekly report lists, after «Открытые»: «сделки». */
  dealsName: string;
}

export const FORM_WORDS: Record<Offering, FormWords> = {
  goods: {
    result: 'Выручка по оплатам отгруженного товара',
    resultLc: 'выручка по оплатам отгруженного товара',
    dealAmount: 'Сумма заказа',
    dealDate: 'Ожидаемая дата оплаты',
    debtDocument: 'Счёт, УПД (номер, дата)',
    newBusiness: 'Новые клиенты',
    dealsName: 'сделки и заказы',
  },
  services: {
    result: 'Выручка по подписанным актам оказанных услуг',
    resultLc: 'выручка по подписанным актам оказанных услуг',
    dealAmount: 'Сумма в месяц',
    dealDate: 'Дата начала обслуживания',
    debtDocument: 'Акт оказанных услуг, счёт (номер, дата)',
    newBusiness: 'Новые клиенты на обслуживании',
    dealsName: 'сделки и договоры на подписании',
  },
  projects: {
    result: 'Оплаты принятых этапов проектов',
    resultLc: 'оплаты принятых этапов проектов',
    dealAmount: 'Сумма договора или этапа',
    dealDate: 'Ожидаемая дата договора или сдачи этапа',
    debtDocument: 'Акт приёмки этапа, счёт (номер, дата)',
    newBusiness: 'Заключённые договоры',
    dealsName: 'проекты',
  },
  subscription: {
    result: 'Новая ежемесячная повторяющаяся выручка',
    resultLc: 'новая ежемесячная повторяющаяся выручка',
    dealAmount: 'Ежемесячный платёж',
    dealDate: 'Дата решения клиента',
    debtDocument: 'Счёт за период подписки (номер, дата)',
    newBusiness: 'Новые подписчики',
    dealsName: 'сделки и пробные периоды',
  },
  production: {
    result: 'Оплаты отгруженной продукции',
    resultLc: 'оплаты отгруженной продукции',
    dealAmount: 'Сумма заказа',
    dealDate: 'Ожидаемая дата отгрузки и оплаты',
    debtDocument: 'Счёт, накладная (номер, дата)',
    newBusiness: 'Новые заказчики',
    dealsName: 'заказы',
  },
};

/** A sales channel as a row of the lead report. */
export const CHANNEL_ROWS: Record<ChannelType, string> = {
  direct: 'Собственный поиск клиентов',
  dealers: 'Дилеры',
  tenders: 'Закупочные процедуры (тендеры)',
  marketplaces: 'Маркетплейсы',
  online: 'Сайт и входящие обращения',
  partners: 'Агенты и партнёры',
};
