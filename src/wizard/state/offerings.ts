/** What the company sells, as the wizard names it: the selling step and the quick start ask the same. */
import type { Offering } from '../../core/profile/ids.ts';

export const OFFERING_TEXT: Record<Offering, { label: string; hint: string }> = {
  goods: { label: 'Товары', hint: 'Поставки со склада или под заказ: опт, дистрибуция, комплектующие.' },
  services: { label: 'Услуги', hint: 'Регулярные или разовые услуги: логистика, обслуживание, ИТ-услуги, персонал.' },
  projects: { label: 'Проекты', hint: 'Поставка с монтажом, внедрением или строительством: у сделки есть этапы и приёмка.' },
  subscription: {
    label: 'Подписка (SaaS)',
    hint: 'Подписка, SaaS, абонентские договоры с ежемесячной оплатой: выручка повторяется, важен отток.',
  },
  production: { label: 'Производство под заказ', hint: 'Изготовление продукции по техническому заданию клиента.' },
};
