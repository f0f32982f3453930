/** «С чистого листа»: five answers give a whole, valid profile with no figure of the example company. */
import { expect, test } from 'vitest';
import { checkProfileData } from '../../src/core/check-data.ts';
import { funnelCheck, positionKpiPlans } from '../../src/core/math/index.ts';
import { kpiUnit } from '../../src/core/math/kpi-meta.ts';
import { OFFERINGS } from '../../src/core/profile/ids.ts';
import { defaultsFor, type QuickAnswers } from '../../src/wizard/state/quick-start.ts';

const TODAY = new Date(2026, 11, 6);

const owner: QuickAnswers = {
  offering: 'goods',
  team: { 'head-of-sales': 1, 'sales-manager': 5 },
  salaries: { 'head-of-sales': 150_000, 'sales-manager': 60_000 },
  revenue: 60_000_000,
  crm: 'amoCRM',
};

test('the answers land where they belong, and nothing of the example company does', () => {
  const draft = defaultsFor(owner, TODAY);
  expect(draft.company.name).toBe('');
  expect(draft.company.offering).toBe('goods');
  expect(draft.plan.revenue).toBe(60_000_000);
  expect(draft.plan.year).toBe(2027);
  expect(draft.processes.crm).toBe('amoCRM');
  expect(draft.department.positions.map((p) => [p.role, p.headcount, p.salary, p.reportsTo])).toEqual([
    ['head-of-sales', 1, 150_000, 'director'],
    ['sales-manager', 5, 60_000, 'rop'],
  ]);
  // The example's own funnel (450 000 ₽ deals, 400 leads) is nowhere: this one is the team's.
  expect(draft.plan.funnel.averageDeal).toBe(400_000);
  expect(draft.plan.newClients).toBe(60);
  expect(JSON.stringify(draft)).not.toMatch(/ТехноСнаб|Петров|Битрикс/);
});

/** Every offering with teams of one to twelve, with and without a head, with account managers and lead generation. */
const TEAMS: Array<QuickAnswers['team']> = [
  { 'sales-manager': 1 },
  { 'head-of-sales': 1, 'sales-manager': 1 },
  { 'head-of-sales': 1, 'sales-manager': 2 },
  { 'head-of-sales': 1, 'sales-manager': 3, 'lead-generation': 1 },
  { 'head-of-sales': 1, 'sales-manager': 5, 'key-account-manager': 1 },
  { 'head-of-sales': 1, 'sales-manager': 7, 'key-account-manager': 2, 'lead-generation': 2, 'sales-assistant': 1 },
  { 'key-account-manager': 3 },
  { 'head-of-sales': 1 },
  {},
  { 'sales-manager': 12 },
];

test.each(OFFERINGS.flatMap((offering) => TEAMS.map((team) => [offering, JSON.stringify(team), team] as const)))(
  '%s, team %s: valid, the funnel covers the plan, and no count plan is fractional for its period',
  (offering, _name, team) => {
    for (const revenue of [6_000_000, 35_000_000, 240_000_000]) {
      const draft = defaultsFor({ offering, team, salaries: {}, revenue, crm: null }, TODAY);
      const checked = checkProfileData({ ...draft, company: { ...draft.company, name: 'Вектор' } });
      if (!checked.ok) throw new Error(checked.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
      const profile = checked.profile;
      expect(checked.warnings.filter((w) => w.code === 'kpi-count-fractional')).toEqual([]);
      expect(funnelCheck(profile).shortfall).toBe(false);
      for (const entry of profile.kpis) {
        for (const plan of positionKpiPlans(profile, entry.position)) {
          const item = entry.items[plan.index]!;
          if (kpiUnit(item) === 'count')
            expect(Number.isInteger(Math.round(plan.plan * 1e6) / 1e6), `${entry.position} ${item.kpi}`).toBe(true);
        }
      }
    }
  },
);

test('a plan of 0,7 new clients a month for one seller becomes a whole plan for a quarter', () => {
  const draft = defaultsFor({ ...owner, offering: 'projects', team: { 'sales-manager': 1 } }, TODAY);
  const item = draft.kpis[0]!.items.find((i) => i.kpi === 'new-clients')!;
  expect(item.period).toBe('quarter');
  const checked = checkProfileData({ ...draft, company: { ...draft.company, name: 'Вектор' } });
  if (!checked.ok) throw new Error('invalid');
  const plan = positionKpiPlans(checked.profile, 'manager').find((p) => p.kpi === 'new-clients')!;
  expect(plan.plan).toBe(1);
});
