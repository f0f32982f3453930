/**
 * The company's other units (profile-v2.md, `company.units`): documents name only these, so a
 * subscription business gets no warehouse and a three-person entrepreneur no legal or HR service.
 * Where a unit is absent its work is the director's (accounting: an outside accountant).
 */
import { UNIT_INS } from '../../core/business/units.ts';
import type { CompanyUnit } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { joinAnd } from '../../core/text/names.ts';

export { companyUnits } from '../../core/business/units.ts';

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

/** «маркетингом, складом и бухгалтерией» from the units that exist, in the order asked; null when none. */
export function unitsIns(units: ReadonlySet<CompanyUnit>, wanted: readonly CompanyUnit[]): string | null {
  const names = wanted.filter((u) => units.has(u)).map((u) => UNIT_INS[u]);
  return names.length === 0 ? null : joinAnd(names);
}
