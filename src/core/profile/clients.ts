/**
 * The `clients` section with its defaults applied (profile-v2.md): every document that speaks of
 * segments, the hand-over of clients or the commercial policy reads this, so an absent section
 * gives the same segments, hand-over rule and limits wherever they are printed.
 */
import type { Handover, Position, Profile } from './schema.ts';

export interface ResolvedSegment {
  id: string;
  name: string;
  /** Revenue over the last 12 months from which a client belongs to the segment (profile currency). */
  minAnnualRevenue: number;
  /** The id of the position that serves the segment. */
  owner: string;
  contactEveryDays: number;
}

export interface ResolvedDiscount {
  /** A position id or `director`. */
  position: string;
  maxPct: number;
}

export interface ResolvedPolicy {
  /** Who may give how much without approval; above a limit, the next in the list approves. */
  discounts: ResolvedDiscount[];
  paymentTerms: 'prepayment' | 'deferral' | 'mixed';
  maxDeferralDays: number;
  /** A position id or `director`. */
  creditApprover: string;
}

export interface ResolvedClients {
  segments: ResolvedSegment[];
  /** Null: clients stay with the position that won them. */
  handover: Handover | null;
  commercialPolicy: ResolvedPolicy;
  /** Which parts are the defaults rather than the profile's own (documents may say so). */
  defaulted: { segments: boolean; handover: boolean; commercialPolicy: boolean };
}

/** The head of sales: the one reporting to the director, else any. */
export function headPosition(profile: Profile): Position | null {
  const positions = profile.department.positions;
  return (
    positions.find((p) => p.role === 'head-of-sales' && p.reportsTo === 'director') ??
    positions.find((p) => p.role === 'head-of-sales') ??
    null
  );
}

const NOT_SELLING = ['sales-assistant', 'marketing-manager', 'lead-generation'];

/**
 * The position that conducts deals with new clients: the sales managers, else the nearest
 * substitute (key accounts, any other non-head seller, lead generation, the first position).
 */
export function sellerPosition(profile: Profile): Position {
  const positions = profile.department.positions;
  const head = headPosition(profile);
  const byRole = (role: string) => positions.find((p) => p.role === role);
  return (
    byRole('sales-manager') ??
    byRole('key-account-manager') ??
    positions.find((p) => p.id !== head?.id && !NOT_SELLING.includes(p.role)) ??
    byRole('lead-generation') ??
    (positions[0] as Position)
  );
}

/** The key-account position, when it is another position than the seller's. */
function accountPosition(profile: Profile): Position | null {
  const account = profile.department.positions.find((p) => p.role === 'key-account-manager') ?? null;
  return account && account.id !== sellerPosition(profile).id ? account : null;
}

/**
 * Default ABC thresholds from the plan's average deal, taken as an average client's purchases in a
 * year. By the 80/20 rule the top fifth of clients brings four fifths of revenue, i.e. four times
 * the average client: that is A. B buys at least one average deal a year; C is the rest.
 */
const A_DEALS = 4;
const B_DEALS = 1;
const DEFAULT_CONTACT_DAYS = { a: 14, b: 30, c: 90 } as const;

function defaultSegments(profile: Profile): ResolvedSegment[] {
  const deal = profile.plan.funnel.averageDeal;
  const seller = sellerPosition(profile).id;
  const account = profile.department.positions.find((p) => p.role === 'key-account-manager')?.id ?? seller;
  return [
    {
      id: 'a',
      name: 'A — ключевые клиенты',
      minAnnualRevenue: deal * A_DEALS,
      owner: account,
      contactEveryDays: DEFAULT_CONTACT_DAYS.a,
    },
    { id: 'b', name: 'B — основные клиенты', minAnnualRevenue: deal * B_DEALS, owner: seller, contactEveryDays: DEFAULT_CONTACT_DAYS.b },
    { id: 'c', name: 'C — прочие клиенты', minAnnualRevenue: 0, owner: seller, contactEveryDays: DEFAULT_CONTACT_DAYS.c },
  ];
}

function defaultHandover(profile: Profile): Handover | null {
  const seller = profile.department.positions.find((p) => p.role === 'sales-manager');
  const account = accountPosition(profile);
  if (!seller || !account) return null;
  return { from: seller.id, to: account.id, when: 'first-payment', afterMonths: null, segments: ['a'] };
}

function defaultPolicy(profile: Profile): ResolvedPolicy {
  const head = headPosition(profile);
  const managers = profile.department.positions.filter((p) => p.role === 'sales-manager' || p.role === 'key-account-manager');
  const discounts: ResolvedDiscount[] = managers.map((p) => ({ position: p.id, maxPct: 5 }));
  if (head) discounts.push({ position: head.id, maxPct: 10 });
  return { discounts, paymentTerms: 'mixed', maxDeferralDays: 30, creditApprover: head?.id ?? 'director' };
}

export function resolveClients(profile: Profile): ResolvedClients {
  const { segments, handover, commercialPolicy } = profile.clients;
  return {
    segments: segments ?? defaultSegments(profile),
    handover: handover === false ? null : (handover ?? defaultHandover(profile)),
    commercialPolicy: commercialPolicy ?? defaultPolicy(profile),
    defaulted: { segments: segments === null, handover: handover === null, commercialPolicy: commercialPolicy === null },
  };
}

/** The segments a hand-over applies to, in the profile's order; all segments when it names none. */
export function handoverSegments(clients: ResolvedClients): ResolvedSegment[] {
  const only = clients.handover?.segments ?? null;
  return only === null ? clients.segments : clients.segments.filter((s) => only.includes(s.id));
}
