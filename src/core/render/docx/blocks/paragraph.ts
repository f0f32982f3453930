import { Paragraph, TextRun } from 'docx';
import type { Paragraph as ParagraphBlock } from '../../../model/types.ts';
import { wordAlignment } from '../align.ts';
import type { BlockOptions, DocxContext } from '../context.ts';
import { NUMBERING, type ClauseLevel } from '../numbering.ts';
import { toTextRuns, xmlSafe } from '../runs.ts';
import { STYLE } from '../styles.ts';

/** A body paragraph, a numbered clause or a note. */
export function renderParagraph(block: ParagraphBlock, ctx: DocxContext, options: BlockOptions): Paragraph[] {
  const clause = block.clause;
  const level = clause ? ((clause.level - 1) as ClauseLevel) : undefined;
  const numbered = clause !== undefined && level !== undefined && ctx.clauses.claim(level, clause.number);
  const literal = clause && !numbered ? [new TextRun({ text: `${xmlSafe(clause.number)} ` })] : [];
  // A centred or right-aligned line with a first-line indent would sit off its axis.
  const noIndent = block.noIndent || block.align === 'center' || block.align === 'right';
  return [
    new Paragraph({
      style: block.small ? STYLE.note : clause ? STYLE.clause : undefined,
      numbering: numbered && level !== undefined ? { reference: NUMBERING.clauses, level, instance: 0, custom: true } : undefined,
      alignment: wordAlignment(block.align),
      indent: noIndent ? { left: 0, firstLine: 0 } : undefined,
      keepNext: block.keepWithNext || undefined,
      pageBreakBefore: options.pageBreakBefore || undefined,
      children: [...literal, ...toTextRuns(block.children)],
    }),
  ];
}
