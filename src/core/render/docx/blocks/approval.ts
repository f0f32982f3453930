import { Paragraph } from 'docx';
import type { Approval, Run } from '../../../model/types.ts';
import { APPROVAL_WIDTH_MM, MIN_SIGNATURE_RULE, SIGNATURE_LINE } from '../../conventions.ts';
import { estimateTextWidthPt } from '../../text-width.ts';
import { mmToPt, type Theme } from '../../theme.ts';
import type { BlockOptions } from '../context.ts';
import { toTextRuns } from '../runs.ts';
import { STYLE } from '../styles.ts';

/**
 * The approval block («гриф утверждения») as plain paragraphs indented to the block's left
 * edge: unlike a layout table or a frame, this survives editing and renders the same in Word
 * and LibreOffice.
 */
export function renderApproval(block: Approval, theme: Theme, options: BlockOptions): Paragraph[] {
  const line = (runs: Run[], spacing?: { before?: number; after?: number }, pageBreakBefore = false) =>
    new Paragraph({
      style: STYLE.approval,
      spacing,
      pageBreakBefore: pageBreakBefore || undefined,
      children: toTextRuns(runs),
    });
  return [
    line([{ text: block.label }], undefined, options.pageBreakBefore),
    ...block.lines.map((text) => line([{ text }])),
    // Room above the rule for the signature itself.
    line(signatureRuns(block.signer, theme), { before: 240 }),
    // The date closes the block; the gap below separates it from the document title.
    line([{ text: block.date }], { before: 60, after: 480 }),
  ];
}

/**
 * The rule and the name on one line, tied by a no-break space, as in the PDF: a long surname
 * shortens the rule instead of being broken (Word would break the tied line anywhere).
 */
function signatureRuns(signer: string, theme: Theme): Run[] {
  if (signer === '') return [{ text: SIGNATURE_LINE }];
  const width = (text: string): number => estimateTextWidthPt(text, theme.fontFamily, false, theme.fontSize);
  const fits = Math.floor((mmToPt(APPROVAL_WIDTH_MM) - width(`\u00a0${signer}`)) / width('_'));
  const rule = '_'.repeat(Math.max(MIN_SIGNATURE_RULE, Math.min(SIGNATURE_LINE.length, fits)));
  return [{ text: `${rule}\u00a0` }, { text: signer, noHyphenate: true }];
}
