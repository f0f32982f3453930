/**
 * The view of «План продаж на {year} год»: the basis, the department plan by month and quarter,
 * each revenue-carrying position's plan per employee, the new-clients and meetings plans, and the
 * funnel check. Every figure comes from the math module and is formatted here.
 */
import {
  departmentFigure,
  departmentMonthlyRevenue,
  funnelCheck,
  MONTHS_IN_PERIOD,
  personalFraction,
  plansAboveFunnel,
  positionContext,
  revenuePlans,
} from '../../core/math/index.ts';
import { kpiDerivation } from '../../core/math/kpi-meta.ts';
import { funnelWays } from '../../core/math/funnel-ways.ts';
import { includes } from '../shared/include.ts';
import type { Derivation, Period } from '../../core/profile/ids.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatDateLong, formatMoney, formatPercent, MONTHS_NOMINATIVE } from '../../core/text/format.ts';
import { NOUNS, countNoun } from '../../core/text/plural.ts';
import { buildCommonView, type CommonView, type PositionView } from '../shared/common.ts';
import { formatCount, PERIOD_FOR, QUARTER_NAMES } from '../shared/plan-values.ts';
import { productLinesView, type ProductLinesView } from './product-lines.ts';
import { funnelGapStep } from '../shared/funnel-gap.ts';

/** A row of a month table: a month, a quarter subtotal (bold) or the year total (bold). */
export interface PlanMonthRow {
  label: string;
  bold: boolean;
  share: string;
  revenue: string;
  /** Running total after the month; '' on subtotal rows. */
  cumulative: string;
}

export interface PositionPlanRow {
  label: string;
  bold: boolean;
  values: string[];
}

export interface CountRow {
  who: string;
  month: string;
  quarter: string;
  year: string;
}

export interface FunnelRow {
  stage: string;
  current: string;
  required: string;
  /** What the plan lacks a month at this stage (printed only when the funnel falls short); «—» for a conversion. */
  short: string;
}

export interface SalesPlanView extends CommonView {
  year: number;
  basis: Array<{ label: string; year: string; month: string }>;
  revenue: string;
  revenueMonth: string;
  seasonal: boolean;
  months: PlanMonthRow[];
  /** Revenue and margin by product line, when the plan has lines. */
  productLines: ProductLinesView | null;
  /** «в марте — 9 %, в декабре — 11 %»: the low and the high month. */
  seasonalityText: string | null;
  positionPlans: {
    columns: string[];
    rows: PositionPlanRow[];
    /** «Личные планы по выручке распределены между должностями:» or its singular. */
    sharesIntro: string;
    /** How each position's share is set. */
    shares: string[];
    /** Sum of the personal plans against the department plan. */
    check: string;
    /** One employee carries the whole plan: the month table would repeat section 2. */
    sameAsDepartment: boolean;
  } | null;
  /** Positions answering for the department's plan as a whole: «Руководитель отдела продаж». */
  departmentHolders: string[];
  departmentHoldersVerb: string;
  hasRevenuePositions: boolean;
  /** «Новые клиенты и встречи», or «Новые клиенты» when no position sets meetings. */
  countsHeading: string;
  newClients: { rows: CountRow[]; text: string };
  meetings: { rows: CountRow[]; text: string } | null;
  funnel: {
    need: string;
    needText: string;
    capacityText: string;
    rows: FunnelRow[];
    /** The whole-deal reverse funnel asks for more than the funnel gives though the money is covered. */
    roundingNote: string | null;
    shortfall: boolean;
    conclusion: string;
    remedies: string[];
    /** When the funnel falls short: the lead flow to reach and by when, the date the roadmap's step ends. */
    deadlineText: string | null;
    newClientsText: string;
  };
  kpiCardsIncluded: boolean;
  planningIncluded: boolean;
  /** Who brings the plan to employees: «руководителем отдела продаж». */
  ownerIns: string;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/** Month rows with a subtotal after each quarter and the year at the end, from 12 monthly values. */
function withSubtotals<T>(months: readonly number[], row: (label: string, value: number, index: number | null, bold: boolean) => T): T[] {
  const rows: T[] = [];
  for (let q = 0; q < 4; q++) {
    for (let m = q * 3; m < q * 3 + 3; m++) rows.push(row(MONTHS_NOMINATIVE[m] as string, months[m] as number, m, false));
    rows.push(row(QUARTER_NAMES[q] as string, sum(months.slice(q * 3, q * 3 + 3)), null, true));
  }
  rows.push(row('Итого за год', sum(months), null, true));
  return rows;
}

/** Seasonal shares of the months in percent: the profile's, or equal twelfths. */
function monthShares(profile: Profile): number[] {
  return profile.plan.seasonality ? [...profile.plan.seasonality] : Array.from({ length: 12 }, () => 100 / 12);
}

function departmentMonths(profile: Profile): PlanMonthRow[] {
  const money = (v: number) => formatMoney(v, profile.currency);
  const shares = withSubtotals(monthShares(profile), (_label, value) => value);
  let running = 0;
  return withSubtotals(departmentMonthlyRevenue(profile), (label, value, index, bold) => {
    if (index !== null) running += value;
    return {
      label,
      bold,
      share: formatPercent(shares.shift() as number),
      revenue: money(value),
      cumulative: index !== null ? money(running) : '',
    };
  });
}

function seasonalityText(profile: Profile): string | null {
  const s = profile.plan.seasonality;
  if (s === null) return null;
  const min = Math.min(...s);
  const max = Math.max(...s);
  if (min === max) return null;
  const monthsWith = (v: number) => s.flatMap((x, i) => (x === v ? [(MONTHS_NOMINATIVE[i] as string).toLocaleLowerCase('ru-RU')] : []));
  const list = (names: string[]) => (names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} и ${names.at(-1)}`);
  const low = monthsWith(min);
  const high = monthsWith(max);
  const lowText =
    low.length === 1
      ? `самый низкий месяц — ${low[0]} (${formatPercent(min)} годового плана)`
      : `самые низкие месяцы — ${list(low)} (по ${formatPercent(min)} годового плана)`;
  const highText =
    high.length === 1 ? `самый высокий — ${high[0]} (${formatPercent(max)})` : `самые высокие — ${list(high)} (по ${formatPercent(max)})`;
  return `${lowText}, ${highText}`;
}

function positionPlans(profile: Profile, common: CommonView): SalesPlanView['positionPlans'] {
  const money = (v: number) => formatMoney(v, profile.currency);
  const plans = revenuePlans(profile).filter((p) => p.scope === 'personal');
  if (plans.length === 0) return null;
  const title = (id: string) => (common.positions.find((p) => p.id === id) as PositionView).title;
  const columns = plans.map((p) => `${title(p.positionId).nom}, на сотрудника`);
  const department = departmentMonthlyRevenue(profile);
  const rows: PositionPlanRow[] = [];
  for (let q = 0; q < 4; q++) {
    for (let m = q * 3; m < q * 3 + 3; m++) {
      rows.push({
        label: MONTHS_NOMINATIVE[m] as string,
        bold: false,
        values: [money(department[m] as number), ...plans.map((p) => money(p.months[m] as number))],
      });
    }
    rows.push({
      label: QUARTER_NAMES[q] as string,
      bold: true,
      values: [money(sum(department.slice(q * 3, q * 3 + 3))), ...plans.map((p) => money(p.quarters[q] as number))],
    });
  }
  rows.push({ label: 'Итого за год', bold: true, values: [money(profile.plan.revenue), ...plans.map((p) => money(p.year))] });

  const shares = plans.map((p) => {
    const t = title(p.positionId).nom;
    const seats = countNoun(p.headcount, NOUNS.employee);
    const whole = money(p.year * p.headcount);
    if (p.share === null) {
      const { items } = positionContext(profile, p.positionId);
      const item = items.find((i) => kpiDerivation(i) === 'revenue' && i.scope === 'personal');
      const given = item && item.plan !== null ? `${money(item.plan)} ${PERIOD_FOR[item.period]}` : '';
      return `${t} — план задан в карте KPI: ${given} на сотрудника${item && item.period !== 'month' ? ', по месяцам равными частями' : ''}; на всю должность (${seats}) — ${whole} за год`;
    }
    const perEmployee = formatPercent(p.share * 100);
    const perPosition = formatPercent(p.share * 100 * p.headcount);
    const average = `в среднем ${money(p.year / 12)} в месяц`;
    return p.headcount === 1
      ? `${t} — ${perEmployee} плана Отдела (${seats}): ${average}, ${whole} за год`
      : `${t} — ${perPosition} плана Отдела на должность (${seats}), по ${perEmployee} на сотрудника: ${average} на сотрудника, ${whole} за год на должность`;
  });

  const total = sum(plans.map((p) => p.year * p.headcount));
  const diff = total - profile.plan.revenue;
  const check =
    Math.abs(diff) < 0.5
      ? `Сумма личных планов — ${money(total)} за год — равна плану Отдела.`
      : `Сумма личных планов — ${money(total)} за год — ${diff > 0 ? 'больше' : 'меньше'} плана Отдела на ${money(Math.abs(diff))}${diff > 0 ? ': личные планы заданы с запасом к плану Отдела' : ': недостающую часть плана Отдела необходимо распределить между работниками до начала периода'}.`;
  const only = plans.length === 1 ? plans[0] : undefined;
  const sameAsDepartment = only !== undefined && only.headcount === 1 && only.share !== null && Math.abs(only.share - 1) < 1e-9;
  const sharesIntro =
    plans.length === 1 ? 'Личный план по выручке установлен одной должности:' : 'Личные планы по выручке распределены между должностями:';
  return { columns, rows, sharesIntro, shares, check, sameAsDepartment };
}

const PERIODS: readonly Period[] = ['month', 'quarter', 'year'];

/**
 * Department and per-employee plans of a count KPI (new clients, meetings set) by month, quarter
 * and year: the department's figure, then each position with a personal KPI of that kind.
 */
function countRows(profile: Profile, common: CommonView, derivation: Derivation): CountRow[] {
  const by = (f: (period: Period) => number) => {
    const [month, quarter, year] = PERIODS.map((p) => formatCount(f(p)));
    return { month: month as string, quarter: quarter as string, year: year as string };
  };
  const rows: CountRow[] = [{ who: 'Отдел в целом', ...by((p) => departmentFigure(profile, derivation, p)) }];
  for (const position of common.positions) {
    const { items } = positionContext(profile, position.id);
    const item = items.find((i) => kpiDerivation(i) === derivation && i.scope === 'personal');
    if (item === undefined) continue;
    const explicit = item.plan;
    const perMonth =
      explicit !== null
        ? explicit / MONTHS_IN_PERIOD[item.period]
        : departmentFigure(profile, derivation, 'month') * personalFraction(profile, position.id, derivation);
    rows.push({
      who: `${position.title.nom}, на сотрудника${explicit !== null ? ' (план задан в карте KPI)' : ''}`,
      ...by((p) => perMonth * MONTHS_IN_PERIOD[p]),
    });
  }
  return rows;
}

function hasKpiOf(profile: Profile, derivation: Derivation): boolean {
  return profile.kpis.some((k) => k.items.some((i) => kpiDerivation(i) === derivation));
}

/** «Поток лидов доводится до 360 в месяц не позднее 16 апреля 2027 г. …»: the roadmap's gap step, as the plan states it. */
function deadlineText(profile: Profile): string | null {
  const step = funnelGapStep(profile);
  if (!step) return null;
  const roadmap = includes(profile, 'roadmap') ? ' (Дорожная карта внедрения системы управления продажами)' : '';
  const by = step.deadline ? `не позднее ${formatDateLong(step.deadline)}` : `к концу ${step.to}-й недели после утверждения плана`;
  return `Поток лидов доводится до ${formatCount(step.leadsTarget)} в месяц ${by}${roadmap}; если к этому сроку он не достигнут, по итогам квартала рассматривается пересмотр плана новых продаж.`;
}

export function buildSalesPlanView(profile: Profile): SalesPlanView {
  const common = buildCommonView(profile);
  const { plan } = profile;
  const money = (v: number) => formatMoney(v, profile.currency);
  const f = funnelCheck(profile);
  const { funnel } = plan;
  const grossMargin = (plan.revenue * plan.grossMarginPct) / 100;

  const basis: SalesPlanView['basis'] = [
    { label: 'Выручка (оплаченные продажи)', year: money(plan.revenue), month: money(f.revenueMonth) },
    {
      label: `Валовая маржа (${formatPercent(plan.grossMarginPct)} выручки)`,
      year: money(grossMargin),
      month: money(grossMargin / 12),
    },
  ];
  if (plan.recurringRevenuePct > 0) {
    basis.push({
      label: `Выручка от действующих клиентов (${formatPercent(plan.recurringRevenuePct)})`,
      year: money((f.revenueMonth - f.need) * 12),
      month: money(f.revenueMonth - f.need),
    });
  }
  basis.push({
    label: `Выручка от новых продаж (${formatPercent(f.newBusinessPct)})`,
    year: money(f.need * 12),
    month: money(f.need),
  });
  basis.push({ label: 'Новые клиенты', year: formatCount(plan.newClients), month: formatCount(plan.newClients / 12) });

  const holders = common.positions.filter((p) =>
    positionContext(profile, p.id).items.some((i) => kpiDerivation(i) === 'revenue' && i.scope === 'department'),
  );

  const newClientsMonth = departmentFigure(profile, 'new-clients', 'month');
  const overNewClients = plansAboveFunnel(profile).some((x) => x.positionId === null && x.derivation === 'new-clients');
  const meetingsMonth = departmentFigure(profile, 'meetings-set', 'month');

  // Funnel check, as the stages read top to bottom: what the funnel gives and what the plan takes.
  const rows: FunnelRow[] = [
    {
      stage: 'Лиды (обращения), в месяц',
      current: formatCount(funnel.leadsPerMonth),
      required: formatCount(f.required.leads),
      short: formatCount(f.shortBy.leads),
    },
    {
      stage: 'Конверсия из лида во встречу',
      current: formatPercent(funnel.leadToMeetingPct),
      required: formatPercent(funnel.leadToMeetingPct),
      short: '—',
    },
    {
      stage: 'Встречи, в месяц',
      current: formatCount(f.output.meetings),
      required: formatCount(f.required.meetings),
      short: formatCount(f.shortBy.meetings),
    },
    {
      stage: 'Конверсия из встречи в сделку',
      current: formatPercent(funnel.meetingToDealPct),
      required: formatPercent(funnel.meetingToDealPct),
      short: '—',
    },
    {
      stage: 'Сделки с новыми клиентами, в месяц',
      current: formatCount(f.output.deals),
      required: formatCount(f.required.deals),
      short: formatCount(f.shortBy.deals),
    },
    { stage: 'Средний чек', current: money(funnel.averageDeal), required: money(funnel.averageDeal), short: '—' },
    { stage: 'Новые продажи, в месяц', current: money(f.capacity), required: money(f.need), short: money(f.shortBy.revenue) },
  ];
  const remedies = funnelWays(profile);
  if (f.shortfall) remedies.push(`либо уменьшить план новых продаж до ${money(f.capacity)} в месяц — столько обеспечивает воронка`);
  const coverage = f.need > 0 ? formatPercent((f.capacity / f.need) * 100) : null;
  const conclusion =
    f.need === 0
      ? 'План не требует новых продаж: вся выручка планируется от действующих клиентов; воронка служит привлечению новых клиентов.'
      : f.shortfall
        ? `Воронка не обеспечивает план: она даёт ${money(f.capacity)} новых продаж в месяц при потребности ${money(f.need)} (${coverage} потребности), не хватает ${money(f.gap)} в месяц. ` +
          `При нынешних конверсиях план требует ${countNoun(f.required.leads, NOUNS.lead)} в месяц — на ${formatCount(f.shortBy.leads)} больше нынешнего потока.`
        : `Воронка обеспечивает план: она даёт ${money(f.capacity)} новых продаж в месяц при потребности ${money(f.need)} (${coverage} потребности)${f.capacity > f.need ? `, запас — ${money(f.capacity - f.need)} в месяц` : ''}.`;

  const tight =
    !f.shortfall &&
    (f.required.leads > funnel.leadsPerMonth || f.required.meetings > f.output.meetings || f.required.deals > f.output.deals);
  const roundingNote = tight
    ? `Обратная воронка считается в целых сделках и встречах: ${countNoun(f.required.deals, NOUNS.deal)} в месяц требуют ` +
      `${countNoun(f.required.leads, NOUNS.lead)}, а поток — ${countNoun(funnel.leadsPerMonth, NOUNS.lead)}. ` +
      'В среднем воронка покрывает потребность в деньгах, но запас мал: в отдельные месяцы новых сделок может не хватить.'
    : null;
  const head = common.head;
  return {
    ...common,
    year: plan.year,
    basis,
    revenue: money(plan.revenue),
    revenueMonth: money(f.revenueMonth),
    seasonal: plan.seasonality !== null,
    months: departmentMonths(profile),
    productLines: productLinesView(profile),
    seasonalityText: seasonalityText(profile),
    positionPlans: positionPlans(profile, common),
    departmentHolders: holders.map((p) => p.title.nom),
    departmentHoldersVerb: holders.length === 1 ? 'отвечает' : 'отвечают',
    hasRevenuePositions: holders.length > 0 || revenuePlans(profile).some((p) => p.scope === 'personal'),
    countsHeading: hasKpiOf(profile, 'meetings-set') ? 'Новые клиенты и встречи' : 'Новые клиенты',
    newClients: {
      rows: countRows(profile, common, 'new-clients'),
      text: `План привлечения — ${countNoun(plan.newClients, { one: 'новый клиент', few: 'новых клиента', many: 'новых клиентов' })} за год, ${formatCount(newClientsMonth)} в месяц. Новым считается клиент, впервые оплативший покупку в плановом периоде.`,
    },
    meetings: hasKpiOf(profile, 'meetings-set')
      ? {
          rows: countRows(profile, common, 'meetings-set'),
          text: `Встречи с квалифицированными клиентами — ${countNoun(meetingsMonth, NOUNS.meeting)} в месяц: поток ${countNoun(funnel.leadsPerMonth, NOUNS.lead)} в месяц при конверсии во встречу ${formatPercent(funnel.leadToMeetingPct)}.`,
        }
      : null,
    funnel: {
      need: money(f.need),
      needText:
        plan.recurringRevenuePct > 0
          ? `Средний месяц плана — ${money(f.revenueMonth)}. Действующие клиенты дают ${formatPercent(plan.recurringRevenuePct)} выручки (${money(f.revenueMonth - f.need)}), новые продажи должны дать ${formatPercent(f.newBusinessPct)} — ${money(f.need)} в месяц.`
          : `Средний месяц плана — ${money(f.revenueMonth)}; повторные продажи действующим клиентам в плане не выделены, поэтому вся выручка — ${money(f.need)} в месяц — должна поступить от новых продаж.`,
      capacityText: `Воронка даёт: ${countNoun(funnel.leadsPerMonth, NOUNS.lead)} в месяц × ${formatPercent(funnel.leadToMeetingPct)} × ${formatPercent(funnel.meetingToDealPct)} × ${money(funnel.averageDeal)} = ${money(f.capacity)} новых продаж в месяц.`,
      rows,
      roundingNote,
      shortfall: f.shortfall,
      conclusion,
      remedies,
      deadlineText: deadlineText(profile),
      newClientsText: overNewClients
        ? `План новых клиентов — ${formatCount(newClientsMonth)} в месяц — больше числа сделок, которые даёт воронка (${formatCount(f.output.deals)} в месяц): план по новым клиентам воронкой не обеспечен.`
        : `План новых клиентов — ${formatCount(newClientsMonth)} в месяц — не превышает числа сделок, которые даёт воронка (${formatCount(f.output.deals)} в месяц).`,
    },
    kpiCardsIncluded: includes(profile, 'kpi-card'),
    planningIncluded: includes(profile, 'planning-regulation'),
    ownerIns: head ? head.title.ins : common.director.position.ins,
  };
}
