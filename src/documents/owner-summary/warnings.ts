/**
 * The profile's warnings as an owner reads them: what it means for the business in a few words,
 * then the message (figures and the fix) with the profile's field names turned into the wizard's
 * words. Every warning is kept, a code without its own heading under a general one.
 */
import type { Issue } from '../../core/profile/issues.ts';

export interface PlainWarning {
  title: string;
  text: string;
}

const TITLES: Readonly<Record<string, string>> = {
  'payroll-over-share': 'Фонд оплаты труда выше допустимой доли маржи',
  'funnel-shortfall': 'Воронка продаж не обеспечивает план новых продаж',
  'plan-above-funnel': 'План новых клиентов больше, чем даёт воронка',
  'cap-before-curve-top': 'Предел премии срабатывает раньше конца шкалы',
  'pay-cliff': 'Резкий скачок оплаты на шкале премии',
  'zero-bonus-at-plan': 'При выполнении плана премия не начисляется',
  'kpi-count-fractional': 'Дробный план по штучному показателю',
  'base-pay-share-kz': 'Оклад меньше 75 % заработной платы',
  'offering-defaulted': 'Не указано, что продаёт компания',
  'revenue-share-unused': 'Доля плана выручки должности не используется',
  'text-markup': 'В тексте профиля есть служебная разметка',
};

const PERIOD_WORDS: Readonly<Record<string, string>> = { month: 'месяц', quarter: 'квартал', year: 'год' };

/** Field syntax an owner does not read, in the wizard's words. */
function plainText(message: string, options: PlainOptions): string {
  const where = options.kpiCards ? ' в карте KPI' : '';
  return (
    message
      .replace(
        /;?\s*укажите company\.offering:[^;.]*/u,
        '; укажите в мастере, на шаге о том, как продаёт компания, что вы продаёте: товары, услуги, проекты, подписку или изделия под заказ',
      )
      .replace(
        /поставьте period: (month|quarter|year)/u,
        (_m, p: string) => `установите для показателя период «${PERIOD_WORDS[p] ?? p}»${where}`,
      )
      .replace(/\s*\(documents\.include\)/gu, '')
      // The motivation regulation calls a curve a scale («шкала»); so does this summary.
      .replace(/кривая/gu, 'шкала')
      .replace(/кривую/gu, 'шкалу')
      .replace(/кривой/gu, 'шкалы')
  );
}

function sentence(text: string): string {
  const t = text.trim();
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export interface PlainOptions {
  /** The pack has KPI cards, where a KPI's period is set. */
  kpiCards: boolean;
}

export function plainWarnings(warnings: readonly Issue[], options: PlainOptions): PlainWarning[] {
  return warnings.map((w) => {
    const title = TITLES[w.code] ?? 'Замечание к данным компании';
    let text = plainText(w.message, options);
    // A message that opens with the heading's words goes on from there, not repeating them.
    if (text.toLowerCase().startsWith(title.toLowerCase())) text = text.slice(title.length).replace(/^[:;,.\s]+/u, '');
    return { title, text: sentence(text) };
  });
}
