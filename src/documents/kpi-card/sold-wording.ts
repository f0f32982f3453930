/**
 * The KPI catalog's goods wording in the company's own terms. The catalog describes revenue as
 * counted «по оплате, а не по отгрузке» and cross-selling as widening an assortment; a services,
 * projects or subscription seller ships nothing and has no assortment. A maker ships what it makes
 * and keeps the shipping wording, but not the assortment.
 */
import type { Offering } from '../../core/profile/ids.ts';
import { inOfferingWords, type OtherOfferingWords } from '../shared/offered.ts';

const PHRASES: ReadonlyArray<{ phrase: string; words: OtherOfferingWords }> = [
  {
    phrase: 'минус себестоимость проданных товаров и услуг',
    words: {
      services: 'минус себестоимость оказанных услуг',
      projects: 'минус себестоимость выполненных работ',
      subscription: 'минус прямые расходы на обслуживание подписок',
      production: 'минус себестоимость проданных изделий',
    },
  },
  {
    phrase: 'а не по отгрузке или выставленным счетам',
    words: {
      services: 'а не по подписанным актам или выставленным счетам',
      projects: 'а не по подписанным актам этапов или выставленным счетам',
      subscription: 'а не по выставленным счетам или подписанным договорам',
      production: 'а не по отгрузке или выставленным счетам',
    },
  },
  {
    phrase: 'Оплаченная выручка от товаров и услуг, которые закреплённые клиенты купили у компании впервые (новые товарные группы).',
    words: {
      services: 'Оплаченная выручка от услуг, которые закреплённые клиенты заказали у компании впервые.',
      projects: 'Оплаченная выручка от работ, которые закреплённые заказчики заказали у компании впервые.',
      subscription: 'Оплаченная выручка от модулей, пользователей и тарифов сверх прежней подписки закреплённых клиентов.',
      production: 'Оплаченная выручка от изделий, которые закреплённые заказчики заказали у компании впервые.',
    },
  },
  {
    phrase: 'за счёт расширения ассортимента, который покупает клиент.',
    words: {
      services: 'за счёт услуг, которые клиент раньше не заказывал.',
      projects: 'за счёт дополнительных работ и следующих очередей проектов.',
      subscription: 'за счёт расширения подписки: модулей, пользователей, тарифного плана.',
      production: 'за счёт изделий, которые клиент раньше не заказывал.',
    },
  },
];

/** The catalog phrases said otherwise (a test checks that the catalog still has each). */
export const SOLD_PHRASES: readonly string[] = PHRASES.map((p) => p.phrase);

/** A catalog KPI text for a company that sells this. */
export function soldWording(text: string, offering: Offering): string {
  let out = text;
  for (const { phrase, words } of PHRASES) out = out.split(phrase).join(inOfferingWords(offering, phrase, words));
  return out;
}
