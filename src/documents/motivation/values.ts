/**
 * KPI values as the motivation regulation prints them (a plan of «2,5 клиента», «не более 5 %»,
 * «3 500 000 ₽»), the data sources named by the company's own systems, and the facts of the
 * worked examples. Numbers come from the math module; this file only chooses and formats them.
 */
import { kpiById } from '../../core/catalog.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import type { KpiDirection } from '../../core/profile/ids.ts';
import type { KpiItem, Profile } from '../../core/profile/schema.ts';
import type { CurrencyCode } from '../../core/text/format.ts';

import { formatKpiValue } from '../shared/plan-values.ts';
import { accountingSource, crmSource } from '../shared/sources.ts';

export { PERIOD_NAME } from '../shared/plan-values.ts';

export { formatKpiValue } from '../shared/plan-values.ts';

/** The plan as a target: «не более 5 %», «не более 24 часов» when less is better. */
export function formatKpiPlan(item: KpiItem, plan: number, direction: KpiDirection, currency: CurrencyCode): string {
  return direction === 'lower' ? `не более ${formatKpiValue(item, plan, currency, 'gen')}` : formatKpiValue(item, plan, currency);
}

/** A fact rounded the way it would be written down: money and counts whole, percents to 0,1. */
function roundFact(item: KpiItem, value: number, _currency: CurrencyCode, plan: number): number {
  const unit = kpiUnit(item);
  if (unit === 'currency') return plan >= 100_000 ? Math.round(value / 1000) * 1000 : Math.round(value);
  if (unit === 'percent') return Math.min(100, Math.round(value * 10) / 10);
  if (unit === 'yesno') return value >= plan ? 1 : 0;
  return Math.round(value);
}

/** The attainments the worked example gives the higher-is-better KPIs, in item order. */
const EXAMPLE_ATTAINMENTS = [108, 80, 95, 115, 90] as const;
/** A lower-is-better KPI in the example is missed: its fact is this share of the plan (83,3 % attainment). */
const EXAMPLE_LOWER_FACTOR = 1.2;
/** Other results of a lower-is-better KPI the example may take: misses first, then a fact better than the plan. */
export const EXAMPLE_LOWER_FACTORS = [EXAMPLE_LOWER_FACTOR, 1.25, 1.1, 1.15, 1.3, 1.4, 1.5, 0.8] as const;

/**
 * Facts for the worked example, one per KPI: uneven on purpose (the first KPI above plan, the
 * second below, a lower-is-better KPI worse than its plan), rounded as real facts are.
 */
export function exampleFacts(
  items: ReadonlyArray<KpiItem>,
  plans: ReadonlyArray<{ plan: number; direction: KpiDirection }>,
  currency: CurrencyCode,
  /** Percentage points added to every higher-is-better attainment (see `readableExample` in the view). */
  shift = 0,
  /** A lower-is-better KPI's fact as a share of its plan. */
  lowerFactor: number = EXAMPLE_LOWER_FACTOR,
): number[] {
  let higher = 0;
  return plans.map((p, i) => {
    const item = items[i] as KpiItem;
    if (p.direction === 'lower') return roundFact(item, p.plan * lowerFactor, currency, p.plan);
    const target = (EXAMPLE_ATTAINMENTS[higher % EXAMPLE_ATTAINMENTS.length] as number) + shift;
    higher += 1;
    return roundFact(item, (p.plan * target) / 100, currency, p.plan);
  });
}

/** A fact at `attainment` % of a higher-is-better plan, rounded as a fact. */
export function factAt(item: KpiItem, plan: number, attainment: number, currency: CurrencyCode): number {
  return roundFact(item, (plan * attainment) / 100, currency, plan);
}

/** The source of a KPI's fact, split into systems: «CRM и телефония» → CRM, телефония. */
export function kpiSources(item: KpiItem): string[] {
  const source = item.source ?? (item.kpi === 'custom' ? null : kpiById(item.kpi).source);
  if (source === null) return [];
  return source
    .split(/\s+и\s+|,\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A source named by the company's own system: «CRM» and «1С» become the CRM and the accounting system (shared/sources.ts). */
export function sourceName(source: string, profile: Profile): string {
  if (source === 'CRM') return crmSource(profile).nom;
  if (source === '1С') return accountingSource(profile).nom;
  return source;
}
