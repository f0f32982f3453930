/**
 * One set of numbers: every figure the wizard shows (src/wizard/state/figures.ts) is printed in the
 * generated documents, for every fixture profile — the plan by months and the funnel in the sales
 * plan, each position's KPI plans in its KPI card, the payout tables and the payroll in the
 * motivation regulation. A shortfall is made where a fixture has none, so the remedies are compared too.
 */
import { describe, expect, test } from 'vitest';
import { modelText } from '../../src/core/model/to-text.ts';
import { buildPackModels } from '../../src/core/pack/generate.ts';
import type { Profile } from '../../src/core/profile/schema.ts';
import { funnelFigures, kpiPlans, kpiPlanValue, monthPlans, payoutLines, payrollFigures } from '../../src/wizard/state/figures.ts';
import { fixtureProfile } from '../support/packs.ts';
import { normalizeSpaces } from '../support/passages.ts';
import { PROFILE_FILES } from '../support/profiles.ts';

async function documents(profile: Profile): Promise<Map<string, string>> {
  const models = await buildPackModels(profile);
  return new Map(models.map((m) => [m.meta.id, normalizeSpaces(modelText(m))]));
}

const plain = (text: string) => normalizeSpaces(text);

/** The fixture with half its leads: a funnel short of the plan, so there are remedies to compare. */
const shortFunnel = (p: Profile): Profile => ({
  ...p,
  plan: { ...p.plan, funnel: { ...p.plan.funnel, leadsPerMonth: Math.max(1, Math.floor(p.plan.funnel.leadsPerMonth / 2)) } },
});

describe.each(PROFILE_FILES)('%s', (file) => {
  test('the funnel: what it gives, what the plan needs and the ways to close the gap are the sales plan’s', async () => {
    for (const profile of [fixtureProfile(file), shortFunnel(fixtureProfile(file))]) {
      const plan = (await documents(profile)).get('sales-plan');
      if (plan === undefined) return;
      const shown = funnelFigures(profile);
      expect(plan).toContain(plain(shown.capacity));
      expect(plan).toContain(plain(shown.need));
      if (shown.gap !== null) expect(plan).toContain(plain(shown.gap));
      for (const way of shown.ways) expect(plan).toContain(plain(way));
    }
  });

  test('the plan by months is the sales plan’s', async () => {
    const profile = fixtureProfile(file);
    const plan = (await documents(profile)).get('sales-plan');
    if (plan === undefined) return;
    for (const month of monthPlans(profile)) expect(plan).toContain(plain(month));
  });

  test('each KPI plan is the KPI card’s', async () => {
    const profile = fixtureProfile(file);
    const docs = await documents(profile);
    for (const entry of profile.kpis) {
      const card = docs.get(`kpi-card-${entry.position}`);
      if (card === undefined) continue;
      for (const plan of kpiPlans(profile, entry.position) ?? []) {
        const value = kpiPlanValue(plan, profile, entry.position);
        if (value === 'выполнено') continue;
        // The card prints a count with its noun («2 клиента»), the screen with «шт.»: the figure is what must agree.
        expect(card, `${entry.position} ${plan.kpi}`).toContain(plain(value.replace(/ (шт\.|дн\.|ч|мин)$/, '')));
      }
    }
  });

  test('each payout table is the motivation regulation’s', async () => {
    const profile = fixtureProfile(file);
    const motivation = (await documents(profile)).get('motivation');
    if (motivation === undefined) return;
    for (const position of profile.department.positions) {
      for (const line of payoutLines(profile, position.id) ?? []) {
        if (line.attainment !== 100) continue;
        expect(motivation, position.id).toContain(plain(line.total));
      }
    }
  });

  test('the payroll is the motivation regulation’s', async () => {
    const profile = fixtureProfile(file);
    const motivation = (await documents(profile)).get('motivation');
    const payroll = payrollFigures(profile);
    if (motivation === undefined || payroll === null) return;
    expect(motivation).toContain(plain(payroll.year));
    expect(motivation).toContain(plain(payroll.shareOfMargin));
  });
});
