/**
 * The view of «Положение о мотивации работников отдела продаж»: one section per position with its
 * scheme, KPIs, curve, payout table, worked example and maximum pay, then payment rules and the
 * department's payroll at plan. Every number is computed by the math module and formatted here;
 * the template only places the strings.
 */
import {
  curveSteps,
  curveValue,
  measuredPeriod,
  PAYOUT_LEVELS,
  payCurves,
  payFor,
  payoutTable,
  payrollCheck,
  periodRevenuePlan,
  positionContext,
  positionKpiPlans,
  revenueItemIndex,
  whatIf,
  type Curve,
  type KpiPlan,
  type PayBreakdown,
} from '../../core/math/index.ts';
import { JURISDICTIONS } from '../../core/law/jurisdictions.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import type { KpiItem, MotivationEntry, Profile } from '../../core/profile/schema.ts';
import { formatMoney, formatPercent, NBSP, roundHalfAway, type CurrencyCode } from '../../core/text/format.ts';
import { joinAnd, quote } from '../../core/text/names.ts';
import { includes } from '../shared/include.ts';
import { buildCommonView, type CommonView, type PositionView, type TitleView } from '../shared/common.ts';
import { payPeriodWords, type PayPeriodWords } from '../shared/pay-period.ts';
import { accountingSource, crmSource } from '../shared/sources.ts';
import { kpiKeys } from '../shared/plan-values.ts';
import { rampUpText } from '../shared/ramp-up.ts';
import { curveRows, type CurveRow } from './curve.ts';
import { deductionsView, type DeductionsView } from './deductions.ts';
import { payLimits } from './limits.ts';
import {
  EXAMPLE_LOWER_FACTORS,
  exampleFacts,
  factAt,
  formatKpiPlan,
  formatKpiValue,
  kpiSources,
  PERIOD_NAME,
  sourceName,
} from './values.ts';

const ROUNDING: Record<CurrencyCode, string> = {
  RUB: 'до целого рубля',
  KZT: 'до целого тенге',
  UAH: 'до целой гривны',
  BYN: 'до целого белорусского рубля',
  USD: 'до целого доллара США',
  EUR: 'до целого евро',
};

export interface KpiRowView {
  n: number;
  name: string;
  weight: string;
  period: string;
  plan: string;
  source: string;
  /** Revenue-percent: what the KPI does in the bonus. */
  role: string;
}

export interface PayoutRowView {
  attainment: string;
  /** K of kpi-bonus or the rate of revenue-percent. */
  factor: string;
  revenue: string;
  base: string;
  bonus: string;
  capped: boolean;
  total: string;
}

export interface ExampleLineView {
  name: string;
  weight: string;
  plan: string;
  fact: string;
  attainment: string;
  coefficient: string;
  contribution: string;
}

export interface KpiExampleView {
  lines: ExampleLineView[];
  /** «69,6 % + 16 % + 16,7 %». */
  sum: string;
  k: string;
  bonusBeforeCap: string;
  bonus: string;
  capped: boolean;
  total: string;
  lowerNotes: Array<{ name: string; plan: string; fact: string; attainment: string }>;
  /** The same month with one KPI below its threshold. */
  variant: { name: string; fact: string; attainment: string; threshold: string; k: string; bonus: string; total: string } | null;
}

export interface RevenueExampleView {
  plan: string;
  fact: string;
  attainment: string;
  rate: string;
  base: string;
  bonusBeforeCap: string;
  bonus: string;
  capped: boolean;
  total: string;
  contrast: { fact: string; attainment: string; rate: string; base: string; bonus: string; total: string } | null;
}

export interface LimitsView {
  /** Attainment where the curves stop rising: «150 %». */
  top: string;
  /** K or rate at the top. */
  factorTop: string;
  /** The bonus the curves give at the top, before the cap. */
  bonusTop: string;
  cap: string | null;
  /** The attainment where the bonus reaches the cap, if it ever does. */
  capBindsAt: string | null;
  /** The cap is reached before the curves stop rising: their growth past it is not paid. */
  capCutsCurve: boolean;
  /** The cap exists but the curves never reach it. */
  capNeverReached: boolean;
  maxTotal: string | null;
  /** The curves give one value whatever the attainment (a flat rate or coefficient). */
  flat: boolean;
  /** Revenue-percent without a cap: the pay at the last payout level («150 %»). */
  sampleLevel: string;
  sampleTotal: string;
}

export interface PositionSection {
  id: string;
  title: TitleView;
  sectionTitle: string;
  headcountText: string;
  salary: string;
  isKpiBonus: boolean;
  isRevenuePercent: boolean;
  isSalaryOnly: boolean;
  /** The pay period's words: the bonus, the payout table and the examples are per this period. */
  pay: PayPeriodWords;
  /** The salary part of the period's pay as a formula term: «45 000 ₽», or «3 × 45 000 ₽» a quarter. */
  salaryTerm: string;
  /** The profile gives the position no motivation entry (salary-only by default). */
  noEntry: boolean;
  /** Salary and bonus shares at plan: «оклад 60 %, премия 40 %». */
  mix: string | null;
  atPlan: string;
  kpiBonus: { targetBonus: string; cap: string | null; ownCurves: boolean } | null;
  revenuePercent: {
    isMargin: boolean;
    marginPct: string;
    /** The personal revenue plan of an average pay period. */
    periodPlan: string;
    cap: string | null;
    revenueKpi: string;
    rateVaries: boolean;
  } | null;
  kpis: KpiRowView[];
  kpiNames: string[];
  hasKpis: boolean;
  /** `id`: the clause id of the scale: `scale`, or `scale-<kpi>` after its first KPI when the KPIs have several scales. */
  curves: Array<{ id: string; forText: string | null; rows: CurveRow[] }>;
  payout: PayoutRowView[];
  kpiExample: KpiExampleView | null;
  revenueExample: RevenueExampleView | null;
  limits: LimitsView | null;
}

export interface MotivationView extends CommonView {
  motivationLaw: { localActIns: string; bonusContentLaw: string | null; bonusCutLaw: string | null; unionOpinion: string | null };
  has: {
    variable: boolean;
    kpiBonus: boolean;
    revenuePercent: boolean;
    margin: boolean;
    revenueBase: boolean;
    threshold: boolean;
    departmentScope: boolean;
    /** A KPI planned for a quarter in a bonus paid more often. */
    quarterly: boolean;
    /** A KPI planned for a year in a bonus paid more often. */
    yearly: boolean;
    /** Some position's bonus is paid per quarter. */
    quarterPay: boolean;
    /** Some position's bonus is paid per year. */
    yearPay: boolean;
    /** Some position's bonus is paid per month. */
    monthPay: boolean;
    lowerBetter: boolean;
    cap: boolean;
    seasonality: boolean;
    salaryOnly: boolean;
    /** Bonus reductions are listed: the profile's own or the standard list. */
    deductions: boolean;
    /** A paid position has a personal plan a new hire's ramp-up applies to. */
    rampUp: boolean;
    /** The pack has the sales plan, so «Планом продаж» names a document. */
    salesPlan: boolean;
  };
  bonusTypes: Array<{ name: string; forText: string; basis: string }>;
  summary: Array<{ title: string; scheme: string; salary: string; atPlan: string; max: string }>;
  prospects: Array<{ title: string; text: string }>;
  /** «Битрикс24 и 1С»: what an employee recomputes the bonus from (genitive-proof names). */
  recomputeFrom: string;
  sources: string[];
  deductions: DeductionsView;
  /** A new hire's plan by month of work: «в первый месяц работы — 50 % личного плана, …». */
  rampUp: string;
  /** One source per figure, in the genitive: the accounting system for money, the CRM for activity. */
  figureSources: { accounting: string; crm: string };
  rounding: string;
  sections: PositionSection[];
  payroll: {
    lines: Array<{ title: string; headcount: number; pay: string; month: string; year: string }>;
    month: string;
    annual: string;
    revenue: string;
    grossMargin: string;
    shareOfMargin: string;
    shareOfRevenue: string;
    maxShare: string;
    allowed: string;
    over: boolean;
    difference: string;
  };
}

const pct = (x: number, decimals = 1) => formatPercent(x, decimals);
/** A coefficient (a fraction in the math) as a percentage: 1.167 → «116,7 %». */
const coef = (k: number) => formatPercent(k * 100, 1);
const rate = (r: number) => formatPercent(r, 2);

function itemsOf(profile: Profile, positionId: string): ReadonlyArray<KpiItem> {
  return positionContext(profile, positionId).items;
}

/** The KPI plans the bonus is paid on: a KPI shorter than the pay period is planned over the period. */
function payPlans(profile: Profile, positionId: string): KpiPlan[] {
  return positionKpiPlans(profile, positionId, { period: positionContext(profile, positionId).payPeriod });
}

function kpiRows(profile: Profile, positionId: string, plans: KpiPlan[], m: MotivationEntry | null): KpiRowView[] {
  const items = itemsOf(profile, positionId);
  const revenueIndex = m?.scheme === 'revenue-percent' ? revenueItemIndex(items) : null;
  return plans.map((plan, i) => {
    const item = items[i] as KpiItem;
    const value = formatKpiPlan(item, plan.plan, plan.direction, profile.currency);
    const sources = kpiSources(item).map((s) => sourceName(s, profile));
    return {
      n: i + 1,
      name: plan.name,
      weight: pct(item.weight, 1),
      period: PERIOD_NAME[plan.period],
      plan: plan.scope === 'department' ? `${value} (план Отдела)` : value,
      source: sources.length ? joinAnd(sources) : '—',
      role:
        i === revenueIndex
          ? 'определяет выполнение плана, ставку и базу премии'
          : includes(profile, 'kpi-card')
            ? 'оценивается в карте KPI, на размер премии не влияет'
            : 'служит для оценки работы, на размер премии не влияет',
    };
  });
}

function curveTables(profile: Profile, positionId: string, m: MotivationEntry): PositionSection['curves'] {
  if (m.scheme === 'salary-only') return [];
  if (m.scheme === 'revenue-percent') return [{ id: 'scale', forText: null, rows: curveRows(m.rateCurve, 'rate') }];
  const items = itemsOf(profile, positionId);
  const plans = payPlans(profile, positionId);
  const keys = kpiKeys(items);
  const groups: Array<{ curve: Curve; names: string[]; key: string }> = [];
  items.forEach((item, i) => {
    const curve = item.curve ?? m.curve;
    const key = JSON.stringify(curve);
    const group = groups.find((g) => JSON.stringify(g.curve) === key);
    const name = quote(plans[i]?.name ?? '');
    if (group) group.names.push(name);
    else groups.push({ curve, names: [name], key: keys[i] as string });
  });
  if (groups.length <= 1) return [{ id: 'scale', forText: null, rows: curveRows(groups[0]?.curve ?? m.curve, 'coefficient') }];
  return groups.map((g) => ({
    id: `scale-${g.key}`,
    forText: `${g.names.length === 1 ? 'для показателя' : 'для показателей'} ${joinAnd(g.names)}`,
    rows: curveRows(g.curve, 'coefficient'),
  }));
}

function payoutRows(profile: Profile, positionId: string): PayoutRowView[] {
  const money = (v: number) => formatMoney(v, profile.currency);
  return payoutTable(profile, positionId).map((row) => {
    const pay = payFor(profile, positionId, row.attainment);
    return {
      attainment: pct(row.attainment),
      factor: row.scheme === 'kpi-bonus' ? coef(row.coefficient ?? 0) : row.scheme === 'revenue-percent' ? rate(row.rate ?? 0) : '—',
      revenue: pay.revenue === null ? '—' : money(pay.revenue),
      base: pay.base === null ? '—' : money(pay.base),
      bonus: money(row.bonus),
      capped: row.capped,
      total: money(row.total),
    };
  });
}

/** The rate grows with attainment somewhere and never falls. */
function rateRises(curve: Curve): boolean {
  return (
    curve.some((p, i) => i > 0 && p[1] > (curve[i - 1] as Curve[number])[1]) &&
    curve.every((p, i) => i === 0 || p[1] >= (curve[i - 1] as Curve[number])[1])
  );
}

/** The attainment up to which the curve pays nothing, if it then starts paying with a step. */
function threshold(curve: Curve): number | null {
  if (curveValue(curve, 0) !== 0) return null;
  return curveSteps(curve).find((s) => s.from === 0 && s.to > 0)?.attainment ?? null;
}

function kpiExample(profile: Profile, positionId: string, m: Extract<MotivationEntry, { scheme: 'kpi-bonus' }>): KpiExampleView | null {
  const items = itemsOf(profile, positionId);
  const plans = payPlans(profile, positionId);
  if (plans.length === 0) return null;
  const currency = profile.currency;
  const money = (v: number) => formatMoney(v, currency);
  // Money facts the example may move to the unit when no round ones read (see `nudged`).
  const moneyKpis = plans.flatMap((p, i) => (p.direction === 'higher' && kpiUnit(items[i] as KpiItem) === 'currency' ? [i] : []));
  const { facts, pay } = readableExample(
    profile,
    positionId,
    m.targetBonus,
    (shift, lower) => exampleFacts(items, plans, currency, shift, lower),
    moneyKpis,
  );
  const value = (i: number, v: number) => formatKpiValue(items[i] as KpiItem, v, currency);
  const lines = pay.kpis.map((line, i) => ({
    name: line.name,
    weight: pct(line.weight),
    plan: formatKpiPlan(items[i] as KpiItem, line.plan, line.direction, currency),
    fact: value(i, line.fact ?? 0),
    attainment: pct(line.attainment),
    coefficient: coef(line.coefficient ?? 0),
    contribution: coef(line.contribution ?? 0),
  }));
  const lowerNotes = pay.kpis
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.direction === 'lower')
    .map(({ line, i }) => ({
      name: quote(line.name),
      plan: value(i, line.plan),
      fact: value(i, line.fact ?? 0),
      attainment: pct(line.attainment),
    }));
  return {
    lines,
    sum: pay.kpis.map((l) => coef(l.contribution ?? 0)).join(' + '),
    k: coef(pay.coefficient ?? 0),
    bonusBeforeCap: money(pay.bonusBeforeCap),
    bonus: money(pay.bonus),
    capped: pay.capped,
    total: money(pay.total),
    lowerNotes,
    variant: kpiVariant(profile, positionId, m, facts, pay),
  };
}

/** Shifts of the example's attainments tried, in order: the example stays close to the planned one. */
const EXAMPLE_SHIFTS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5] as const;

/**
 * The worked example's facts and pay, chosen so that a reader who redoes it with the printed
 * figures gets the printed result: the contributions (to 0,1 %) add up to K, and the target bonus
 * times the printed K gives the printed bonus to the unit. K is not rounded by the math
 * (motivation.md), so facts whose K has more digits than the text shows would print
 * «40 000 ₽ × 102,3 % = 40 907 ₽»; the nearest attainments that do not are taken instead.
 */
function readableExample(
  profile: Profile,
  positionId: string,
  targetBonus: number,
  factsFor: (shift: number, lowerFactor: number) => number[],
  moneyKpis: readonly number[],
): { facts: number[]; pay: PayBreakdown } {
  const reads = exampleReads(targetBonus);
  let first: { facts: number[]; pay: PayBreakdown } | null = null;
  for (const lower of EXAMPLE_LOWER_FACTORS) {
    for (const shift of EXAMPLE_SHIFTS) {
      const facts = factsFor(shift, lower);
      const pay = whatIf(profile, positionId, facts);
      first ??= { facts, pay };
      if (reads(pay)) return { facts, pay };
    }
  }
  const start = first as { facts: number[]; pay: PayBreakdown };
  return nudged(profile, positionId, start, moneyKpis, reads) ?? start;
}

/** The printed contributions (to 0,1 %) add up to the printed K, and the target bonus × the printed K gives the printed bonus to the unit. */
function exampleReads(targetBonus: number): (pay: PayBreakdown) => boolean {
  const tenth = (x: number) => roundHalfAway(x * 100, 1);
  return (pay) => {
    const k = tenth(pay.coefficient ?? 0);
    const sum = pay.kpis.reduce((total, line) => total + tenth(line.contribution ?? 0), 0);
    const sumReads = Math.abs(sum - k) < 0.05 + 1e-9;
    const bonusReads = Math.abs((targetBonus * k) / 100 - roundHalfAway(pay.bonusBeforeCap)) <= 0.5 + 1e-9;
    return sumReads && bonusReads;
  };
}

/** Tenths of a per cent of K tried around the example's own K, nearest first. */
const K_STEPS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5] as const;

/**
 * When no round facts read (a count KPI with a fractional plan gives a contribution like 23,08 %,
 * and then K has more digits than the text shows whatever the other facts), one money fact is
 * moved, to the unit of money, so that K lands on a figure of 0,1 %. K is linear in that fact
 * between the scale's points: the fact is solved for from two evaluations and checked.
 */
function nudged(
  profile: Profile,
  positionId: string,
  start: { facts: number[]; pay: PayBreakdown },
  moneyKpis: readonly number[],
  reads: (pay: PayBreakdown) => boolean,
): { facts: number[]; pay: PayBreakdown } | null {
  const k0 = start.pay.coefficient ?? 0;
  for (const j of moneyKpis) {
    const f0 = start.facts[j] ?? 0;
    const probe = [...start.facts];
    probe[j] = f0 + 1000;
    const slope = ((whatIf(profile, positionId, probe).coefficient ?? 0) - k0) / 1000;
    if (slope === 0) continue;
    for (const step of K_STEPS) {
      const k = (roundHalfAway(k0 * 100, 1) + step / 10) / 100;
      const facts = [...start.facts];
      facts[j] = roundHalfAway(f0 + (k - k0) / slope);
      if ((facts[j] ?? 0) <= 0) continue;
      const pay = whatIf(profile, positionId, facts);
      if (reads(pay)) return { facts, pay };
    }
  }
  return null;
}

/** The example month again with its second higher-is-better KPI below that KPI's threshold. */
function kpiVariant(
  profile: Profile,
  positionId: string,
  m: Extract<MotivationEntry, { scheme: 'kpi-bonus' }>,
  facts: number[],
  base: PayBreakdown,
): KpiExampleView['variant'] {
  const items = itemsOf(profile, positionId);
  const higher = base.kpis.filter((l) => l.direction === 'higher');
  const target = higher[1];
  if (target === undefined || target.plan === 0) return null;
  const item = items[target.index] as KpiItem;
  const cut = threshold(item.curve ?? m.curve);
  if (cut === null) return null;
  const changed = [...facts];
  changed[target.index] = factAt(item, target.plan, cut * 0.6, profile.currency);
  const pay = whatIf(profile, positionId, changed);
  const line = pay.kpis[target.index];
  if (line === undefined || line.coefficient !== 0 || (base.kpis[target.index]?.coefficient ?? 0) === 0) return null;
  const money = (v: number) => formatMoney(v, profile.currency);
  return {
    name: quote(line.name),
    fact: formatKpiValue(item, line.fact ?? 0, profile.currency),
    attainment: pct(line.attainment),
    threshold: pct(cut),
    k: coef(pay.coefficient ?? 0),
    bonus: money(pay.bonus),
    total: money(pay.total),
  };
}

/** Attainments tried around the intended one for a revenue example, nearest first. */
const REVENUE_SHIFTS = [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8] as const;

interface RevenueSample {
  fact: number;
  pay: PayBreakdown;
}

/**
 * Revenue-percent example: the revenue KPI at about 108 % of the average pay period's plan, and at
 * about 95 % for contrast. As with the KPI example (`readableExample`), the attainments are taken
 * near those so that a reader who redoes the example with the printed, rounded figures gets the
 * printed results to the unit of money: fact / plan gives the printed attainment, fact × margin the
 * printed base, base × the printed rate (to 0,01 %) the printed bonus. A rate read off the scale at
 * an attainment of 108,0104 % is 6,2716 %, printed 6,27 %: «935 640 ₽ × 6,27 % = 58 637 ₽» did not redo.
 */
function revenueExample(profile: Profile, positionId: string): RevenueExampleView {
  const items = itemsOf(profile, positionId);
  const plans = payPlans(profile, positionId);
  const index = revenueItemIndex(items) ?? 0;
  const currency = profile.currency;
  const money = (v: number) => formatMoney(v, currency);
  const ctx = positionContext(profile, positionId);
  const plan = periodRevenuePlan(profile, positionId, { period: ctx.payPeriod });
  const item = items[index] as KpiItem;
  const m = ctx.motivation;
  const margin = m?.scheme === 'revenue-percent' && m.base === 'margin' ? roundHalfAway(profile.plan.grossMarginPct, 1) : null;
  const months = payPeriodWords(ctx.payPeriod).months;
  /** `fine`: the fact to the unit of money rather than rounded as real facts are, when no rounded one reads. */
  const at = (attainment: number, fine = false): RevenueSample => {
    // Facts of the other KPIs do not change a revenue-percent bonus: they stay at plan.
    const facts = plans.map((p) => p.plan);
    const periodFact = fine ? roundHalfAway((plan * attainment) / 100) : factAt(item, plan, attainment, currency);
    // whatIf measures the item against its measured period's plan; scale the pay period's fact to it.
    facts[index] = (periodFact * (plans[index]?.plan ?? plan)) / (plan === 0 ? 1 : plan);
    return { fact: periodFact, pay: whatIf(profile, positionId, facts) };
  };
  /** The sample redone from its printed figures gives its printed results (`baseShown`: the base is printed). */
  const reads = ({ fact, pay }: RevenueSample, baseShown: boolean): boolean => {
    const factShown = roundHalfAway(fact);
    const attainment = roundHalfAway(pay.kpis[index]?.attainment ?? 0, 1);
    const rateShown = roundHalfAway(pay.rate ?? 0, 2);
    const exactBase = margin === null ? factShown : (factShown * margin) / 100;
    const base = baseShown ? roundHalfAway(pay.base ?? 0) : exactBase;
    const salary = roundHalfAway(ctx.position.salary) * months;
    return (
      plan > 0 &&
      Math.abs(roundHalfAway((factShown / roundHalfAway(plan)) * 100, 1) - attainment) < 1e-9 &&
      Math.abs(exactBase - base) <= 0.5 + 1e-9 &&
      Math.abs((base * rateShown) / 100 - roundHalfAway(pay.bonusBeforeCap)) <= 0.5 + 1e-9 &&
      Math.abs(salary + roundHalfAway(pay.bonus) - roundHalfAway(pay.total)) <= 0.5 + 1e-9
    );
  };
  const pick = (target: number, below: number, baseShown: boolean): RevenueSample => {
    const tried = REVENUE_SHIFTS.map((shift) => target + shift).filter((a) => a > 0 && a < below);
    const samples = [...tried.map((a) => at(a)), ...tried.map((a) => at(a, true))];
    return samples.find((sample) => reads(sample, baseShown)) ?? (samples[0] as RevenueSample);
  };
  const main = pick(108, Number.POSITIVE_INFINITY, true);
  // The contrast stays under the plan and under the main example.
  const mainAttainment = main.pay.kpis[index]?.attainment ?? 108;
  const low = pick(95, Math.min(100, mainAttainment), false);
  return {
    plan: money(plan),
    fact: money(main.fact),
    attainment: pct(main.pay.kpis[index]?.attainment ?? 0),
    rate: rate(main.pay.rate ?? 0),
    base: money(main.pay.base ?? 0),
    bonusBeforeCap: money(main.pay.bonusBeforeCap),
    bonus: money(main.pay.bonus),
    capped: main.pay.capped,
    total: money(main.pay.total),
    contrast:
      low.pay.rate === main.pay.rate
        ? null
        : {
            fact: money(low.fact),
            attainment: pct(low.pay.kpis[index]?.attainment ?? 0),
            rate: rate(low.pay.rate ?? 0),
            base: money(low.pay.base ?? 0),
            bonus: money(low.pay.bonus),
            total: money(low.pay.total),
          },
  };
}

function limitsView(profile: Profile, positionId: string, m: MotivationEntry): LimitsView | null {
  if (m.scheme === 'salary-only') return null;
  const money = (v: number) => formatMoney(v, profile.currency);
  const limits = payLimits(profile, positionId);
  const last = PAYOUT_LEVELS[PAYOUT_LEVELS.length - 1] ?? 150;
  const sample = payFor(profile, positionId, last);
  const top = limits.atTop;
  return {
    top: pct(limits.curveTop),
    factorTop: m.scheme === 'kpi-bonus' ? coef(top.coefficient ?? 0) : rate(top.rate ?? 0),
    bonusTop: money(top.bonusBeforeCap),
    cap: limits.maxBonus === null ? null : money(limits.maxBonus),
    capBindsAt: limits.capBindsAt === null ? null : pct(limits.capBindsAt),
    capCutsCurve:
      limits.maxBonus !== null &&
      limits.capBindsAt !== null &&
      (m.scheme === 'revenue-percent' || top.bonusBeforeCap > limits.maxBonus + 0.005),
    capNeverReached: limits.maxBonus !== null && limits.capBindsAt === null,
    maxTotal: limits.maxTotal === null ? null : money(limits.maxTotal),
    flat: payCurves(positionContext(profile, positionId)).every((c) => c.curve.every((p) => p[1] === c.curve[0]?.[1])),
    sampleLevel: pct(last),
    sampleTotal: money(sample.total),
  };
}

const SCHEME_SHORT = {
  'kpi-bonus': 'оклад + премия по KPI',
  'revenue-percent-margin': 'оклад + процент от валовой маржи',
  'revenue-percent-revenue': 'оклад + процент от выручки',
  'salary-only': 'только оклад',
} as const;

function section(profile: Profile, position: PositionView): PositionSection {
  const ctx = positionContext(profile, position.id);
  const m: MotivationEntry = ctx.motivation ?? { position: position.id, scheme: 'salary-only' };
  const money = (v: number) => formatMoney(v, profile.currency);
  const plans = ctx.items.length ? payPlans(profile, position.id) : [];
  const atPlan = payFor(profile, position.id, 100);
  const salary = ctx.position.salary;
  const variable = m.scheme !== 'salary-only';
  const pay = payPeriodWords(ctx.payPeriod);
  const mix =
    variable && atPlan.total > 0 && atPlan.bonus > 0
      ? `оклад${NBSP}— ${pct((atPlan.periodSalary / atPlan.total) * 100, 0)}, премия${NBSP}— ${pct((atPlan.bonus / atPlan.total) * 100, 0)}`
      : null;
  const revenueIndex = m.scheme === 'revenue-percent' ? revenueItemIndex(ctx.items) : null;
  return {
    id: position.id,
    title: position.title,
    sectionTitle: `Оплата труда ${position.title.lc.gen}`,
    headcountText: position.headcountText,
    salary: money(salary),
    isKpiBonus: m.scheme === 'kpi-bonus',
    isRevenuePercent: m.scheme === 'revenue-percent',
    isSalaryOnly: m.scheme === 'salary-only',
    pay,
    salaryTerm: pay.monthly ? money(salary) : `${pay.months} × ${money(salary)}`,
    noEntry: ctx.motivation === null,
    mix,
    atPlan: money(atPlan.total),
    kpiBonus:
      m.scheme === 'kpi-bonus'
        ? {
            targetBonus: money(m.targetBonus),
            cap: m.maxBonus === null ? null : money(m.maxBonus),
            ownCurves: ctx.items.some((i) => i.curve !== null),
          }
        : null,
    revenuePercent:
      m.scheme === 'revenue-percent'
        ? {
            isMargin: m.base === 'margin',
            marginPct: pct(profile.plan.grossMarginPct),
            periodPlan: money(periodRevenuePlan(profile, position.id, { period: ctx.payPeriod })),
            cap: m.maxBonus === null ? null : money(m.maxBonus),
            revenueKpi: quote(plans[revenueIndex ?? 0]?.name ?? ''),
            rateVaries: rateRises(m.rateCurve),
          }
        : null,
    kpis: kpiRows(profile, position.id, plans, m),
    kpiNames: plans.map((p) => quote(p.name)),
    hasKpis: plans.length > 0,
    curves: curveTables(profile, position.id, m),
    payout: variable ? payoutRows(profile, position.id) : [],
    kpiExample: m.scheme === 'kpi-bonus' ? kpiExample(profile, position.id, m) : null,
    revenueExample: m.scheme === 'revenue-percent' ? revenueExample(profile, position.id) : null,
    limits: limitsView(profile, position.id, m),
  };
}

function schemeShort(profile: Profile, positionId: string): string {
  const m = positionContext(profile, positionId).motivation;
  if (m === null || m.scheme === 'salary-only') return SCHEME_SHORT['salary-only'];
  if (m.scheme === 'kpi-bonus') return SCHEME_SHORT['kpi-bonus'];
  return m.base === 'margin' ? SCHEME_SHORT['revenue-percent-margin'] : SCHEME_SHORT['revenue-percent-revenue'];
}

function forPositions(titles: string[]): string {
  return `для ${joinAnd(titles)}`;
}

export function buildMotivationView(profile: Profile): MotivationView {
  const common = buildCommonView(profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  const sections = common.positions.map((p) => section(profile, p));
  const entries = common.positions.map((p) => ({ view: p, m: positionContext(profile, p.id).motivation, items: itemsOf(profile, p.id) }));
  const kpiBonus = entries.filter((e) => e.m?.scheme === 'kpi-bonus');
  const percent = entries.filter((e) => e.m?.scheme === 'revenue-percent');
  const paid = [...kpiBonus, ...percent];
  const payPeriod = (e: (typeof entries)[number]) => positionContext(profile, e.view.id).payPeriod;
  // A KPI's own period matters to the text only where it is longer than the period its bonus is paid for.
  const periods = new Set(
    kpiBonus.flatMap((e) => e.items.map((i) => i.period).filter((p) => measuredPeriod(p, payPeriod(e)) === p && p !== payPeriod(e))),
  );
  const payPeriods = new Set(paid.map(payPeriod));
  const lowerBetter = paid.some((e) => positionKpiPlans(profile, e.view.id).some((p) => p.direction === 'lower'));

  const bonusTypes: MotivationView['bonusTypes'] = [];
  /** One bonus type per pay period, in the order month, quarter, year. */
  const typesBy = (group: typeof entries, name: string, basis: string) => {
    for (const period of ['month', 'quarter', 'year'] as const) {
      const of = group.filter((e) => payPeriod(e) === period);
      if (of.length)
        bonusTypes.push({
          name: `${payPeriodWords(period).adjNom} ${name}`,
          forText: forPositions(of.map((e) => e.view.title.lc.gen)),
          basis,
        });
    }
  };
  typesBy(
    kpiBonus,
    'премия по KPI',
    'начисляется по результатам выполнения ключевых показателей эффективности; её размер равен целевой премии, умноженной на KPI-коэффициент',
  );
  const byBase = (base: 'revenue' | 'margin') => percent.filter((e) => e.m?.scheme === 'revenue-percent' && e.m.base === base);
  typesBy(
    byBase('margin'),
    'премия в процентах от валовой маржи',
    'начисляется в процентах от валовой маржи по оплаченной выручке работника; ставка зависит от выполнения личного плана выручки',
  );
  typesBy(
    byBase('revenue'),
    'премия в процентах от выручки',
    'начисляется в процентах от оплаченной выручки работника; ставка зависит от выполнения личного плана выручки',
  );

  // A position paid per quarter or year shows its period's pay, named as such: the other rows are a month's.
  const perPeriod = (s: PositionSection, amount: string) => (s.pay.monthly ? amount : `${amount} ${s.pay.for}`);
  const summary = sections.map((s) => ({
    title: s.title.nom,
    scheme: schemeShort(profile, s.id),
    salary: s.salary,
    atPlan: perPeriod(s, s.atPlan),
    max: s.isSalaryOnly ? s.salary : s.limits?.maxTotal ? perPeriod(s, s.limits.maxTotal) : 'без предела',
  }));
  const prospects = sections
    .filter((s) => !s.isSalaryOnly && s.limits)
    .map((s) => {
      const l = s.limits as LimitsView;
      return {
        title: s.title.lc.gen,
        text:
          l.maxTotal !== null
            ? `до ${l.maxTotal} ${s.pay.per}`
            : `без верхнего предела (при выполнении плана на ${l.sampleLevel}${NBSP}— ${l.sampleTotal} ${s.pay.per})`,
      };
    });

  const sources: string[] = [];
  for (const e of paid)
    for (const item of e.items)
      for (const s of kpiSources(item)) {
        const name = sourceName(s, profile);
        if (!sources.includes(name)) sources.push(name);
      }
  // What an employee recomputes the bonus from: the accounting system for money, the CRM for the rest.
  const accounting = accountingSource(profile);
  const recomputeFrom = joinAnd(sources.includes(accounting.nom) ? [accounting.gen, crmSource(profile).gen] : [crmSource(profile).gen]);

  const payroll = payrollCheck(profile);
  const law = JURISDICTIONS[profile.company.country].motivation;
  return {
    ...common,
    motivationLaw: { ...law },
    has: {
      variable: paid.length > 0,
      kpiBonus: kpiBonus.length > 0,
      revenuePercent: percent.length > 0,
      margin: byBase('margin').length > 0,
      revenueBase: byBase('revenue').length > 0,
      departmentScope: paid.some((e) => e.items.some((i) => i.scope === 'department')),
      threshold: paid.some((e) => payCurves(positionContext(profile, e.view.id)).some((c) => threshold(c.curve) !== null)),
      quarterly: periods.has('quarter'),
      yearly: periods.has('year'),
      quarterPay: payPeriods.has('quarter'),
      yearPay: payPeriods.has('year'),
      monthPay: payPeriods.has('month'),
      lowerBetter,
      cap: paid.some((e) => e.m !== null && e.m.scheme !== 'salary-only' && e.m.maxBonus !== null),
      seasonality: profile.plan.seasonality !== null,
      salaryOnly: sections.some((s) => s.isSalaryOnly),
      deductions: profile.processes.deductions === null || profile.processes.deductions.length > 0,
      rampUp: paid.some((e) => e.items.some((i) => i.scope !== 'department')),
      salesPlan: includes(profile, 'sales-plan'),
    },
    bonusTypes,
    summary,
    prospects,
    recomputeFrom,
    sources,
    figureSources: { accounting: accounting.gen, crm: crmSource(profile).gen },
    deductions: deductionsView(profile, common.crmLoc),
    rampUp: rampUpText(profile.plan.rampUp),
    rounding: ROUNDING[profile.currency],
    sections,
    payroll: {
      lines: payroll.lines.map((l) => ({
        title: common.positions.find((p) => p.id === l.positionId)?.title.nom ?? l.positionId,
        headcount: l.headcount,
        pay: money(l.payPerEmployee),
        month: money(l.month),
        year: money(l.year),
      })),
      month: money(payroll.annual / 12),
      annual: money(payroll.annual),
      revenue: money(payroll.revenue),
      grossMargin: money(payroll.grossMargin),
      shareOfMargin: pct(payroll.shareOfMarginPct, 1),
      shareOfRevenue: pct(payroll.shareOfRevenuePct, 2),
      maxShare: pct(payroll.maxSharePct, 1),
      allowed: money(payroll.allowed),
      over: payroll.over,
      difference: money(Math.abs(payroll.allowed - payroll.annual)),
    },
  };
}
