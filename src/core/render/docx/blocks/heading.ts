import { Paragraph, TextRun } from 'docx';
import type { Heading } from '../../../model/types.ts';
import type { BlockOptions, DocxContext } from '../context.ts';
import { NUMBERING, type ClauseLevel } from '../numbering.ts';
import { toTextRuns, xmlSafe } from '../runs.ts';
import { STYLE } from '../styles.ts';

/** A heading in Word's heading style; a numbered one takes its number from the clause list. */
export function renderHeading(block: Heading, ctx: DocxContext, options: BlockOptions): Paragraph[] {
  const level = (block.level - 1) as ClauseLevel;
  const numbered = block.number !== undefined && ctx.clauses.claim(level, block.number);
  const literal = block.number !== undefined && !numbered ? [new TextRun({ text: `${xmlSafe(block.number)} ` })] : [];
  return [
    new Paragraph({
      style: STYLE.heading[level],
      numbering: numbered ? { reference: NUMBERING.clauses, level, instance: 0, custom: true } : undefined,
      pageBreakBefore: options.pageBreakBefore || undefined,
      children: [...literal, ...toTextRuns(block.children)],
    }),
  ];
}
