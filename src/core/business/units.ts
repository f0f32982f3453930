/**
 * The company's other units and its sales channels as the documents see them: the profile's own
 * list, or the defaults of profile v2 (units by offering, an entrepreneur has only accounting; one
 * direct channel run by the head of sales). Documents name only these units and channels.
 */
import { isEntrepreneur } from '../law/organization.ts';
import type { ChannelType, CompanyUnit, Offering } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';

const UNITS_BY_OFFERING: Record<Offering, readonly CompanyUnit[]> = {
  goods: ['accounting', 'logistics', 'warehouse', 'marketing'],
  services: ['accounting', 'service', 'marketing'],
  projects: ['accounting', 'installation', 'legal'],
  subscription: ['accounting', 'support', 'marketing', 'it'],
  production: ['accounting', 'production', 'logistics'],
};

/** The units the profile would get if it listed none. */
export function defaultUnits(offering: Offering, entrepreneur: boolean): CompanyUnit[] {
  return entrepreneur ? ['accounting'] : [...UNITS_BY_OFFERING[offering]];
}

/** The units that exist in this company. */
export function companyUnits(profile: Profile): ReadonlySet<CompanyUnit> {
  const { company } = profile;
  return new Set(company.units ?? defaultUnits(company.offering, isEntrepreneur(company.legalForm)));
}

export interface ChannelShare {
  type: ChannelType;
  sharePct: number;
  /** The position that runs the channel; null when neither the profile nor a head of sales names one. */
  owner: string | null;
}

/** The head of sales' position id, who owns a channel the profile leaves without an owner. */
function headId(profile: Profile): string | null {
  const positions = profile.department.positions;
  return (
    (positions.find((p) => p.role === 'head-of-sales' && p.reportsTo === 'director') ?? positions.find((p) => p.role === 'head-of-sales'))
      ?.id ?? null
  );
}

/** The channels with their shares, largest first; one direct channel when the profile names none. */
export function companyChannels(profile: Profile): ChannelShare[] {
  const head = headId(profile);
  const listed = profile.company.channels ?? [{ type: 'direct' as const, sharePct: 100, owner: null }];
  return listed.map((c) => ({ type: c.type, sharePct: c.sharePct, owner: c.owner ?? head })).sort((a, b) => b.sharePct - a.sharePct);
}

/** Whether the company sells through this channel at all. */
export function sellsThrough(profile: Profile, type: ChannelType): boolean {
  return companyChannels(profile).some((c) => c.type === type);
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
