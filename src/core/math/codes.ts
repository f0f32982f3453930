/** Stable codes of the warnings the payout math adds to a valid profile (checks.ts). */
export const MATH_CODES = {
  funnelShortfall: 'funnel-shortfall',
  payrollOverShare: 'payroll-over-share',
  capBeforeCurveTop: 'cap-before-curve-top',
  payCliff: 'pay-cliff',
  zeroBonusAtPlan: 'zero-bonus-at-plan',
  planAboveFunnel: 'plan-above-funnel',
  countFractional: 'kpi-count-fractional',
  basePayShareKz: 'base-pay-share-kz',
} as const;

export type MathIssueCode = (typeof MATH_CODES)[keyof typeof MATH_CODES];
