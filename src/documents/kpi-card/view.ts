/**
 * The view of «Карта KPI»: one card per position with KPIs. Plans per employee and period come
 * from the math module (derived from the plan section or given in the profile); thresholds from
 * the position's curve or the item's own; every number is formatted here.
 */
import { soldWording } from './sold-wording.ts';
import { planYearInForce } from '../shared/in-force.ts';
import { firmKpiOf, kpiById } from '../../core/catalog.ts';
import { kpiUnit } from '../../core/math/kpi-meta.ts';
import {
  attainmentPct,
  factForAttainment,
  kpiPlan,
  positionContext,
  positionKpiPlans,
  revenueItemIndex,
  type Curve,
  type KpiPlan,
} from '../../core/math/index.ts';
import { includes } from '../shared/include.ts';
import type { KpiItem, Profile } from '../../core/profile/schema.ts';
import { formatDayMonth, formatPercent, MONTHS_NOMINATIVE, NBSP, roundHalfAway } from '../../core/text/format.ts';
import { capitalize, lowerFirst } from '../../core/text/names.ts';
import { buildCommonView, type CommonView, type PositionView, type TitleView } from '../shared/common.ts';
import {
  curveThreshold,
  DIRECTION_TEXT,
  formatValue,
  formatKpiValue,
  kpiKeys,
  PERIOD_FOR,
  PERIOD_NAME,
  QUARTER_NAMES,
  roundFact,
  unitLabel,
  withCrm,
  type ValueUnit,
} from '../shared/plan-values.ts';
import { payPeriodWords, type PayPeriodWords } from '../shared/pay-period.ts';
import { rampUpText } from '../shared/ramp-up.ts';
import { isAccountingSource, withSources } from '../shared/sources.ts';

/** A row of the KPI table. */
export interface KpiCardRow {
  name: string;
  unit: string;
  weight: string;
  period: string;
  plan: string;
  threshold: string;
  direction: string;
  source: string;
}

/** How one KPI is defined and measured. */
export interface KpiCardItem {
  /** The KPI's slug for clause ids: `revenue`, `new-clients`, a custom KPI's name in latin letters. */
  id: string;
  name: string;
  /** «выручка за месяц в ₽, план на отдел» — what the plan figure is. */
  summary: string;
  /** Catalog description; null for a custom KPI. */
  description: string | null;
  formula: string;
  attainment: string;
  example: string;
  source: string;
  confirmer: string;
  /** «70 %: при плане 3 500 000 ₽ — факт не ниже 2 450 000 ₽»; null without a threshold. */
  threshold: string | null;
}

/** A KPI whose plan follows the seasonality: its plan for each month or quarter. */
export interface KpiCardSeasonal {
  /** The KPI's slug for clause ids, as in KpiCardItem. */
  id: string;
  name: string;
  /** «на одного работника» or «на отдел». */
  whose: string;
  monthly: boolean;
  /** Month table in two halves: January–June beside July–December. */
  pairs: Array<{ left: string; leftPlan: string; right: string; rightPlan: string }>;
  /** Quarter table for a quarterly KPI. */
  quarters: Array<{ label: string; plan: string }>;
  total: string;
}

export interface KpiCardFormRow {
  name: string;
  weight: string;
  /** The plan to evaluate against, or '' where it changes by month (seasonality) and is copied by hand. */
  plan: string;
}

export interface KpiCardView extends CommonView {
  year: number;
  /** «1 января», or the approval day when the pack is approved within the plan year: a card is not in force before it is approved. */
  validFrom: string;
  position: PositionView;
  superior: TitleView;
  /** «календарный месяц», «календарный месяц или квартал». */
  periodsText: string;
  hasDepartmentScope: boolean;
  allDepartmentScope: boolean;
  /** «План на сотрудника», or «План на Отдел» when every plan is the department's. */
  planHeader: string;
  rows: KpiCardRow[];
  weightTotal: string;
  notes: string[];
  seasonal: KpiCardSeasonal[];
  /** The title of the seasonal section, by the periods its plans have: «Плановые значения по кварталам». */
  seasonalTitle: string;
  items: KpiCardItem[];
  form: KpiCardFormRow[];
  formNotes: string[];
  motivationIncluded: boolean;
  /** How pay uses the card when it is not a weighted KPI bonus; null for kpi-bonus. */
  payNote: string | null;
  /** The bonus is paid per this period; the evaluation sheet is filled in per it. */
  pay: PayPeriodWords;
  /** A new hire's personal plan by month of work; null when every plan is the department's. */
  rampUp: string | null;
  salesPlanIncluded: boolean;
  salesPlanTitle: string;
}

const PERIOD_ORDER = ['month', 'quarter', 'year'] as const;

/** « 100 %» kept on one line with the sign before it. */
const HUNDRED = `${NBSP}100${NBSP}%`;

function unitOf(item: KpiItem): ValueUnit {
  return kpiUnit(item);
}

/** The curve that sets the item's threshold: its own, else the scheme's for the KPIs the scheme pays on. */
function curveOf(profile: Profile, positionId: string, item: KpiItem, index: number): Curve | null {
  if (item.curve !== null) return item.curve;
  const { motivation, items } = positionContext(profile, positionId);
  if (motivation === null) return null;
  if (motivation.scheme === 'kpi-bonus') return motivation.curve;
  if (motivation.scheme === 'revenue-percent') return revenueItemIndex(items) === index ? motivation.rateCurve : null;
  return null;
}

function isSeasonal(profile: Profile, plan: KpiPlan): boolean {
  return profile.plan.seasonality !== null && plan.derivation === 'revenue' && !plan.explicit && plan.period !== 'year';
}

/** One line with numbers: how attainment comes out of a plan and a fact. */
function exampleText(item: KpiItem, plan: number, unit: ValueUnit, direction: KpiPlan['direction'], profile: Profile): string {
  const v = (x: number) => formatKpiValue(item, x, profile.currency);
  if (plan === 0) {
    return direction === 'lower'
      ? 'план равен нулю: выполнение составляет 100 %, если факт тоже равен нулю, и 0 % при любом большем факте'
      : 'план равен нулю: показатель считается выполненным при любом факте';
  }
  const factors = direction === 'higher' ? [0.9, 0.8, 0.5] : [1.2, 1.5, 2];
  let fact = roundFact(plan * (factors[0] as number), unit, profile.currency);
  for (const k of factors) {
    fact = roundFact(plan * k, unit, profile.currency);
    if (fact !== plan && fact > 0) break;
  }
  // The example divides the figures it prints: a plan of 1,333 clients printed «1,3 клиента» gives
  // 1 / 1,3 = 76,9 %, not the 75 % of the exact plan a reader cannot redo.
  const shown = (x: number) => roundHalfAway(x, unit === 'currency' ? 0 : 1);
  const pct = attainmentPct(shown(fact), shown(plan), direction);
  const ratio = direction === 'higher' ? `${v(fact)} / ${v(plan)}` : `${v(plan)} / ${v(fact)}`;
  return `при плане ${v(plan)} и факте ${v(fact)} выполнение составит ${ratio} ×${HUNDRED} = ${formatPercent(pct)}`;
}

/**
 * A yes/no KPI has no figure to divide: its attainment is 100 % when done and 0 % when not, so its
 * card says that instead of «при плане выполнено и факте выполнено … = 100 %».
 */
function yesNoTexts(
  whose: string,
  period: KpiPlan['period'],
  threshold: number | null,
): Pick<KpiCardItem, 'summary' | 'attainment' | 'example' | 'threshold'> {
  return {
    summary: `${capitalize(whose)} ${PERIOD_FOR[period]} — показатель выполнен (отметка «выполнено» или «не выполнено»)`,
    attainment: `выполнение составляет ${formatPercent(100)}, если показатель выполнен, и ${formatPercent(0)}, если не выполнен.`,
    example: `при отметке «не выполнено» выполнение составит ${formatPercent(0)}`,
    threshold: threshold === null ? null : `${formatPercent(threshold)} выполнения: показатель засчитывается, только если он выполнен`,
  };
}

function validFrom(profile: Profile): string {
  return formatDayMonth(planYearInForce(profile));
}

function confirmerOf(source: string, superior: TitleView, profile: Profile): string {
  return isAccountingSource(source, profile) ? 'бухгалтерия' : superior.nom;
}

function periodsText(periods: ReadonlyArray<KpiPlan['period']>): string {
  const used = PERIOD_ORDER.filter((p) => periods.includes(p)).map((p) => PERIOD_NAME[p]);
  const list = used.length <= 1 ? (used[0] ?? '') : `${used.slice(0, -1).join(', ')} или ${used.at(-1)}`;
  return `календарный ${list}`;
}

function seasonalOf(profile: Profile, positionId: string, plan: KpiPlan, unit: ValueUnit, id: string): KpiCardSeasonal {
  const value = (x: number) => formatValue(x, unit, profile.currency);
  const whose = plan.scope === 'department' ? 'на Отдел' : 'на одного работника';
  if (plan.period === 'month') {
    const months = Array.from(
      { length: 12 },
      (_, m) => kpiPlan(profile, positionId, plan.index, { month: m + 1, period: plan.period }).plan,
    );
    const pairs = Array.from({ length: 6 }, (_, i) => ({
      left: MONTHS_NOMINATIVE[i] as string,
      leftPlan: value(months[i] as number),
      right: MONTHS_NOMINATIVE[i + 6] as string,
      rightPlan: value(months[i + 6] as number),
    }));
    return { id, name: plan.name, whose, monthly: true, pairs, quarters: [], total: value(months.reduce((a, b) => a + b, 0)) };
  }
  const quarters = [1, 4, 7, 10].map((m) => kpiPlan(profile, positionId, plan.index, { month: m, period: plan.period }).plan);
  return {
    id,
    name: plan.name,
    whose,
    monthly: false,
    pairs: [],
    quarters: quarters.map((q, i) => ({ label: QUARTER_NAMES[i] as string, plan: value(q) })),
    total: value(quarters.reduce((a, b) => a + b, 0)),
  };
}

/** Ids of the positions that get a card: those with KPI items, in department order. */
export function kpiCardPositions(profile: Profile): string[] {
  return profile.department.positions.filter((p) => profile.kpis.some((k) => k.position === p.id && k.items.length > 0)).map((p) => p.id);
}

export function buildKpiCardView(profile: Profile, positionId: string): KpiCardView {
  const common = buildCommonView(profile);
  const position = common.positions.find((p) => p.id === positionId);
  if (position === undefined) throw new Error(`no position ${positionId}`);
  const superior = position.reportsTo;
  const { items, payPeriod } = positionContext(profile, positionId);
  // A bonus paid per quarter or year measures every KPI over that period: the card shows the same plans.
  const plans = positionKpiPlans(profile, positionId, { period: payPeriod });
  const keys = kpiKeys(items);
  const currency = profile.currency;
  const year = profile.plan.year;

  const rows: KpiCardRow[] = [];
  const details: KpiCardItem[] = [];
  const seasonal: KpiCardSeasonal[] = [];
  const form: KpiCardFormRow[] = [];
  let anyThreshold = false;
  let anySeasonalMonth = false;
  let anySeasonalQuarter = false;

  const allDepartment = plans.every((p) => p.scope === 'department');
  plans.forEach((plan, i) => {
    const item = items[i] as KpiItem;
    const catalog = item.kpi === 'custom' ? firmKpiOf(item) : kpiById(item.kpi);
    const unit = unitOf(item);
    const value = formatValue(plan.plan, unit, currency);
    const seasonalPlan = isSeasonal(profile, plan);
    if (seasonalPlan) {
      seasonal.push(seasonalOf(profile, positionId, plan, unit, keys[i] as string));
      if (plan.period === 'month') anySeasonalMonth = true;
      else anySeasonalQuarter = true;
    }
    const department = plan.scope === 'department';
    const mark = department && !allDepartment ? ' на Отдел' : plan.scope === 'group' ? ' на группу' : '';
    const curve = curveOf(profile, positionId, item, i);
    const threshold = curve === null ? null : curveThreshold(curve);
    if (threshold !== null) anyThreshold = true;
    const source = item.source ?? (catalog ? withSources(catalog.source, profile) : 'учёт Компании');

    rows.push({
      name: plan.name,
      unit: unitLabel(unit, currency),
      weight: formatPercent(item.weight, 1),
      period: PERIOD_NAME[plan.period],
      plan: `${value}${mark}${seasonalPlan ? '*' : ''}`,
      threshold: threshold !== null ? formatPercent(threshold) : curve === null ? '—' : 'нет',
      direction: unit === 'yesno' ? `да — ${formatPercent(100)}, нет — ${formatPercent(0)}` : DIRECTION_TEXT[plan.direction],
      source,
    });

    const planWord = seasonalPlan ? 'в среднем' : '';
    const whose = department ? 'план на Отдел' : plan.scope === 'group' ? 'план на группу' : 'план на одного работника';
    const thresholdFact = threshold === null || plan.plan === 0 ? null : factForAttainment(plan.plan, threshold, plan.direction);
    details.push({
      id: keys[i] as string,
      name: plan.name,
      summary: `${capitalize(whose)} ${PERIOD_FOR[plan.period]} — ${[planWord, formatKpiValue(item, plan.plan, currency)].filter(Boolean).join(' ')}`,
      description: catalog ? withCrm(soldWording(catalog.description, profile.company.offering), profile.processes.crm) : null,
      formula: catalog
        ? lowerFirst(withCrm(soldWording(catalog.formula, profile.company.offering), profile.processes.crm))
        : unit === 'yesno'
          ? `отметка «выполнено» или «не выполнено» за ${PERIOD_NAME[plan.period]} по данным источника «${source}».`
          : `значение показателя за ${PERIOD_NAME[plan.period]} в единицах «${unitLabel(unit, currency)}» по данным источника «${source}».`,
      attainment:
        plan.direction === 'higher'
          ? `выполнение = факт / план ×${HUNDRED}; чем больше факт, тем выше выполнение.`
          : `выполнение = план / факт ×${HUNDRED}; чем меньше факт, тем выше выполнение.`,
      example: exampleText(item, plan.plan, unit, plan.direction, profile),
      source,
      confirmer: confirmerOf(source, superior, profile),
      threshold:
        threshold === null
          ? null
          : thresholdFact === null
            ? `${formatPercent(threshold)} выполнения`
            : `${formatPercent(threshold)} выполнения: при плане ${formatKpiValue(item, plan.plan, currency)} — факт ${plan.direction === 'higher' ? 'не ниже' : 'не выше'} ${formatKpiValue(item, roundFact(thresholdFact, unit, currency, plan.direction === 'higher' ? 'up' : 'down'), currency, 'gen')}`,
      ...(unit === 'yesno' ? yesNoTexts(whose, plan.period, threshold) : {}),
    });

    form.push({
      name: plan.period === payPeriod ? plan.name : `${plan.name} (${PERIOD_FOR[plan.period]})`,
      weight: formatPercent(item.weight, 1),
      // The form has no unit column, so the plan names its unit: «16 клиентов», «10 минут», «выполнено».
      plan: seasonalPlan ? '' : `${formatKpiValue(item, plan.plan, currency)}${mark}`,
    });
  });

  const notes: string[] = [];
  const directions = new Set(plans.map((p) => p.direction));
  const legend: string[] = [];
  if (directions.has('higher')) legend.push('«факт / план» — чем больше факт, тем выше выполнение');
  if (directions.has('lower')) legend.push('«план / факт» — чем меньше факт, тем выше выполнение');
  notes.push(`Выполнение: ${legend.join('; ')}.`);
  // One name for the section, its heading and the notes that send the reader to it.
  const seasonalTitle = `Плановые значения по ${anySeasonalMonth && anySeasonalQuarter ? 'месяцам и кварталам' : anySeasonalQuarter ? 'кварталам' : 'месяцам'}`;
  if (anySeasonalMonth || anySeasonalQuarter) {
    const span = anySeasonalMonth && anySeasonalQuarter ? 'за месяц (квартал)' : anySeasonalMonth ? 'за месяц' : 'за квартал';
    notes.push(
      `* В среднем ${span}; план каждого ${anySeasonalMonth ? 'месяца' : 'квартала'} с учётом сезонности приведён в разделе «${seasonalTitle}».`,
    );
  }
  if (plans.some((p) => p.scope === 'department') && !allDepartment) {
    notes.push('«На Отдел» — показатель оценивается по результату Отдела в целом, план установлен на Отдел.');
  }
  if (anyThreshold) {
    notes.push('Порог — выполнение плана, ниже которого показатель не даёт переменной части оплаты труда.');
  }
  if (rows.some((r) => r.threshold === '—')) notes.push('«—» — порог для показателя не установлен.');
  if (rows.some((r) => r.threshold === 'нет')) notes.push('«нет» — порог не предусмотрен: показатель учитывается при любом выполнении.');

  const formNotes: string[] = [];
  if (seasonal.length > 0) {
    formNotes.push(`План по показателям, распределённым с учётом сезонности, переносится из раздела «${seasonalTitle}».`);
  }
  if (payPeriod === 'month' && plans.some((p) => p.period !== 'month')) {
    formNotes.push(
      'Показатель с периодом «квартал» или «год» заполняется в листе за последний месяц своего периода по факту за весь период.',
    );
  }
  if (payPeriod === 'quarter' && plans.some((p) => p.period === 'year')) {
    formNotes.push('Показатель с периодом «год» заполняется в листе за IV квартал по факту за весь год.');
  }

  const weightTotal = items.reduce((sum, item) => sum + item.weight, 0);
  return {
    ...common,
    year,
    validFrom: validFrom(profile),
    position,
    superior,
    periodsText: periodsText(plans.map((p) => p.period)),
    hasDepartmentScope: plans.some((p) => p.scope === 'department'),
    allDepartmentScope: allDepartment,
    planHeader: allDepartment ? 'План на Отдел' : 'План на сотрудника',
    rows,
    weightTotal: formatPercent(weightTotal, 1),
    notes,
    seasonal,
    seasonalTitle,
    items: details,
    form,
    formNotes,
    motivationIncluded: includes(profile, 'motivation'),
    payNote: payNoteFor(profile, positionId),
    pay: payPeriodWords(payPeriod),
    rampUp: allDepartment ? null : rampUpText(profile.plan.rampUp),
    salesPlanIncluded: includes(profile, 'sales-plan'),
    salesPlanTitle: `План продаж на ${year} год`,
  };
}

/**
 * A card lists weights for every KPI, but only a kpi-bonus pays on all of them: for a
 * percent-of-revenue or salary-only position the card must say which results move the pay.
 */
function payNoteFor(profile: Profile, positionId: string): string | null {
  const { motivation, items } = positionContext(profile, positionId);
  if (motivation !== null && motivation.scheme === 'kpi-bonus') return null;
  if (motivation !== null && motivation.scheme === 'revenue-percent') {
    const revenueIndex = revenueItemIndex(items);
    const revenueItem = revenueIndex === null ? undefined : items[revenueIndex];
    const name = revenueItem && revenueItem.kpi !== 'custom' ? kpiById(revenueItem.kpi).name : 'Выручка';
    const base = motivation.base === 'margin' ? 'валовой маржи' : 'выручки';
    const others = items.length > 1 ? '; остальные показатели карты служат для оценки работы и на размер премии не влияют' : '';
    const scale = includes(profile, 'motivation') ? 'по шкале ставок Положения о мотивации' : 'по шкале ставок, установленной в Компании';
    return `Премия по этой должности начисляется в процентах от ${base} по показателю «${name}» ${scale}${others}.`;
  }
  return 'Эта должность получает только оклад: показатели карты служат для оценки работы, планирования и обратной связи и на размер оплаты труда не влияют.';
}
