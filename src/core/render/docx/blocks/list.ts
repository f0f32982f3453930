import { Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { List, Paragraph as ParagraphBlock } from '../../../model/types.ts';
import { isLettered, listMarker } from '../../conventions.ts';
import { wordAlignment } from '../align.ts';
import type { BlockOptions, DocxContext } from '../context.ts';
import { listIndentTwip } from '../geometry.ts';
import { MAX_LIST_LEVEL, NUMBERING } from '../numbering.ts';
import { toTextRuns } from '../runs.ts';
import { STYLE } from '../styles.ts';

/**
 * Word's "russianLower" runs а б в г д е ж з и …, ГОСТ 2.105 (and the PDF) а б в г д е ж и …:
 * they part at the eighth letter, so longer lettered lists get literal markers.
 */
const WORD_LETTERS_AGREE = 7;

/**
 * A list as Word numbering: each model list is its own Word list instance, so an ordered list
 * starts from 1 however many lists came before. The item's first paragraph carries the marker;
 * further paragraphs of the item line up with its text.
 */
export function renderList(block: List, ctx: DocxContext, options: BlockOptions): Paragraph[] {
  const reference = block.ordered ? NUMBERING.ordered : NUMBERING.bullets;
  const level = Math.min(Math.max(0, Math.trunc(block.depth)), MAX_LIST_LEVEL);
  const wordNumbers = !isLettered(block.ordered, level) || block.items.length <= WORD_LETTERS_AGREE;
  const instance = ctx.nextListInstance();
  const { marker: markerIndent, text: textIndent } = listIndentTwip(ctx.theme, level);
  let breakPending = options.pageBreakBefore;

  const paragraph = (p: ParagraphBlock, itemNumber: number | undefined): Paragraph => {
    const marked = itemNumber !== undefined;
    const literal = marked && !wordNumbers;
    const out = new Paragraph({
      style: STYLE.listItem,
      numbering: marked && wordNumbers ? { reference, level, instance, custom: true } : undefined,
      indent: literal ? { left: textIndent, hanging: textIndent - markerIndent } : marked ? undefined : { left: textIndent, firstLine: 0 },
      tabStops: literal ? [{ type: TabStopType.LEFT, position: textIndent }] : undefined,
      alignment: wordAlignment(p.align),
      keepNext: p.keepWithNext || undefined,
      pageBreakBefore: breakPending || undefined,
      children: [
        ...(literal ? [new TextRun({ text: listMarker(block.ordered, level, itemNumber) }), new TextRun({ children: [new Tab()] })] : []),
        ...toTextRuns(p.children),
      ],
    });
    breakPending = false;
    return out;
  };

  return block.items.flatMap((item, index) => {
    let marked = false;
    const out = item.children.flatMap((child) => {
      if (child.type === 'list') {
        const nested = renderList(child, ctx, { pageBreakBefore: breakPending });
        breakPending = false;
        return nested;
      }
      const first = !marked;
      marked = true;
      return [paragraph(child, first ? index + 1 : undefined)];
    });
    // An item that opens with a nested list still needs its marker somewhere.
    return marked ? out : [paragraph({ type: 'paragraph', children: [] }, index + 1), ...out];
  });
}
