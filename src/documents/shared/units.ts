/**
 * The company's other units (profile-v2.md, `company.units`): documents name only these, so a
 * subscription business gets no warehouse and a three-person entrepreneur no legal or HR service.
 * Where a unit is absent its work is the director's (accounting: an outside accountant).
 */
import type { CompanyUnit, Offering } from '../../core/profile/ids.ts';
import { isEntrepreneur } from '../../core/law/organization.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { joinAnd } from '../../core/text/names.ts';

/** The spec's defaults when `units` is not given, by what the company sells. */
const DEFAULT_UNITS: Readonly<Record<Offering, readonly CompanyUnit[]>> = {
  goods: ['accounting', 'logistics', 'warehouse', 'marketing'],
  services: ['accounting', 'service', 'marketing'],
  projects: ['accounting', 'installation', 'legal'],
  subscription: ['accounting', 'support', 'marketing', 'it'],
  production: ['accounting', 'production', 'logistics'],
};

export function companyUnits(profile: Profile): ReadonlySet<CompanyUnit> {
  if (profile.company.units !== null) return new Set(profile.company.units);
  if (isEntrepreneur(profile.company.legalForm)) return new Set(['accounting']);
  return new Set(DEFAULT_UNITS[profile.company.offering]);
}

/** The company ships goods it stocks or makes: stock and delivery dates are its words. */
export function suppliesGoods(profile: Profile): boolean {
  return profile.company.offering === 'goods' || profile.company.offering === 'production';
}

/** The unit that handles stock and shipping, in the instrumental after «с»: null when there is none. */
export function warehouseUnitIns(units: ReadonlySet<CompanyUnit>): string | null {
  if (units.has('warehouse') && units.has('logistics')) return 'со складом и службой логистики';
  if (units.has('warehouse')) return 'со складом';
  if (units.has('logistics')) return 'со службой логистики';
  return null;
}

/** Instrumental names of the units a seat works with, for «вместе с …», «взаимодействует с …». */
const UNIT_INS: Partial<Record<CompanyUnit, string>> = {
  marketing: 'маркетингом',
  finance: 'финансовой службой',
  warehouse: 'складом',
  logistics: 'логистикой',
  service: 'сервисной службой',
  support: 'службой поддержки',
  installation: 'монтажной службой',
  production: 'производством',
  accounting: 'бухгалтерией',
};

/** «маркетингом, складом и бухгалтерией» from the units that exist, in the order asked; null when none. */
export function unitsIns(units: ReadonlySet<CompanyUnit>, wanted: readonly CompanyUnit[]): string | null {
  const names = wanted.filter((u) => units.has(u)).flatMap((u) => UNIT_INS[u] ?? []);
  return names.length === 0 ? null : joinAnd(names);
}
