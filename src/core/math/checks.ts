/**
 * Warnings only the payout math can give (profile.md, «Errors and warnings»; domain brief §4–§5):
 * funnel shortfall, payroll above its share of gross margin, and plan lints. Counting KPIs,
 * small weights and missing motivation belong to the profile's own warnings (profile/warnings.ts).
 * Pass `mathChecks` to `validateProfile` as an extra check.
 */
import type { Period } from '../profile/ids.ts';
import { issue, type Issue } from '../profile/issues.ts';
import type { Profile } from '../profile/schema.ts';
import { formatMoney, formatNumber, formatPercent } from '../text/format.ts';
import { MATH_CODES } from './codes.ts';
import { MathError } from './errors.ts';
import { funnelCheck } from './funnel.ts';
import { funnelWays } from './funnel-ways.ts';
import { capBeforeCurveTop, CLIFF_SHARE_PCT, payCliffs, zeroBonusAtPlan } from './lints.ts';
import { plansAboveFunnel, type PlanOverFunnel } from './plan-feasibility.ts';
import { payrollCheck } from './payroll.ts';
import { kpiName, kpiUnit } from './kpi-meta.ts';
import { MONTHS_IN_PERIOD } from './department-plan.ts';
import { positionKpiPlans } from './plans.ts';
import { payFor } from './payout.ts';

export interface MathCheckOptions {
  /** A step of pay larger than this percent of pay at 100 % of plan is a cliff; default 20. */
  cliffSharePct?: number;
  /** Also flag a threshold (no bonus below it) as a cliff; default true. */
  cliffThresholds?: boolean;
}

const PERIOD_WORD: Record<Period, string> = { month: 'за месяц', quarter: 'за квартал', year: 'за год' };

const count = (n: number): string => formatNumber(n, 1);

/**
 * A check that cannot be computed (an invalid profile reaching the math) yields nothing here:
 * validation has already reported the cause as an error.
 */
function guarded(run: () => Issue[]): Issue[] {
  try {
    return run();
  } catch (e) {
    if (e instanceof MathError) return [];
    throw e;
  }
}

export function mathChecks(profile: Profile, options: MathCheckOptions = {}): Issue[] {
  const cliffs: CliffRule = { limitPct: options.cliffSharePct ?? CLIFF_SHARE_PCT, thresholds: options.cliffThresholds ?? true };
  return [
    ...guarded(() => funnelIssues(profile)),
    ...guarded(() => payrollIssues(profile)),
    ...profile.department.positions.flatMap((p) => guarded(() => positionIssues(profile, p.id, cliffs))),
    ...guarded(() => plansAboveFunnel(profile).map((found) => planOverFunnelIssue(profile, found))),
    ...guarded(() => fractionalCountIssues(profile)),
    ...guarded(() => basePayShareIssues(profile)),
  ];
}

/** The base pay's least share of the average monthly pay that Kazakhstan's rules on pay systems name. */
export const KZ_BASE_PAY_MIN_PCT = 75;

/**
 * A Kazakh company's position whose salary is under 75 % of its pay at plan. The rule (the base,
 * relatively constant part at least 75 % of the average monthly pay without one-off incentive
 * payments) is stated by Kazakhstan's e-government portal; its article in the Labour Code could not
 * be checked here, so the message cites none and asks to check the Code's current text.
 */
function basePayShareIssues(profile: Profile): Issue[] {
  if (profile.company.country !== 'KZ') return [];
  const money = (v: number) => formatMoney(v, profile.currency);
  return profile.department.positions.flatMap((position, i) => {
    const pay = payFor(profile, position.id, 100);
    if (pay.total <= 0 || pay.bonus <= 0) return [];
    const sharePct = (pay.periodSalary / pay.total) * 100;
    if (sharePct >= KZ_BASE_PAY_MIN_PCT - 1e-9) return [];
    return [
      issue(
        'warning',
        MATH_CODES.basePayShareKz,
        ['department', 'positions', i, 'salary'],
        `оклад должности «${position.title}» — ${formatPercent(sharePct, 0)} её заработной платы при выполнении плана ` +
          `(${money(pay.periodSalary)} из ${money(pay.total)} ${PERIOD_WORD[pay.period]}). В Казахстане система оплаты труда ` +
          `должна обеспечивать долю основной (относительно постоянной) части не менее ${formatPercent(KZ_BASE_PAY_MIN_PCT)} ` +
          'среднемесячной заработной платы без разовых стимулирующих выплат: сверьте схему с действующей редакцией ' +
          'Трудового кодекса Республики Казахстан и при необходимости поднимите оклад',
      ),
    ];
  });
}

const LONGER: Readonly<Record<Period, Period | null>> = { month: 'quarter', quarter: 'year', year: null };

/**
 * A count KPI whose derived plan is not whole for its period (profile-v2.md): nobody closes 0,7
 * of a client. The warning names the shortest longer period in which the plan is whole.
 */
function fractionalCountIssues(profile: Profile): Issue[] {
  const whole = (v: number) => Math.abs(v - Math.round(v)) < 1e-6;
  return profile.kpis.flatMap((entry, k) =>
    positionKpiPlans(profile, entry.position).flatMap((plan) => {
      const item = entry.items[plan.index];
      if (item === undefined || plan.explicit || kpiUnit(item) !== 'count' || whole(plan.plan)) return [];
      let period: Period | null = LONGER[plan.period];
      let figure = plan.plan;
      let from = plan.period;
      while (period !== null) {
        figure = (figure / MONTHS_IN_PERIOD[from]) * MONTHS_IN_PERIOD[period];
        from = period;
        if (whole(figure)) break;
        period = LONGER[period];
      }
      const advice =
        period === null
          ? 'укажите целый план в поле plan'
          : `${PERIOD_WORD[period]} план целый — ${formatNumber(figure)}: поставьте period: ${period}`;
      return [
        issue(
          'warning',
          MATH_CODES.countFractional,
          ['kpis', k, 'items', plan.index, 'period'],
          `план показателя «${plan.name}» ${PERIOD_WORD[plan.period]} выходит дробным — ${formatNumber(plan.plan, 1)}: ${advice}`,
        ),
      ];
    }),
  );
}

function funnelIssues(profile: Profile): Issue[] {
  const f = funnelCheck(profile);
  if (!f.shortfall) return [];
  const money = (v: number) => formatMoney(v, profile.currency);
  const ways = funnelWays(profile);
  const message =
    `воронка даёт ${money(f.capacity)} новых продаж в месяц при потребности ${money(f.need)} ` +
    `(${formatPercent(f.newBusinessPct)} от среднего месяца плана ${money(f.revenueMonth)}): не хватает ${money(f.gap)}. ` +
    `По обратной воронке в месяц нужно: сделок — ${formatNumber(f.required.deals)}, встреч — ${formatNumber(f.required.meetings)}, ` +
    `лидов — ${formatNumber(f.required.leads)}. Закрыть разрыв можно, если ${ways.join(', или ')}`;
  return [issue('warning', MATH_CODES.funnelShortfall, 'plan.funnel', message)];
}

function payrollIssues(profile: Profile): Issue[] {
  const p = payrollCheck(profile);
  if (!p.over) return [];
  const money = (v: number) => formatMoney(v, profile.currency);
  const message =
    `фонд оплаты труда отдела при выполнении плана — ${money(p.annual)} в год: ${formatPercent(p.shareOfMarginPct)} ` +
    `валовой маржи (${money(p.grossMargin)}) и ${formatPercent(p.shareOfRevenuePct)} выручки, а допустимо не больше ` +
    `${formatPercent(p.maxSharePct)} маржи (${money(p.allowed)}); снизьте оклады или премии либо пересмотрите план`;
  return [issue('warning', MATH_CODES.payrollOverShare, 'plan.maxPayrollSharePct', message)];
}

interface CliffRule {
  limitPct: number;
  thresholds: boolean;
}

function positionIssues(profile: Profile, positionId: string, cliffRule: CliffRule): Issue[] {
  const index = profile.motivation.findIndex((m) => m.position === positionId);
  const position = profile.department.positions.find((p) => p.id === positionId);
  if (index === -1 || position === undefined) return [];
  const money = (v: number) => formatMoney(v, profile.currency);
  const who = `«${position.title}»`;
  const found: Issue[] = [];

  if (zeroBonusAtPlan(profile, positionId)) {
    found.push(
      issue(
        'warning',
        MATH_CODES.zeroBonusAtPlan,
        ['motivation', index],
        `при выполнении плана на 100 % премия должности ${who} равна 0: сотрудник получает только оклад ` +
          `${money(position.salary)}; проверьте кривую схемы мотивации`,
      ),
    );
  }

  const cap = capBeforeCurveTop(profile, positionId);
  if (cap !== null) {
    const at = formatPercent(cap.bindsAt);
    found.push(
      issue(
        'warning',
        MATH_CODES.capBeforeCurveTop,
        ['motivation', index, 'maxBonus'],
        `премия должности ${who} упирается в предел ${money(cap.maxBonus)} уже при выполнении плана на ${at}, ` +
          `а кривая растёт до ${formatPercent(cap.curveTop)} (там премия была бы ${money(cap.bonusAtTop)}): ` +
          `рост кривой выше ${at} не оплачивается; поднимите предел или закончите кривую на ${at}`,
      ),
    );
  }

  // A cut-off below plan is a deliberate gate; one at or above 100 % makes the whole bonus hang on the last deal.
  const cliffs = payCliffs(profile, positionId, cliffRule.limitPct).filter(
    (c) => cliffRule.thresholds || !c.threshold || c.attainment >= 100,
  );
  for (const cliff of cliffs) {
    const at = formatPercent(cliff.attainment);
    const sign = cliff.jump >= 0 ? '+' : '−';
    const size =
      `${sign}${money(Math.abs(cliff.jump))}, ${formatPercent(cliff.sharePct)} дохода при выполнении плана ` +
      `${money(cliff.targetPay)}, больше ${formatPercent(cliffRule.limitPct)}`;
    const message = cliff.threshold
      ? `порог ${at} у должности ${who}: ниже него премии нет, а на нём доход сразу растёт с ${money(cliff.below)} ` +
        `до ${money(cliff.at)} (${size}); ради порога сотрудникам выгодно переносить сделки между месяцами — ` +
        `начните премию от порога с меньшего коэффициента или поднимайте её линейно`
      : `ступенька при выполнении плана на ${at}: доход сотрудника ${who} меняется скачком с ${money(cliff.below)} ` +
        `до ${money(cliff.at)} (${size}); сотрудникам выгодно переносить сделки между месяцами — ` +
        `замените ступеньку линейным участком`;
    found.push(issue('warning', MATH_CODES.payCliff, cliff.path, message));
  }
  return found;
}

function planOverFunnelIssue(profile: Profile, f: PlanOverFunnel): Issue {
  const money = (v: number) => formatMoney(v, profile.currency);
  const { funnel } = profile.plan;
  const supplied =
    f.derivation === 'revenue'
      ? `воронка даёт ${money(f.supply)} новых продаж в месяц`
      : `воронка даёт в месяц ${f.derivation === 'new-clients' ? 'сделок' : 'встреч'}: ${count(f.supply)}`;
  if (f.positionId === null || f.kpiEntryIndex === null || f.itemIndex === null) {
    return issue(
      'warning',
      MATH_CODES.planAboveFunnel,
      'plan.newClients',
      `план новых клиентов — ${formatNumber(f.plan)} в год, ${count(f.perMonth)} в месяц, а ${supplied} ` +
        `(лиды ${formatNumber(funnel.leadsPerMonth)} × конверсия во встречу ${formatPercent(funnel.leadToMeetingPct)} × ` +
        `конверсия в сделку ${formatPercent(funnel.meetingToDealPct)}); уменьшите план или усильте воронку`,
    );
  }
  const position = profile.department.positions.find((p) => p.id === f.positionId);
  const item = profile.kpis[f.kpiEntryIndex]?.items[f.itemIndex];
  const title = position?.title ?? f.positionId;
  const name = item === undefined ? f.derivation : kpiName(item);
  const period = item === undefined ? '' : ` ${PERIOD_WORD[item.period]}`;
  const department = item?.scope === 'department';
  const value = (v: number) => (f.derivation === 'revenue' ? money(v) : count(v));
  const own = department ? `на отдел${period}` : `на сотрудника${period}`;
  const whole = department
    ? `${value(f.perMonth)} в месяц`
    : `на всю должность (${formatNumber(position?.headcount ?? 1)} чел.) ${value(f.perMonth)} в месяц`;
  const demand = f.derivation === 'revenue' ? `, из них новых продаж ${money(f.demand)}` : '';
  return issue(
    'warning',
    MATH_CODES.planAboveFunnel,
    ['kpis', f.kpiEntryIndex, 'items', f.itemIndex, 'plan'],
    `план «${name}» должности «${title}» — ${value(f.plan)} ${own}, это ${whole}${demand}, а ${supplied}: ` +
      `такой план воронка не обеспечит; уменьшите план или усильте воронку`,
  );
}
