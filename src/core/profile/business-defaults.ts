/**
 * What profile v2's business fields mean when the profile leaves them out (null): the defaults of
 * /work/shared/spec/profile-v2.md, in one place, so that the documents and the wizard (which shows
 * them to the user as editable suggestions) agree. The inputs are loose on purpose: the wizard
 * asks while its draft may still be invalid.
 */
import { isEntrepreneur } from '../law/organization.ts';
import type { CompanyUnit, Offering } from './ids.ts';
import type { Channel } from './sections/company.ts';
import type { CommercialPolicy, Handover, Segment } from './sections/clients.ts';

/** What the defaults read of a position: its id and role. */
export interface PositionRef {
  id: string;
  role: string;
}

/** The units a company of this kind usually has; an entrepreneur has accounting only. */
const UNITS_BY_OFFERING: Record<Offering, readonly CompanyUnit[]> = {
  goods: ['accounting', 'logistics', 'warehouse', 'marketing'],
  services: ['accounting', 'service', 'marketing'],
  projects: ['accounting', 'installation', 'legal'],
  subscription: ['accounting', 'support', 'marketing', 'it'],
  production: ['accounting', 'production', 'logistics'],
};

export function defaultUnits(offering: Offering, legalForm: string): CompanyUnit[] {
  return isEntrepreneur(legalForm) ? ['accounting'] : [...UNITS_BY_OFFERING[offering]];
}

const withRole = (positions: readonly PositionRef[], role: string): string | null => positions.find((p) => p.role === role)?.id ?? null;

/** The head of sales' position, if the department has one. */
export const headPosition = (positions: readonly PositionRef[]): string | null => withRole(positions, 'head-of-sales');

/** The key-account position, if any. */
const accountPosition = (positions: readonly PositionRef[]): string | null => withRole(positions, 'key-account-manager');

/** Who serves ordinary clients: the sales managers, else whoever leads or sells. */
function servingPosition(positions: readonly PositionRef[]): string | null {
  for (const role of ['sales-manager', 'team-lead', 'key-account-manager', 'head-of-sales']) {
    const id = withRole(positions, role);
    if (id !== null) return id;
  }
  return positions[0]?.id ?? null;
}

/** One direct channel with the whole plan, run by the head of sales (null owner: the head, too). */
export function defaultChannels(positions: readonly PositionRef[]): Channel[] {
  return [{ type: 'direct', sharePct: 100, owner: headPosition(positions) }];
}

/** Two significant digits: a threshold reads as a decision, not as a computation. */
function roundThreshold(value: number): number {
  if (!(value > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1);
  return Math.round(value / step) * step;
}

/**
 * A, B, C by a client's revenue over 12 months. By the 80/20 rule the top fifth of clients bring
 * four fifths of revenue, so a top client buys about four average deals a year: that is A; a
 * client who buys one average deal a year is B; the rest are C.
 */
export function defaultSegments(positions: readonly PositionRef[], averageDeal: number): Segment[] {
  const managers = servingPosition(positions) ?? '';
  const top = accountPosition(positions) ?? managers;
  return [
    { id: 'a', name: 'A — ключевые клиенты', minAnnualRevenue: roundThreshold(4 * averageDeal), owner: top, contactEveryDays: 14 },
    { id: 'b', name: 'B — постоянные клиенты', minAnnualRevenue: roundThreshold(averageDeal), owner: managers, contactEveryDays: 30 },
    { id: 'c', name: 'C — прочие клиенты', minAnnualRevenue: 0, owner: managers, contactEveryDays: 60 },
  ];
}

/**
 * From the sales managers to the key-account position after the first payment, the first
 * segment only, when both positions exist; otherwise clients stay with whoever won them (false).
 */
export function defaultHandover(positions: readonly PositionRef[], segments: readonly Pick<Segment, 'id'>[]): Handover | false {
  const from = withRole(positions, 'sales-manager');
  const to = accountPosition(positions);
  if (from === null || to === null) return false;
  const first = segments[0]?.id;
  return { from, to, when: 'first-payment', afterMonths: null, segments: first === undefined ? null : [first] };
}

/**
 * Managers (sales and key-account) 5 %, the head 10 %; a larger discount is the director's
 * decision. Deferrals and credit limits are approved by the head (the director if none).
 */
export function defaultCommercialPolicy(positions: readonly PositionRef[]): CommercialPolicy {
  const head = headPosition(positions);
  const sellers = positions.filter((p) => p.role === 'sales-manager' || p.role === 'key-account-manager');
  const discounts = [...sellers.map((p) => ({ position: p.id, maxPct: 5 })), ...(head === null ? [] : [{ position: head, maxPct: 10 }])];
  return {
    discounts: discounts.length > 0 ? discounts : [{ position: 'director', maxPct: 10 }],
    paymentTerms: 'mixed',
    maxDeferralDays: 30,
    creditApprover: head ?? 'director',
  };
}
