import {
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Align, Table as TableBlock, TableCell as CellBlock } from '../../../model/types.ts';
import { mmToTwip } from '../../theme.ts';
import { wordAlignment } from '../align.ts';
import type { DocxContext } from '../context.ts';
import { columnWidthsTwip, textWidthTwip } from '../geometry.ts';
import { toTextRuns } from '../runs.ts';
import { STYLE } from '../styles.ts';

/** A thin (0.5 pt) black line, the usual rule of a document table. */
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

const sides = (border: IBorderOptions) => ({
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
});

/**
 * A table with a fixed grid over the text width. Header rows repeat on every page and never
 * split; body rows may split, so a tall row does not leave half a page empty.
 */
export function renderTable(block: TableBlock, ctx: DocxContext): Table {
  const { theme } = ctx;
  const total = textWidthTwip(theme);
  const grid = columnWidthsTwip(
    block.columns.map((c) => c.width),
    total,
  );
  const sizePt = block.size === 'small' ? theme.tableFontSize : undefined;

  const rows = block.rows.map((row, rowIndex) => {
    const header = rowIndex < block.headerRows;
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, grid.length - column));
      const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      const columnAlign = header ? undefined : block.columns[column]?.align;
      column += span;
      return renderCell(cell, { header, width, span, columnAlign, sizePt });
    });
    const height = !header && block.rowHeightMm ? { value: mmToTwip(block.rowHeightMm), rule: HeightRule.ATLEAST } : undefined;
    return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: header || undefined, height });
  });

  return new Table({
    rows,
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: sides(block.borders === 'none' ? NONE : THIN),
    margins: {
      top: mmToTwip(0.5),
      bottom: mmToTwip(0.5),
      left: mmToTwip(1.5),
      right: mmToTwip(1.5),
    },
  });
}

interface CellLayout {
  header: boolean;
  width: number;
  span: number;
  columnAlign: Align | undefined;
  sizePt: number | undefined;
}

function renderCell(cell: CellBlock, layout: CellLayout): TableCell {
  // Word cannot open a cell without a paragraph.
  const paragraphs = cell.children.length > 0 ? cell.children : [{ type: 'paragraph' as const, children: [] }];
  return new TableCell({
    width: { size: layout.width, type: WidthType.DXA },
    columnSpan: layout.span > 1 ? layout.span : undefined,
    verticalAlign: layout.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: paragraphs.map(
      (p) =>
        new Paragraph({
          style: layout.header ? STYLE.tableHeading : STYLE.tableText,
          alignment: wordAlignment(p.align ?? cell.align ?? layout.columnAlign),
          children: toTextRuns(p.children, { sizePt: layout.sizePt }),
        }),
    ),
  });
}
