/**
 * «Сегментация клиентов и стратегия продаж»: the ABC segments (criteria, owners, coverage norms)
 * from `resolveClients` through the shared clients view, what the department does per segment
 * (by offering), the channel plan (share, money, owner, needs) and the product lines' plan.
 * Money comes from the math (`channelPlans`, `productLinePlans`).
 */
import { channelPlans, productLinePlans } from '../../core/math/index.ts';
import { companyChannels } from '../../core/business/units.ts';
import { resolveClients } from '../../core/profile/clients.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent } from '../../core/text/format.ts';
import { buildClientsView, type ClientsView, type HandoverView } from '../shared/clients.ts';
import { buildCommonView, type CommonView, type TitleView } from '../shared/common.ts';
import { crmRoles } from '../shared/crm-roles.ts';
import { includes } from '../shared/include.ts';
import { CHANNEL_NEEDS } from './channel-prose.ts';
import { OFFERING_SEGMENTATION, type Tier } from './offering-prose.ts';

export interface SegmentStrategy {
  id: string;
  name: string;
  revenue: string;
  owner: string;
  contact: string;
  /** How often the department holds a review with the segment's clients: «ежеквартально». */
  review: string;
  work: string[];
}

export interface ChannelRow {
  id: string;
  name: string;
  share: string;
  year: string;
  month: string;
  owner: string;
  needs: string[];
  measure: string;
}

export interface LineRow {
  name: string;
  share: string;
  marginPct: string;
  revenue: string;
  margin: string;
}

export interface SegmentationView extends CommonView {
  year: number;
  boss: TitleView;
  /** The head of sales controls (else the director, who then reports to nobody). */
  bossIsHead: boolean;
  clients: ClientsView;
  segments: SegmentStrategy[];
  /** More than one segment: key clients and moves between segments exist. */
  manySegments: boolean;
  /** The segments are the defaults, not the company's own: the document says how they were set. */
  defaultedSegments: boolean;
  potential: string;
  reviewName: string;
  reviewAgenda: string;
  keyRisk: string;
  handover: HandoverView | null;
  channels: ChannelRow[];
  /** More than one channel: the plan is split. */
  manyChannels: boolean;
  totalRevenue: string;
  lines: LineRow[] | null;
  linesDat: string;
  hasSalesPlan: boolean;
  hasLeadRegulation: boolean;
  hasCommercialPolicy: boolean;
  hasSalesStandard: boolean;
}

const REVIEW: Record<Tier, string> = {
  key: 'ежеквартально',
  growth: 'раз в полугодие',
  base: 'по запросу клиента',
};

function tierOf(i: number, count: number): Tier {
  if (i === 0) return 'key';
  return i === count - 1 ? 'base' : 'growth';
}

function titleOf(common: CommonView, id: string | null, fallback: TitleView): TitleView {
  if (id === null) return fallback;
  if (id === 'director') return common.director.position;
  return common.positions.find((p) => p.id === id)?.title ?? fallback;
}

export function buildSegmentationView(profile: Profile): SegmentationView {
  const common = buildCommonView(profile);
  const roles = crmRoles(common, profile);
  const clients = buildClientsView(profile, common);
  const prose = OFFERING_SEGMENTATION[profile.company.offering];
  const money = (v: number) => formatMoney(v, profile.currency);
  const hasCommercialPolicy = includes(profile, 'commercial-policy');
  const hasSalesStandard = includes(profile, 'sales-standard');
  const work = prose.work(hasCommercialPolicy ? 'в пределах Коммерческой политики' : 'в пределах полномочий, установленных в Компании');
  const ids = resolveClients(profile).segments.map((s) => s.id);
  const count = clients.segments.length;

  const plans = channelPlans(profile);
  const channels: ChannelRow[] = companyChannels(profile).map((c) => {
    const plan = plans.find((p) => p.type === c.type);
    const needs = CHANNEL_NEEDS[c.type]({
      crmLoc: common.crmLoc,
      offering: profile.company.offering,
      normsDat: hasSalesStandard ? 'нормам активности Стандарта продаж' : 'нормам активности, установленным в Отделе',
    });
    return {
      id: c.type,
      name: needs.name,
      share: formatPercent(c.sharePct),
      year: money(plan?.year ?? 0),
      month: money(plan?.month ?? 0),
      owner: titleOf(common, c.owner, roles.boss).nom,
      needs: needs.needs,
      measure: needs.measure,
    };
  });

  const lines = productLinePlans(profile);
  return {
    ...common,
    year: profile.plan.year,
    boss: roles.boss,
    bossIsHead: roles.bossIsHead,
    clients,
    segments: clients.segments.map((s, i) => {
      const tier = tierOf(i, count);
      return {
        id: ids[i] ?? `${i + 1}`,
        name: s.name,
        revenue: s.revenue,
        owner: s.owner,
        contact: s.contact,
        review: REVIEW[tier],
        work: work[tier],
      };
    }),
    manySegments: count > 1,
    defaultedSegments: profile.clients.segments === null,
    potential: prose.potential,
    reviewName: prose.review,
    reviewAgenda: prose.reviewAgenda,
    keyRisk: prose.keyRisk,
    handover: clients.handover,
    channels,
    manyChannels: channels.length > 1,
    totalRevenue: money(profile.plan.revenue),
    lines:
      lines?.map((l) => ({
        name: l.name,
        share: formatPercent(l.sharePct),
        marginPct: formatPercent(l.grossMarginPct),
        revenue: money(l.year),
        margin: money(l.marginYear),
      })) ?? null,
    linesDat: prose.linesDat,
    hasSalesPlan: includes(profile, 'sales-plan'),
    hasLeadRegulation: includes(profile, 'lead-regulation'),
    hasCommercialPolicy,
    hasSalesStandard,
  };
}
