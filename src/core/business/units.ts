/**
 * The company's other units and its sales channels as the documents see them: the profile's own
 * list, or the defaults of profile v2 (units by offering, an entrepreneur has only accounting; one
 * direct channel run by the head of sales). Documents name only these units and channels.
 */
import { defaultUnits, headPosition } from '../profile/business-defaults.ts';
import type { ChannelType, CompanyUnit } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';

/** The units that exist in this company. */
export function companyUnits(profile: Profile): ReadonlySet<CompanyUnit> {
  const { company } = profile;
  return new Set(company.units ?? defaultUnits(company.offering, company.legalForm));
}

export interface ChannelShare {
  type: ChannelType;
  sharePct: number;
  /** The position that runs the channel; null when neither the profile nor a head of sales names one. */
  owner: string | null;
}

/** The channels with their shares, largest first; one direct channel when the profile names none. */
export function companyChannels(profile: Profile): ChannelShare[] {
  const head = headPosition(profile.department.positions);
  const listed = profile.company.channels ?? [{ type: 'direct' as const, sharePct: 100, owner: null }];
  return listed.map((c) => ({ type: c.type, sharePct: c.sharePct, owner: c.owner ?? head })).sort((a, b) => b.sharePct - a.sharePct);
}

/** Each unit in the instrumental, after «взаимодействует с»: «с бухгалтерией, складом и логистикой». */
export const UNIT_INS: Record<CompanyUnit, string> = {
  accounting: 'бухгалтерией',
  finance: 'финансовой службой',
  legal: 'юридической службой',
  hr: 'службой персонала',
  marketing: 'маркетингом',
  logistics: 'логистикой',
  warehouse: 'складом',
  production: 'производством',
  installation: 'монтажным подразделением',
  service: 'сервисной службой',
  support: 'службой поддержки',
  it: 'ИТ-службой',
  security: 'службой безопасности',
};
