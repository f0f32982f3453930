/**
 * Table layout: column widths from the relative widths over the text width, cell text set
 * inside the padding, row heights. Splitting rows over pages is the paginator's business.
 */
import type { Align, Table, TableCell, TableColumn } from '../../model/types.ts';
import { mmToPt } from '../theme.ts';
import { inlineRuns, lineMetrics, setText, type LayoutContext } from './setting.ts';
import type { CellBox, RowBox, TableBlock } from './types.ts';

const PAD_X = 4;
const PAD_Y = 2;

function columnEdges(columns: TableColumn[], width: number): number[] {
  let weights = columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 0));
  if (weights.every((w) => w === 0)) weights = columns.map(() => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const edges = [0];
  let acc = 0;
  for (const w of weights) {
    acc += w;
    edges.push((acc / total) * width);
  }
  return edges;
}

interface CellFrame {
  x: number;
  width: number;
  /** Padding left and right of the content. */
  pad: [number, number];
}

function layoutCell(cell: TableCell, frame: CellFrame, align: Align, header: boolean, size: number, ctx: LayoutContext): CellBox {
  const right = Math.max(1, frame.width - frame.pad[0] - frame.pad[1]);
  const lines = cell.children.flatMap((p) => {
    if (p.children.every((r) => r.text === '')) return [];
    return setText(inlineRuns(p.children, header), { size, align, firstX: 0, x: 0, right }, ctx);
  });
  return { x: frame.x, width: frame.width, inset: frame.pad[0], lines };
}

export function layoutTable(table: Table, ctx: LayoutContext): TableBlock {
  const size = table.size === 'small' ? ctx.theme.tableFontSize : ctx.theme.fontSize;
  const minContent = lineMetrics(size, ctx).height;
  const columns = table.columns.length > 0 ? table.columns : [{ width: 1 }];
  const edges = columnEdges(columns, ctx.frame.contentWidth);
  const borders = table.borders === 'all';
  // Without borders (signature blocks) the text lines up with the margins; inner gaps stay.
  const frameOf = (col: number, span: number): CellFrame => ({
    x: edges[col]!,
    width: edges[col + span]! - edges[col]!,
    pad: [!borders && col === 0 ? 0 : PAD_X, !borders && col + span === columns.length ? 0 : PAD_X],
  });
  const rows: RowBox[] = table.rows.map((row, r) => {
    const header = r < table.headerRows;
    let col = 0;
    const cells: CellBox[] = [];
    for (const cell of row.cells) {
      if (col >= columns.length) break;
      const span = Math.min(Math.max(1, cell.colSpan ?? 1), columns.length - col);
      const align = cell.align ?? columns[col]!.align ?? cell.children[0]?.align ?? 'left';
      cells.push(layoutCell(cell, frameOf(col, span), align, header, size, ctx));
      col += span;
    }
    // Short rows are padded with empty cells so the grid and its borders stay whole.
    for (; col < columns.length; col++) {
      const frame = frameOf(col, 1);
      cells.push({ x: frame.x, width: frame.width, inset: frame.pad[0], lines: [] });
    }
    const content = Math.max(minContent, ...cells.map((c) => c.lines.reduce((h, l) => h + l.height, 0)));
    const minimum = !header && table.rowHeightMm ? mmToPt(table.rowHeightMm) : 0;
    return { cells, height: Math.max(content + 2 * PAD_Y, minimum) };
  });
  const headerRows = Math.min(table.headerRows, rows.length);
  return {
    kind: 'table',
    header: rows.slice(0, headerRows),
    rows: rows.slice(headerRows),
    borders,
    padY: PAD_Y,
    minContent,
    spaceBefore: ctx.theme.paragraphSpacingPt,
    spaceAfter: ctx.theme.paragraphSpacingPt * 1.5,
    keepWithNext: false,
  };
}
