import { Paragraph } from 'docx';
import type { Approval } from '../../../model/types.ts';
import { SIGNATURE_LINE } from '../../conventions.ts';
import type { BlockOptions } from '../context.ts';
import { toTextRuns } from '../runs.ts';
import { STYLE } from '../styles.ts';

/**
 * The approval block («гриф утверждения») as plain paragraphs indented to the block's left
 * edge: unlike a layout table or a frame, this survives editing and renders the same in Word
 * and LibreOffice.
 */
export function renderApproval(block: Approval, options: BlockOptions): Paragraph[] {
  // A no-break space keeps the name on the line of its signature, as in the PDF.
  const signature = block.signer ? `${SIGNATURE_LINE}\u00a0${block.signer}` : SIGNATURE_LINE;
  const line = (text: string, spacing?: { before?: number; after?: number }, pageBreakBefore = false) =>
    new Paragraph({
      style: STYLE.approval,
      spacing,
      pageBreakBefore: pageBreakBefore || undefined,
      children: toTextRuns([{ text }]),
    });
  return [
    line(block.label, undefined, options.pageBreakBefore),
    ...block.lines.map((text) => line(text)),
    // Room above the rule for the signature itself.
    line(signature, { before: 240 }),
    // The date closes the block; the gap below separates it from the document title.
    line(block.date, { before: 60, after: 480 }),
  ];
}
