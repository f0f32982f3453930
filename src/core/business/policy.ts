/**
 * The commercial policy as the documents state it: the profile's `clients.commercialPolicy`, or the
 * default the wizard shows (src/core/profile/business-defaults.ts).
 */
import { defaultCommercialPolicy } from '../profile/business-defaults.ts';
import type { CommercialPolicy, Profile } from '../profile/schema.ts';

export function commercialPolicy(profile: Profile): CommercialPolicy {
  return profile.clients.commercialPolicy ?? defaultCommercialPolicy(profile.department.positions);
}
