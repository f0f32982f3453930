/**
 * Table layout: column widths from the relative widths over the text width, cell text set
 * inside the padding, row heights. Splitting rows over pages is the paginator's business.
 */
import type { Align, Table, TableCell, TableColumn } from '../../model/types.ts';
import { fitColumnWidths } from '../column-fit.ts';
import { rgb01 } from '../chart-style.ts';
import { accentTint, mmToPt } from '../theme.ts';
import { inlineRuns, lineMetrics, setText, type LayoutContext } from './setting.ts';
import type { CellBox, RowBox, TableBlock } from './types.ts';

const PAD_X = 4;
const PAD_Y = 2;

function columnEdges(columns: TableColumn[], width: number, minimums: readonly number[]): number[] {
  const widths = fitColumnWidths(
    columns.map((c) => c.width),
    minimums,
    width,
  );
  const edges = [0];
  let acc = 0;
  for (const w of widths) {
    acc += w;
    edges.push(acc);
  }
  return edges;
}

/**
 * Width each column needs for the names in it (Run.noHyphenate): a name is never broken
 * inside a word, so its longest word plus the padding is the column's minimum. Other words
 * may hyphenate in a narrow column and set no minimum.
 */
function nameMinimums(table: Table, columns: TableColumn[], size: number, ctx: LayoutContext): number[] {
  const mins = columns.map(() => 0);
  table.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      const span = Math.max(1, cell.colSpan ?? 1);
      if (span === 1 && col < mins.length) {
        for (const run of inlineRuns(
          cell.children.flatMap((p) => p.children),
          r < table.headerRows,
        )) {
          if (!run.noHyphenate) continue;
          for (const word of run.text.split(/[ \t\n]+/)) {
            mins[col] = Math.max(mins[col]!, ctx.measurer.width(word, run.style) * size + 2 * PAD_X);
          }
        }
      }
      col += span;
    }
  });
  return mins;
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
  const edges = columnEdges(columns, ctx.frame.contentWidth, nameMinimums(table, columns, size, ctx));
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
    keepWithNext: table.keepWithNext === true,
    ...(borders && ctx.theme.accent ? { headerFill: rgb01(accentTint(ctx.theme.accent)) } : {}),
  };
}
