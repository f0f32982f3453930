/**
 * The clients section as the regulations print it: the ABC segments (who serves each, how often
 * they are contacted), the hand-over of a client between positions and the commercial policy.
 * Read from `resolveClients`, so the lead regulation and the CRM regulation state the same rules,
 * the spec's defaults included.
 */
import { handoverSegments, resolveClients, type ResolvedClients, type ResolvedSegment } from '../../core/profile/clients.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import type { CommonView, TitleView } from './common.ts';

export interface SegmentRow {
  name: string;
  /** «не менее 1 800 000 ₽», «не менее 450 000 ₽, но менее 1 800 000 ₽», «менее 450 000 ₽». */
  revenue: string;
  owner: string;
  /** «не реже одного раза в 14 дней». */
  contact: string;
}

export interface HandoverView {
  fromId: string;
  toId: string;
  from: TitleView;
  to: TitleView;
  /** «после поступления первой оплаты», «через 3 месяца после поступления первой оплаты». */
  when: string;
  /** «сегмента «A — ключевые клиенты»», or null when every client passes. */
  segments: string | null;
}

export interface PolicyView {
  /** «Менеджер по продажам — до 5 %». */
  discounts: string[];
  /** What happens above the largest limit. */
  above: string;
  payment: string;
  approver: TitleView;
  /** Deferral may be granted at all. */
  deferral: boolean;
}

export interface ClientsView {
  segments: SegmentRow[];
  /** The first segment: «A — ключевые клиенты»; its clients are the key clients. */
  keySegment: string;
  /** «A — ключевые клиенты» — 14 дней; … for one sentence. */
  contactList: string;
  handover: HandoverView | null;
  policy: PolicyView;
}

function titleOf(common: CommonView, id: string): TitleView {
  if (id === 'director') return common.director.position;
  return common.positions.find((p) => p.id === id)?.title ?? common.director.position;
}

function revenueText(segments: ResolvedSegment[], i: number, money: (v: number) => string): string {
  const own = segments[i] as ResolvedSegment;
  // The next segment up (listed before) caps this one; the first segment has no cap.
  const cap = i > 0 ? (segments[i - 1] as ResolvedSegment).minAnnualRevenue : null;
  if (own.minAnnualRevenue === 0) return cap === null ? 'любая' : `менее ${money(cap)}`;
  return cap === null ? `не менее ${money(own.minAnnualRevenue)}` : `не менее ${money(own.minAnnualRevenue)}, но менее ${money(cap)}`;
}

const oncePer = (days: number) => `не реже одного раза в ${countNoun(days, NOUNS.day)}`;

function whenText(handover: NonNullable<ResolvedClients['handover']>): string {
  if (handover.when === 'second-payment') return 'после поступления второй оплаты';
  if (handover.when === 'after-months' && handover.afterMonths !== null)
    return `через ${countNoun(handover.afterMonths, NOUNS.month)} после поступления первой оплаты`;
  return 'после поступления первой оплаты';
}

const quoted = (names: string[]) => names.map((n) => `«${n}»`).join(', ');

function policyView(clients: ResolvedClients, common: CommonView): PolicyView {
  const policy = clients.commercialPolicy;
  const director = common.director.position;
  const discounts = policy.discounts.map((d) => `${titleOf(common, d.position).nom} — до ${formatPercent(d.maxPct)}`);
  const last = policy.discounts.at(-1);
  // Above a limit the next in the list approves (the schema's rule); above the last, the director, or nobody when the director is last.
  // Above a limit the nearest next one with a larger limit approves: a peer with the same limit cannot.
  const chain =
    policy.discounts.length > 1
      ? 'Скидка больше предела работника согласуется с ближайшим следующим в перечне должностным лицом с более высоким пределом; '
      : '';
  const top = last === undefined ? '' : formatPercent(last.maxPct);
  const above =
    last === undefined
      ? `Любую скидку согласует ${director.nom}.`
      : last.position === 'director'
        ? `${chain}${chain ? 'с' : 'С'}кидка больше ${top} не предоставляется.`
        : `${chain}${chain ? 'с' : 'С'}кидку больше ${top} согласует ${director.nom}.`;
  const days = countNoun(policy.maxDeferralDays, { one: 'календарного дня', few: 'календарных дней', many: 'календарных дней' });
  const deferral = policy.maxDeferralDays > 0;
  const payment =
    policy.paymentTerms === 'prepayment'
      ? deferral
        ? `Основное условие оплаты — предоплата; отсрочка платежа до ${days} предоставляется в порядке исключения.`
        : 'Условие оплаты — предоплата; отсрочка платежа не предоставляется.'
      : !deferral
        ? 'Условие оплаты — предоплата; отсрочка платежа не предоставляется.'
        : policy.paymentTerms === 'deferral'
          ? `Клиентам может предоставляться отсрочка платежа до ${days}.`
          : `Условия оплаты — предоплата или отсрочка платежа до ${days} — согласуются с клиентом в договоре.`;
  return { discounts, above, payment, approver: titleOf(common, policy.creditApprover), deferral };
}

export function buildClientsView(profile: Profile, common: CommonView): ClientsView {
  const clients = resolveClients(profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  const { segments } = clients;
  const passing = handoverSegments(clients);
  // A rule limited to segment ids the profile does not define moves no client: no transfer clause.
  const handover = clients.handover && passing.length > 0 ? clients.handover : null;
  return {
    segments: segments.map((s, i) => ({
      name: s.name,
      revenue: revenueText(segments, i, money),
      owner: titleOf(common, s.owner).nom,
      contact: oncePer(s.contactEveryDays),
    })),
    keySegment: (segments[0] as ResolvedSegment).name,
    contactList: segments.map((s) => `«${s.name}» — ${oncePer(s.contactEveryDays)}`).join('; '),
    handover: handover
      ? {
          fromId: handover.from,
          toId: handover.to,
          from: titleOf(common, handover.from),
          to: titleOf(common, handover.to),
          when: whenText(handover),
          segments:
            handover.segments === null || passing.length === segments.length
              ? null
              : `${passing.length === 1 ? 'сегмента' : 'сегментов'} ${quoted(passing.map((s) => s.name))}`,
        }
      : null,
    policy: policyView(clients, common),
  };
}
