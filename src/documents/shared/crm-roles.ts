/**
 * Who does what in the CRM and lead regulations: the positions the profile has for each stage
 * of work with a client (lead generation, the sale, key accounts, support), the person who
 * controls (the head of sales or, without one, the director). Shared by the CRM regulation, the CRM recommendation and the lead regulation.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { sellerPosition } from '../../core/profile/clients.ts';
import { countNoun, GENITIVE_NOUNS as GENITIVE } from '../../core/text/plural.ts';
import type { CommonView, PositionView, TitleView } from './common.ts';

export interface RoleSeat {
  id: string;
  title: TitleView;
  headcount: number;
  /** More than one employee holds the seat. */
  many: boolean;
}

export interface CrmRoles {
  /** The head of sales, or the director where the department has no head. */
  boss: TitleView;
  bossIsHead: boolean;
  leadGen: RoleSeat | null;
  /** The seat that conducts deals with new clients (sales manager, else the nearest substitute). */
  seller: RoleSeat;
  account: RoleSeat | null;
  assistant: RoleSeat | null;
  marketing: RoleSeat | null;
  /** Lead generation and a seller that is a different seat: the first hand-off exists. */
  leadToSeller: boolean;
  /** A seller and a key-account seat that differ: the second hand-off can exist (the clients section says whether it does). */
  sellerToAccount: boolean;
  /** The seat that takes new incoming requests. */
  intake: RoleSeat;
}

function seat(p: PositionView): RoleSeat {
  return { id: p.id, title: p.title, headcount: p.headcount, many: p.headcount > 1 };
}

export function crmRoles(common: CommonView, profile: Profile): CrmRoles {
  const byRole = (role: string) => {
    const p = common.positions.find((x) => x.role === role);
    return p ? seat(p) : null;
  };
  const leadGen = byRole('lead-generation');
  const account = byRole('key-account-manager');
  const sellerId = sellerPosition(profile).id;
  const seller = seat(common.positions.find((p) => p.id === sellerId) as PositionView);
  const leadToSeller = leadGen !== null && leadGen.id !== seller.id;
  const sellerToAccount = account !== null && account.id !== seller.id;
  return {
    boss: common.head?.title ?? common.director.position,
    bossIsHead: common.head !== null,
    leadGen,
    seller,
    account,
    assistant: byRole('sales-assistant'),
    marketing: byRole('marketing-manager'),
    leadToSeller,
    sellerToAccount,
    intake: leadToSeller && leadGen ? leadGen : seller,
  };
}

/** Genitive counts for «более …», «в течение …», «не позднее …»: «21 дня», «15 минут». */
export { GENITIVE };

/** A deal with no movement for longer than this is stale: a third of the sales cycle, at least a week (genitive). */
export function staleDaysGen(profile: Profile): string {
  const cycle = profile.company.averageSalesCycleDays;
  const days = cycle ? Math.max(7, Math.round(cycle / 3)) : 14;
  return countNoun(days, GENITIVE.day);
}
