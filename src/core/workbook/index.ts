/**
 * The «Расчёт премий» workbook (bonus-workbook.xlsx): the accountant's calculator of every pay
 * period's bonus from the facts, with live formulas that follow the motivation regulation's curves.
 * Loaded on demand (exceljs is large): the pack imports this module only when it writes the file.
 */
import type { Profile } from '../profile/schema.ts';
import type { Deflater } from '../render/deflate.ts';
import { rampUpText } from '../../documents/shared/ramp-up.ts';
import { accountingSource, crmSource } from '../../documents/shared/sources.ts';
import { workbookContent } from './content.ts';
import { writeWorkbook, type WorkbookLayout } from './xlsx.ts';

export { BONUS_WORKBOOK } from './meta.ts';
export type { WorkbookLayout, PositionLayout, RowCells } from './xlsx.ts';

export interface BonusWorkbookOptions {
  timestamp: Date;
  deflater?: Deflater;
  /** Employee rows per position instead of the headcount. */
  rows?: number;
}

export async function buildBonusWorkbook(
  profile: Profile,
  options: BonusWorkbookOptions,
): Promise<{ bytes: Uint8Array; layout: WorkbookLayout }> {
  const content = workbookContent(profile, options.rows === undefined ? {} : { rows: options.rows });
  // The pack's one source per figure: money from the accounting system, the rest from the CRM or the client base.
  const sources = `${accountingSource(profile).gen} и ${crmSource(profile).gen}`;
  return writeWorkbook(content, {
    timestamp: options.timestamp,
    rampUpText: rampUpText(profile.plan.rampUp),
    sources,
    deflater: options.deflater,
  });
}
