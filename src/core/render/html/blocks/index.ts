/** One handler per block type. */
import type { Block } from '../../../model/types.ts';
import { approvalHtml } from './approval.ts';
import { headingHtml } from './heading.ts';
import { listHtml } from './list.ts';
import { paragraphHtml } from './paragraph.ts';
import { tableHtml } from './table.ts';
import { chartHtml } from '../chart.ts';
import { imageHtml } from '../image.ts';

export function blockHtml(block: Block): string {
  switch (block.type) {
    case 'heading':
      return headingHtml(block);
    case 'paragraph':
      return paragraphHtml(block);
    case 'list':
      return listHtml(block);
    case 'table':
      return tableHtml(block);
    case 'approval':
      return approvalHtml(block);
    case 'pageBreak':
      return '<hr class="opk-page-break">';
    case 'chart':
      return chartHtml(block);
    case 'image':
      return imageHtml(block);
  }
}
