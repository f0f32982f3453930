/**
 * A bar chart as vector drawing: per item its label (wrapped in the label column), a light track
 * for the full 100 % with the filled bar over it, and the value in bold at the right; a thin
 * axis at the bars' left edge; the caption under it all. Laid out as one figure, which the
 * paginator never splits.
 */
import type { Chart } from '../../model/types.ts';
import { CHART_BAR_MM, CHART_COLORS, CHART_COLUMNS, CHART_GAP_MM, rgb01 } from '../chart-style.ts';
import { mmToPt } from '../theme.ts';
import { setText, type LayoutContext } from './setting.ts';
import type { FigureBlock, PlacedItem, TextLine } from './types.ts';

const GUTTER = 6;
const BAR = rgb01(CHART_COLORS.bar);
const TRACK = rgb01(CHART_COLORS.track);

const heightOf = (lines: readonly TextLine[]): number => lines.reduce((h, l) => h + l.height, 0);

export function layoutChart(chart: Chart, ctx: LayoutContext): FigureBlock {
  const size = ctx.theme.tableFontSize;
  const width = ctx.frame.contentWidth;
  const total = CHART_COLUMNS.label + CHART_COLUMNS.bar + CHART_COLUMNS.value;
  const labelWidth = (width * CHART_COLUMNS.label) / total;
  const barX = labelWidth;
  const barWidth = (width * CHART_COLUMNS.bar) / total;
  const valueX = barX + barWidth + GUTTER;
  const barHeight = mmToPt(CHART_BAR_MM);
  const gap = mmToPt(CHART_GAP_MM);
  const items: PlacedItem[] = [];
  const text = (lines: readonly TextLine[], x: number, top: number): void => {
    let y = top;
    for (const line of lines) {
      items.push({ kind: 'text', line, x, baseline: y + line.ascent });
      y += line.height;
    }
  };

  let y = 0;
  chart.items.forEach((item, i) => {
    if (i > 0) y += gap;
    const label = setText(
      [{ text: item.label, style: 'regular' }],
      { size, align: 'left', firstX: 0, x: 0, right: labelWidth - GUTTER },
      ctx,
    );
    const value = setText([{ text: item.text, style: 'bold' }], { size, align: 'right', firstX: 0, x: 0, right: width - valueX }, ctx);
    const row = Math.max(heightOf(label), heightOf(value), barHeight);
    text(label, 0, y + (row - heightOf(label)) / 2);
    text(value, valueX, y + (row - heightOf(value)) / 2);
    const barTop = y + (row - barHeight) / 2;
    const filled = (barWidth * Math.min(100, Math.max(0, item.value))) / 100;
    items.push({ kind: 'rect', x: barX, y: barTop, width: barWidth, height: barHeight, fill: TRACK });
    if (filled > 0) items.push({ kind: 'rect', x: barX, y: barTop, width: filled, height: barHeight, fill: BAR });
    // A threshold is a short tick across the bar, above and below it, so it reads over the fill too.
    for (const mark of chart.marks) {
      const x = barX + (barWidth * mark) / 100;
      items.push({ kind: 'rule', x1: x, y1: barTop - 1.5, x2: x, y2: barTop + barHeight + 1.5 });
    }
    y += row;
  });
  if (chart.items.length > 0) items.push({ kind: 'rule', x1: barX, y1: -gap / 2, x2: barX, y2: y + gap / 2 });
  if (chart.caption) {
    y += gap;
    const caption = setText([{ text: chart.caption, style: 'regular' }], { size, align: 'left', firstX: 0, x: 0, right: width }, ctx);
    text(caption, 0, y);
    y += heightOf(caption);
  }
  return {
    kind: 'figure',
    items,
    height: y,
    spaceBefore: ctx.theme.paragraphSpacingPt * 2,
    spaceAfter: ctx.theme.paragraphSpacingPt * 2,
    keepWithNext: false,
  };
}
