/**
 * The hand-over of a client from the seller who won it to the key-account manager, in the terms
 * of the profile (profile-v2.md, `clients.handover`): which clients (segments, defined by their
 * revenue), and when. The default is the spec's: segment A only, after the first payment. So no
 * document hands every new client over while the plan counts on the sellers' revenue from them.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney } from '../../core/text/format.ts';
import { joinAnd } from '../../core/text/names.ts';
import { countNoun } from '../../core/text/plural.ts';

export interface HandoverTerms {
  /** «сегмента «A — крупные автопарки» (выручка клиента за последние 12 месяцев — не менее 1 200 000 ₽)», or null: every client. */
  segment: string | null;
  /** «после поступления первой оплаты», «через 3 месяца после поступления первой оплаты». */
  when: string;
}

/** The spec's default segment A, when the profile defines none: the ABC analysis' top clients. */
const DEFAULT_SEGMENT_A = 'сегмента A (клиенты, на которых вместе приходится 80 % выручки Компании за последние 12 месяцев)';

export const FIRST_PAYMENT = 'после поступления первой оплаты';

const WHEN: Readonly<Record<'first-payment' | 'second-payment', string>> = {
  'first-payment': FIRST_PAYMENT,
  'second-payment': 'после поступления второй оплаты',
};

/** The terms, or null when clients are not handed over (`handover: false`). */
export function handoverTerms(profile: Profile): HandoverTerms | null {
  const rule = profile.clients.handover;
  if (rule === false) return null;
  if (rule === null) return { segment: DEFAULT_SEGMENT_A, when: WHEN['first-payment'] };
  const when =
    rule.when === 'after-months'
      ? `через ${countNoun(rule.afterMonths ?? 1, { one: 'месяц', few: 'месяца', many: 'месяцев' })} после поступления первой оплаты`
      : WHEN[rule.when];
  if (rule.segments === null) return { segment: null, when };
  const defined = profile.clients.segments;
  if (defined === null) {
    const ids = rule.segments.map((id) => id.toUpperCase());
    return { segment: ids.length === 1 && ids[0] === 'A' ? DEFAULT_SEGMENT_A : `сегментов ${joinAnd(ids)}`, when };
  }
  const named = rule.segments.flatMap((id) => defined.filter((s) => s.id === id));
  const one = (s: (typeof named)[number]) =>
    `«${s.name}» (выручка клиента за последние 12 месяцев — не менее ${formatMoney(s.minAnnualRevenue, profile.currency)})`;
  return { segment: `${named.length === 1 ? 'сегмента' : 'сегментов'} ${joinAnd(named.map(one))}`, when };
}
