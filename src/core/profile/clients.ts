/**
 * The `clients` section with its defaults applied (profile-v2.md): every document that speaks of
 * segments, the hand-over of clients or the commercial policy reads this, so an absent section
 * gives the same segments, hand-over rule and limits wherever they are printed.
 */
import {
  defaultCommercialPolicy,
  defaultHandover as suggestedHandover,
  defaultSegments as suggestedSegments,
} from './business-defaults.ts';
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

// The defaults are the ones the wizard shows (business-defaults.ts): what the owner saw is what the documents print.
function defaultSegments(profile: Profile): ResolvedSegment[] {
  return suggestedSegments(profile.department.positions, profile.plan.funnel.averageDeal);
}

function defaultHandover(profile: Profile): Handover | null {
  const rule = suggestedHandover(profile.department.positions, defaultSegments(profile));
  return rule === false || accountPosition(profile) === null ? null : rule;
}

function defaultPolicy(profile: Profile): ResolvedPolicy {
  return defaultCommercialPolicy(profile.department.positions);
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
