/**
 * The commercial policy as the documents state it: the profile's `clients.commercialPolicy`, or the
 * default of profile v2 (5 % for the sellers, 10 % for the head of sales, more with the director;
 * mixed payment terms, up to 30 days of deferral approved by the head, or the director without one).
 */
import type { CommercialPolicy, Profile } from '../profile/schema.ts';

/** Roles that give discounts in the default policy: the ones that negotiate prices with clients. */
const SELLING_ROLES = new Set(['sales-manager', 'key-account-manager', 'team-lead', 'tender-specialist']);

export function commercialPolicy(profile: Profile): CommercialPolicy {
  const given = profile.clients.commercialPolicy;
  if (given) return given;
  const positions = profile.department.positions;
  const head = positions.find((p) => p.role === 'head-of-sales');
  const discounts = [
    ...positions.filter((p) => SELLING_ROLES.has(p.role)).map((p) => ({ position: p.id, maxPct: 5 })),
    ...(head ? [{ position: head.id, maxPct: 10 }] : []),
  ];
  return {
    discounts: discounts.length ? discounts : [{ position: 'director', maxPct: 100 }],
    paymentTerms: 'mixed',
    maxDeferralDays: 30,
    creditApprover: head?.id ?? 'director',
  };
}
