/** Count KPIs with whole plans: what the wizard proposes, so no default asks for 0,7 of a client. */
import { checkProfileData } from '../../core/check-data.ts';
import { positionKpiPlans } from '../../core/math/index.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import type { Draft } from './draft.ts';

const LONGER = { month: 'quarter', quarter: 'year', year: null } as const;
const MONTHS = { month: 1, quarter: 3, year: 12 } as const;
const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-6;

/**
 * Count KPIs whose plan comes out fractional per period (0,7 new clients a month for one seller)
 * move to the next longer period in which it is whole (a quarter, then a year); one that is not
 * whole even in a year gets an explicit whole plan. Nobody closes 0,7 of a client, and a curve
 * read against 0,7 pays 170 % for one client and nothing for none.
 */
export function wholeCountPlans(draft: Draft, only?: string): Draft {
  // The company's name enters no plan: a draft not yet named is judged as if it were.
  const named = typeof draft.company?.name === 'string' && draft.company.name.trim() !== '';
  const checked = checkProfileData(named ? draft : { ...draft, company: { ...draft.company, name: 'Компания' } });
  if (!checked.ok) return draft;
  const profile = checked.profile;
  let kpis = draft.kpis;
  profile.kpis.forEach((entry, k) => {
    if (only !== undefined && entry.position !== only) return;
    let plans: ReturnType<typeof positionKpiPlans>;
    try {
      plans = positionKpiPlans(profile, entry.position);
    } catch {
      return;
    }
    for (const plan of plans) {
      const item = entry.items[plan.index];
      if (item === undefined || plan.explicit || kpiUnit(item) !== 'count' || whole(plan.plan)) continue;
      const perMonth = plan.plan / MONTHS[plan.period];
      let period: keyof typeof LONGER | null = LONGER[plan.period];
      while (period !== null && !whole(perMonth * MONTHS[period])) period = LONGER[period];
      const edit = period === null ? { plan: Math.max(1, Math.round(plan.plan)) } : { period };
      kpis = kpis.map((e, j) => (j === k ? { ...e, items: e.items.map((it, i) => (i === plan.index ? { ...it, ...edit } : it)) } : e));
    }
  });
  return kpis === draft.kpis ? draft : { ...draft, kpis };
}
