/**
 * A bar chart in Word: a borderless table (label, bar, value) whose bar cell holds a one-row
 * table of two shaded cells, the bar and the rest of the track, in proportion to the value.
 * Shaded table cells are what Word and LibreOffice both draw the same way, need no drawing
 * objects (DrawingML charts are rendered differently, or not at all, by the readers we
 * target), and stay editable: a user can change a number and drag a cell border.
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { Chart, ChartItem } from '../../model/types.ts';
import { CHART_BAR_MM, CHART_COLORS, CHART_COLUMNS, CHART_GAP_MM } from '../chart-style.ts';
import { mmToTwip } from '../theme.ts';
import type { DocxContext } from './context.ts';
import { columnWidthsTwip, textWidthTwip } from './geometry.ts';
import { xmlSafe } from './runs.ts';
import { STYLE } from './styles.ts';

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const NO_CELL_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

/** Word wants a paragraph after a table inside a cell; this one takes no visible room. */
const hairline = (): Paragraph =>
  new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: 'exact' }, indent: { firstLine: 0 }, run: { size: 2 } });

const shaded = (fill: string, width: number, marked = false): TableCell =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill },
    borders: marked ? { ...NO_CELL_BORDERS, left: MARK } : NO_CELL_BORDERS,
    children: [hairline()],
  });

const MARK: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/**
 * The bar: the filled part and the track as shaded cells, split at every threshold mark, whose
 * cell gets a dark left border (the mark).
 */
function bar(value: number, width: number, marks: readonly number[]): Table {
  const filled = Math.round((Math.min(100, Math.max(0, value)) / 100) * width);
  const markAt = new Set(marks.map((m) => Math.round((m / 100) * width)));
  const cuts = [...new Set([0, filled, ...markAt, width])].filter((x) => x >= 0 && x <= width).sort((a, b) => a - b);
  const cells: TableCell[] = [];
  const widths: number[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] ?? 0;
    const to = cuts[i + 1] ?? width;
    if (to <= from) continue;
    const cell = shaded(to <= filled ? CHART_COLORS.bar : CHART_COLORS.track, to - from, markAt.has(from) && from > 0);
    cells.push(cell);
    widths.push(to - from);
  }
  return new Table({
    rows: [new TableRow({ children: cells, height: { value: mmToTwip(CHART_BAR_MM), rule: HeightRule.EXACT }, cantSplit: true })],
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
}

interface TextCellOptions {
  bold?: boolean;
  right?: boolean;
  keepNext: boolean;
  /** Half-points, as Word counts font sizes. */
  size: number;
}

function textCell(text: string, width: number, options: TextCellOptions): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: NO_CELL_BORDERS,
    children: [
      new Paragraph({
        style: STYLE.tableText,
        keepNext: options.keepNext || undefined,
        alignment: options.right ? AlignmentType.RIGHT : undefined,
        children: [new TextRun({ text: xmlSafe(text), bold: options.bold || undefined, size: options.size })],
      }),
    ],
  });
}

/** Room between a label that fills its column and the bar. */
const BAR_INSET = mmToTwip(2);

function row(item: ChartItem, grid: number[], last: boolean, size: number, marks: readonly number[]): TableRow {
  const [labelWidth = 0, barWidth = 0, valueWidth = 0] = grid;
  const barCell = new TableCell({
    width: { size: barWidth, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    borders: NO_CELL_BORDERS,
    margins: { left: BAR_INSET, right: 0 },
    children: [bar(item.value, barWidth - BAR_INSET, marks), hairline()],
  });
  return new TableRow({
    cantSplit: true,
    children: [
      textCell(item.label, labelWidth, { keepNext: !last, size }),
      barCell,
      textCell(item.text, valueWidth, { bold: true, right: true, keepNext: !last, size }),
    ],
  });
}

/** The chart table, then its caption (or an empty line, so a following table stays apart). */
export function renderChart(block: Chart, ctx: DocxContext): Array<Table | Paragraph> {
  const total = textWidthTwip(ctx.theme);
  const grid = columnWidthsTwip([CHART_COLUMNS.label, CHART_COLUMNS.bar, CHART_COLUMNS.value], total);
  const gap = mmToTwip(CHART_GAP_MM / 2);
  const table = new Table({
    // Labels at the size of table text, as the PDF sets them.
    rows: block.items.map((item, i) => row(item, grid, i === block.items.length - 1, Math.round(ctx.theme.tableFontSize * 2), block.marks)),
    width: { size: total, type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: gap, bottom: gap, left: mmToTwip(1.5), right: mmToTwip(1.5) },
  });
  const caption = new Paragraph({
    style: STYLE.note,
    indent: { firstLine: 0 },
    children: block.caption ? [new TextRun({ text: xmlSafe(block.caption) })] : [],
  });
  return [table, caption];
}
