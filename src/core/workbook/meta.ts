/**
 * The bonus workbook as the pack, the manifest and the site name it, without loading exceljs:
 * whether a profile has one is a question of its pay schemes only.
 */
import { positionContext } from '../math/position.ts';
import type { Profile } from '../profile/schema.ts';

export const BONUS_WORKBOOK = {
  id: 'bonus-workbook',
  file: 'bonus-workbook.xlsx',
  title: 'Расчёт премий',
  summary: 'Таблица для бухгалтера: факт по показателям в жёлтые ячейки — премия и итог к начислению по формулам положения о мотивации.',
  mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** Positions with variable pay (kpi-bonus or revenue-percent), in the department's order. */
export function paidPositions(profile: Profile): string[] {
  return profile.department.positions
    .filter((p) => {
      const m = positionContext(profile, p.id).motivation;
      return m !== null && m.scheme !== 'salary-only';
    })
    .map((p) => p.id);
}

/** The pack has the workbook when some position has variable pay. */
export function hasBonusWorkbook(profile: Profile): boolean {
  return paidPositions(profile).length > 0;
}
