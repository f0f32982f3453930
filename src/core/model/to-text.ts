/** Plain-text projection of the document model: for checks, search and tests. */
import type { Block, DocumentModel } from './types.ts';

/** The text of a block, one string per paragraph, heading or approval line. */
export function blockText(block: Block): string[] {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return [block.children.map((r) => r.text).join('')];
    case 'list':
      return block.items.flatMap((item) => item.children.flatMap((c) => blockText(c)));
    case 'table':
      return block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.children.flatMap((p) => blockText(p))));
    case 'approval':
      return [block.label, ...block.lines, block.signer, block.date];
    case 'pageBreak':
    case 'image':
      return [];
    case 'chart':
      return [...block.items.map((item) => `${item.label}: ${item.text}`), ...(block.caption ? [block.caption] : [])];
  }
}

/** All text of a document, one line per paragraph. */
export function modelText(model: DocumentModel): string {
  return model.children.flatMap(blockText).join('\n');
}
