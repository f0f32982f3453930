/**
 * The revenue plan by sales channel (company.channels): each channel's share of the year's plan
 * and of the average month. A profile without channels sells directly, the whole plan.
 */
import type { ChannelType } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';

export interface ChannelPlan {
  type: ChannelType;
  sharePct: number;
  /** The channel's part of the year's revenue plan. */
  year: number;
  /** The same over an average month (year / 12). */
  month: number;
}

/** Every channel's plan, in the profile's order. */
export function channelPlans(profile: Profile): ChannelPlan[] {
  const channels = profile.company.channels ?? [{ type: 'direct' as const, sharePct: 100 }];
  return channels.map((c) => {
    const year = (profile.plan.revenue * c.sharePct) / 100;
    return { type: c.type, sharePct: c.sharePct, year, month: year / 12 };
  });
}
