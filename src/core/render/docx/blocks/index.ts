/** The block dispatcher: one handler per block type, plus page breaks between blocks. */
import { Paragraph, type Table } from 'docx';
import type { Block } from '../../../model/types.ts';
import type { DocxContext } from '../context.ts';
import { renderApproval } from './approval.ts';
import { renderHeading } from './heading.ts';
import { renderList } from './list.ts';
import { renderParagraph } from './paragraph.ts';
import { renderTable } from './table.ts';
import { renderChart } from '../chart.ts';
import { renderImage } from '../image.ts';

/**
 * A near-invisible paragraph: between two tables (Word would merge adjacent tables into one) and
 * to carry a page break in front of a table, whose rows cannot.
 */
const spacer = (pageBreakBefore: boolean): Paragraph =>
  new Paragraph({
    pageBreakBefore: pageBreakBefore || undefined,
    spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' },
    indent: { firstLine: 0 },
    run: { size: 2 },
  });

export function renderBlocks(blocks: readonly Block[], ctx: DocxContext): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  let pageBreakBefore = false;
  let previous: Block['type'] | undefined;
  let images = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'pageBreak':
        // A break is carried by the next block's first paragraph, so the new page does not open
        // with an empty line; two breaks in a row leave an empty page as asked.
        if (pageBreakBefore) out.push(spacer(true));
        pageBreakBefore = true;
        break;
      case 'heading':
        out.push(...renderHeading(block, ctx, { pageBreakBefore }));
        break;
      case 'paragraph':
        out.push(...renderParagraph(block, ctx, { pageBreakBefore }));
        break;
      case 'list':
        out.push(...renderList(block, ctx, { pageBreakBefore }));
        break;
      case 'approval':
        out.push(...renderApproval(block, ctx.theme, { pageBreakBefore }));
        break;
      case 'table':
        if (pageBreakBefore || previous === 'table') out.push(spacer(pageBreakBefore));
        out.push(renderTable(block, ctx));
        break;
      case 'chart':
        if (pageBreakBefore || previous === 'table') out.push(spacer(pageBreakBefore));
        out.push(...renderChart(block, ctx));
        break;
      case 'image':
        out.push(renderImage(block, images++, pageBreakBefore));
        break;
    }
    if (block.type !== 'pageBreak') pageBreakBefore = false;
    previous = block.type;
  }
  return out;
}
