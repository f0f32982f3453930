/** The payout math: every number of the motivation, KPI and plan documents. */
export { curveValue, curveValueFromBelow, curveEnd, curveSteps, ATTAINMENT_TOLERANCE } from './curve.ts';
export type { Curve, CurvePoint, CurveStep } from './curve.ts';
export { attainmentPct, factForAttainment } from './attainment.ts';
export { kpiDirection, kpiDerivation, kpiName } from './kpi-meta.ts';
export {
  PERIODS_PER_YEAR,
  MONTHS_IN_PERIOD,
  quarterOf,
  departmentMonthlyRevenue,
  departmentQuarterlyRevenue,
  averageMonthRevenue,
  departmentRevenueFor,
} from './department-plan.ts';
export type { Month } from './department-plan.ts';
export {
  personalRevenueShare,
  personalFraction,
  departmentFigure,
  kpiPlan,
  positionKpiPlans,
  revenueItemIndex,
  monthlyRevenuePlan,
  periodRevenuePlan,
  measuredPeriod,
  revenuePlans,
} from './plans.ts';
export type { KpiPlan, PlanOptions, PositionRevenuePlan } from './plans.ts';
export { applyCap, kpiBonus, revenuePercent } from './scheme.ts';
export type { KpiBonusScheme, KpiBonusResult, RevenuePercentScheme, RevenuePercentResult, Capped } from './scheme.ts';
export { payFor, whatIf, payoutTable, PAYOUT_LEVELS } from './payout.ts';
export type { PayBreakdown, KpiLine, PayoutRow, PayOptions } from './payout.ts';
export { payrollCheck } from './payroll.ts';
export {
  planPeriods,
  monthOfWork,
  rampUpShare,
  rampsUp,
  seasonalPlan,
  monthWeights,
  monthShares,
  rampUpFactor,
  worksIn,
} from './ramp-up.ts';
export type { PlanPeriod } from './ramp-up.ts';
export { productLinePlans } from './product-lines.ts';
export type { ProductLinePlan } from './product-lines.ts';
export type { PayrollCheck, PayrollLine } from './payroll.ts';
export { funnelCheck, funnelOutput, reverseFunnel, ceilCount } from './funnel.ts';
export { atLeastPercent, funnelWays } from './funnel-ways.ts';
export type { FunnelCheck, FunnelOutput, FunnelRemedies, FunnelShortBy, ReverseFunnel } from './funnel.ts';
export { capBeforeCurveTop, capBindingAttainment, payCliffs, zeroBonusAtPlan, payCurves, CLIFF_SHARE_PCT } from './lints.ts';
export type { CapBinding, PayCliff, CurveRef } from './lints.ts';
export { plansAboveFunnel } from './plan-feasibility.ts';
export type { PlanOverFunnel } from './plan-feasibility.ts';
export { mathChecks } from './checks.ts';
export type { MathCheckOptions } from './checks.ts';
export { MATH_CODES } from './codes.ts';
export type { MathIssueCode } from './codes.ts';
export { MathError } from './errors.ts';
export { positionContext } from './position.ts';
export { rampUpRevenuePlan, rampUpShares } from './ramp-up.ts';
export type { RampUpMonth } from './ramp-up.ts';
export type { PositionContext } from './position.ts';
export {
  activityNorms,
  activityDoers,
  monthlyActivityNeed,
  monthToNorm,
  ACTIVITY_KINDS,
  WORKING_DAYS_PER_MONTH,
  WORKING_DAYS_PER_WEEK,
} from './activity.ts';
export type { ActivityKind, Norm, NormSource, PositionNorms } from './activity.ts';
export { channelPlans } from './channels.ts';
export type { ChannelPlan } from './channels.ts';
