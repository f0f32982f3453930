/**
 * What the company offers, as a sentence of a regulation names it: «товары и услуги» for a
 * supplier of goods, «услуги», «работы и решения», «продукт» or «изделия» for the others, in the
 * cases the templates need, and the cost a margin is counted after.
 */
import type { Offering } from '../../core/profile/ids.ts';

export interface Offered {
  /** Nominative and accusative: «Компания продаёт … ». */
  nom: string;
  /** Genitive: «вопросы квалификации для …». */
  gen: string;
  /** Dative: «потребность относится к …». */
  dat: string;
  /** Genitive, after «за вычетом»: the cost the gross margin is counted after. */
  costOfSales: string;
}

const OFFERED: Record<Offering, Offered> = {
  goods: {
    nom: 'товары и услуги',
    gen: 'товаров и услуг',
    dat: 'товарам и услугам',
    costOfSales: 'себестоимости проданных товаров и услуг',
  },
  services: { nom: 'услуги', gen: 'услуг', dat: 'услугам', costOfSales: 'себестоимости оказанных услуг' },
  projects: {
    nom: 'работы и решения',
    gen: 'работ и решений',
    dat: 'работам и решениям',
    costOfSales: 'себестоимости выполненных работ',
  },
  subscription: { nom: 'продукт', gen: 'продукта', dat: 'продукту', costOfSales: 'прямых расходов на обслуживание подписок' },
  production: { nom: 'изделия', gen: 'изделий', dat: 'изделиям', costOfSales: 'себестоимости проданных изделий' },
};

export function offered(offering: Offering): Offered {
  return OFFERED[offering];
}

/** A phrase written for a supplier of goods, in the words of each other offering. */
export type OtherOfferingWords = Record<Exclude<Offering, 'goods'>, string>;

/** The goods wording for a supplier of goods, the offering's own for the others. */
export function inOfferingWords(offering: Offering, goods: string, words: OtherOfferingWords): string {
  return offering === 'goods' ? goods : words[offering];
}
