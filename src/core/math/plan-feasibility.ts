/**
 * Plans the funnel cannot feed (domain brief §5.2: flag required activity above capacity). A
 * derived plan is a share of a department figure, so only the department figure itself and
 * explicit plans can ask for more than the funnel gives; checking derived shares would repeat
 * the department warning once per position.
 */
import type { Derivation } from '../profile/ids.ts';
import type { Profile } from '../profile/schema.ts';
import { MONTHS_IN_PERIOD } from './department-plan.ts';
import { funnelOutput } from './funnel.ts';
import { kpiDerivation } from './kpi-meta.ts';

export interface PlanOverFunnel {
  derivation: Derivation;
  /** Null for the department's own figure (plan.newClients). */
  positionId: string | null;
  /** Index in `kpis` and in its `items`; null for the department's figure. */
  kpiEntryIndex: number | null;
  itemIndex: number | null;
  /** The plan as written: per employee per period (department figure: per year). */
  plan: number;
  /** All employees of the position (1 for a department-scope plan) per month. */
  perMonth: number;
  /**
   * What the funnel must supply for it a month: new-business revenue (perMonth × (100 −
   * recurringRevenuePct) / 100), deals for new clients, meetings for meetings set.
   */
  demand: number;
  /** What the funnel gives a month of the same thing. */
  supply: number;
}

export function plansAboveFunnel(profile: Profile): PlanOverFunnel[] {
  const output = funnelOutput(profile.plan.funnel);
  const newBusinessShare = (100 - profile.plan.recurringRevenuePct) / 100;
  // Gross profit and margin are not fed by the funnel's counts: only volume figures are checked.
  const supplyOf: Partial<Record<Derivation, number>> = {
    revenue: output.revenue,
    'new-clients': output.deals,
    'meetings-set': output.meetings,
  };
  const over = (demand: number, supply: number) => demand > supply * (1 + 1e-9);
  const found: PlanOverFunnel[] = [];

  const newClientsMonth = profile.plan.newClients / 12;
  if (over(newClientsMonth, output.deals)) {
    found.push({
      derivation: 'new-clients',
      positionId: null,
      kpiEntryIndex: null,
      itemIndex: null,
      plan: profile.plan.newClients,
      perMonth: newClientsMonth,
      demand: newClientsMonth,
      supply: output.deals,
    });
  }

  profile.kpis.forEach((entry, k) => {
    const position = profile.department.positions.find((p) => p.id === entry.position);
    if (position === undefined) return;
    entry.items.forEach((item, j) => {
      const derivation = kpiDerivation(item);
      if (item.plan === null || derivation === null) return;
      const supply = supplyOf[derivation];
      if (supply === undefined) return;
      const seats = item.scope === 'department' ? 1 : position.headcount;
      const perMonth = (item.plan / MONTHS_IN_PERIOD[item.period]) * seats;
      const demand = derivation === 'revenue' ? perMonth * newBusinessShare : perMonth;
      if (over(demand, supply)) {
        found.push({ derivation, positionId: position.id, kpiEntryIndex: k, itemIndex: j, plan: item.plan, perMonth, demand, supply });
      }
    });
  });
  return found;
}
