import {
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Align, Run, Table as TableBlock, TableCell as CellBlock } from '../../../model/types.ts';
import { fitColumnWidths } from '../../column-fit.ts';
import { russianHyphenation } from '../../pdf/hyphenate.ts';
import { estimateTextWidthPt } from '../../text-width.ts';
import { accentTint, mmToTwip, type Theme } from '../../theme.ts';
import { wordAlignment } from '../align.ts';
import type { DocxContext } from '../context.ts';
import { textWidthTwip } from '../geometry.ts';
import { toTextRuns } from '../runs.ts';
import { STYLE } from '../styles.ts';

/** A thin (0.5 pt) black line, the usual rule of a document table. */
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** Left and right cell margin. */
const CELL_MARGIN_MM = 1.5;

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
  const sizePt = block.size === 'small' ? theme.tableFontSize : undefined;
  const grid = columnGridTwip(block, theme, sizePt ?? theme.fontSize, total);

  // As the PDF: the first body row stays with the second (a header over one row reads as a
  // table cut off), and the last row with a note under the table.
  const last = block.rows.length - 1;
  const keepNext = (rowIndex: number): boolean =>
    (rowIndex === block.headerRows && last > block.headerRows + 1) || (rowIndex === last && block.keepWithNext === true);
  const rows = block.rows.map((row, rowIndex) => {
    const header = rowIndex < block.headerRows;
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = Math.max(1, Math.min(cell.colSpan ?? 1, grid.length - column));
      const width = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
      const columnAlign = header ? undefined : block.columns[column]?.align;
      column += span;
      const fill = header && block.borders === 'all' && theme.accent ? accentTint(theme.accent) : undefined;
      return renderCell(cell, { header, width, span, columnAlign, sizePt, keepNext: keepNext(rowIndex), fill });
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
      left: mmToTwip(CELL_MARGIN_MM),
      right: mmToTwip(CELL_MARGIN_MM),
    },
  });
}

interface CellLayout {
  header: boolean;
  width: number;
  span: number;
  columnAlign: Align | undefined;
  sizePt: number | undefined;
  keepNext: boolean;
  /** A firm's header fill (a tint of its accent), six hex digits. */
  fill?: string;
}

function renderCell(cell: CellBlock, layout: CellLayout): TableCell {
  // Word cannot open a cell without a paragraph.
  const paragraphs = cell.children.length > 0 ? cell.children : [{ type: 'paragraph' as const, children: [] }];
  return new TableCell({
    width: { size: layout.width, type: WidthType.DXA },
    columnSpan: layout.span > 1 ? layout.span : undefined,
    shading: layout.fill ? { type: ShadingType.CLEAR, fill: layout.fill, color: 'auto' } : undefined,
    verticalAlign: layout.header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: paragraphs.map(
      (p) =>
        new Paragraph({
          style: layout.header ? STYLE.tableHeading : STYLE.tableText,
          alignment: wordAlignment(p.align ?? cell.align ?? layout.columnAlign),
          keepNext: layout.keepNext || undefined,
          children: toTextRuns(p.children, { sizePt: layout.sizePt }),
        }),
    ),
  });
}

/** A word of a cell as Word sets it: bold in header rows, whole if it is part of a name. */
interface CellWord {
  text: string;
  bold: boolean;
  keep: boolean;
}

/** The words of a paragraph; a word may run over several runs (a bold part, a name). */
function wordsOf(runs: readonly Run[], header: boolean): CellWord[] {
  const words: CellWord[] = [];
  let current: CellWord | undefined;
  for (const run of runs) {
    const chunks = run.text.split(/([ \t\n\r]+)/);
    chunks.forEach((chunk) => {
      if (chunk === '') return;
      if (/^[ \t\n\r]+$/.test(chunk)) {
        current = undefined;
        return;
      }
      const bold = header || run.bold === true;
      const keep = run.noHyphenate === true;
      if (current) {
        current.text += chunk;
        current.bold ||= bold;
        current.keep ||= keep;
      } else {
        current = { text: chunk, bold, keep };
        words.push(current);
      }
    });
  }
  return words;
}

/** The widest part of a word Word cannot break further: the whole word, or its widest syllable run with a hyphen. */
function unbreakableWidthPt(word: CellWord, hyphenate: boolean, theme: Theme, sizePt: number): number {
  const width = (text: string): number => estimateTextWidthPt(text, theme.fontFamily, word.bold, sizePt);
  if (!hyphenate || word.keep) return width(word.text);
  const points = russianHyphenation(word.text);
  if (points.length === 0) return width(word.text);
  let widest = 0;
  let from = 0;
  for (const at of [...points, word.text.length]) {
    const piece = word.text.slice(from, at) + (at < word.text.length ? '-' : '');
    widest = Math.max(widest, width(piece));
    from = at;
  }
  return widest;
}

/**
 * Column widths over the text width: the model's relative widths, but no column narrower than
 * its longest word at the table's size (Word would break that word anywhere, without a hyphen).
 * When whole words cannot all fit, the minimum is the longest piece between hyphenation points
 * (Word hyphenates automatically); a name is never split, so it always counts whole.
 */
function columnGridTwip(block: TableBlock, theme: Theme, sizePt: number, total: number): number[] {
  // As elsewhere in the DOCX (and the HTML), a column without a usable width counts as 1.
  const weights = block.columns.map((c) => (Number.isFinite(c.width) && c.width > 0 ? c.width : 1));
  const margins = 2 * mmToTwip(CELL_MARGIN_MM);
  const minimums = (hyphenate: boolean): number[] => {
    const mins = weights.map(() => 0);
    block.rows.forEach((row, rowIndex) => {
      let column = 0;
      for (const cell of row.cells) {
        const span = Math.max(1, cell.colSpan ?? 1);
        // A spanning cell's words fit its columns together; sizing single columns by it would over-widen them.
        if (span === 1 && column < mins.length) {
          for (const p of cell.children) {
            for (const word of wordsOf(p.children, rowIndex < block.headerRows)) {
              const need = Math.ceil(unbreakableWidthPt(word, hyphenate, theme, sizePt) * 20) + margins;
              mins[column] = Math.max(mins[column]!, need);
            }
          }
        }
        column += span;
      }
    });
    return mins;
  };
  const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);
  let mins = minimums(false);
  if (sum(mins) > total) mins = minimums(true);
  const widths = fitColumnWidths(weights, mins, total).map(Math.floor);
  // The last column takes the rounding remainder so the grid adds up to the text width exactly.
  if (widths.length > 0) widths[widths.length - 1]! += total - sum(widths);
  return widths;
}
