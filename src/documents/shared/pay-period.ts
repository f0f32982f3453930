/**
 * The words of a pay period (motivation[].period) in the cases the motivation regulation, the KPI
 * cards and the job descriptions need: «премия за квартал», «ежеквартальная премия», «план
 * квартала». A monthly period gives the words the documents used before periods existed.
 */
import { MONTHS_IN_PERIOD } from '../../core/math/index.ts';
import type { Period } from '../../core/profile/ids.ts';

export interface PayPeriodWords {
  monthly: boolean;
  /** Months in the period: 1, 3, 12. */
  months: number;
  /** «месяц», «квартал», «год». */
  nom: string;
  /** «месяца», «квартала», «года»: «по итогам квартала». */
  gen: string;
  /** «за месяц», «за квартал», «за год». */
  for: string;
  /** «на месяц», «на квартал», «на год»: a plan set for the period. */
  on: string;
  /** «в среднем месяце», «в среднем квартале», «в плановом году». */
  inAverage: string;
  /** «в месяц», «за квартал», «за год»: after an amount paid once a period. */
  per: string;
  /** «ежемесячная», «ежеквартальная», «годовая». */
  adjNom: string;
  /** «ежемесячной», «ежеквартальной», «годовой». */
  adjGen: string;
  /** «месячного», «квартального», «годового»: «выполнение квартального плана». */
  planAdjGen: string;
  /** «в средний месяц», «в средний квартал», «за год». */
  average: string;
  /** «среднего месяца», «среднего квартала», «года». */
  averageGen: string;
  /** «средний месяц», «средний квартал», «год». */
  averageNom: string;
  /** «1 месяц», «3 месяца», «12 месяцев»: the months whose salary the period's pay holds. */
  monthsText: string;
  /** «месяцы», «кварталы»; null for a year, which has no seasons within the plan year. */
  seasonsAcc: string | null;
}

const WORDS: Readonly<Record<Period, Omit<PayPeriodWords, 'monthly' | 'months'>>> = {
  month: {
    nom: 'месяц',
    gen: 'месяца',
    for: 'за месяц',
    on: 'на месяц',
    inAverage: 'в среднем месяце',
    per: 'в месяц',
    adjNom: 'ежемесячная',
    adjGen: 'ежемесячной',
    planAdjGen: 'месячного',
    average: 'в средний месяц',
    averageGen: 'среднего месяца',
    averageNom: 'средний месяц',
    monthsText: '1 месяц',
    seasonsAcc: 'месяцы',
  },
  quarter: {
    nom: 'квартал',
    gen: 'квартала',
    for: 'за квартал',
    on: 'на квартал',
    inAverage: 'в среднем квартале',
    per: 'за квартал',
    adjNom: 'ежеквартальная',
    adjGen: 'ежеквартальной',
    planAdjGen: 'квартального',
    average: 'в средний квартал',
    averageGen: 'среднего квартала',
    averageNom: 'средний квартал',
    monthsText: '3 месяца',
    seasonsAcc: 'кварталы',
  },
  year: {
    nom: 'год',
    gen: 'года',
    for: 'за год',
    on: 'на год',
    inAverage: 'в плановом году',
    per: 'за год',
    adjNom: 'годовая',
    adjGen: 'годовой',
    planAdjGen: 'годового',
    average: 'за год',
    averageGen: 'года',
    averageNom: 'год',
    monthsText: '12 месяцев',
    seasonsAcc: null,
  },
};

export function payPeriodWords(period: Period): PayPeriodWords {
  return { monthly: period === 'month', months: MONTHS_IN_PERIOD[period], ...WORDS[period] };
}
