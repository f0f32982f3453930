/**
 * A bar chart as HTML: a borderless table (label, bar, value) whose bars are inline SVG. SVG
 * drawn with attributes alone needs no stylesheet and no inline CSS, prints with the page
 * (CSS backgrounds often do not), and the value stays real text next to it.
 */
import type { Chart } from '../../model/types.ts';
import { CHART_COLORS, CHART_COLUMNS } from '../chart-style.ts';
import { escapeHtml } from './escape.ts';
import { columnPercents } from './blocks/table.ts';

const clamp = (value: number): number => Math.min(100, Math.max(0, Number.isFinite(value) ? value : 0));

function barSvg(value: number, marks: readonly number[]): string {
  const width = Math.round(clamp(value) * 100) / 100;
  return (
    `<svg viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" height="1em" aria-hidden="true" focusable="false">` +
    `<rect x="0" y="0" width="100" height="10" fill="#${CHART_COLORS.track}"/>` +
    (width > 0 ? `<rect x="0" y="0" width="${width}" height="10" fill="#${CHART_COLORS.bar}"/>` : '') +
    marks
      .map((m) => `<line x1="${m}" x2="${m}" y1="0" y2="10" stroke="#000" stroke-width="1" vector-effect="non-scaling-stroke"/>`)
      .join('') +
    '</svg>'
  );
}

export function chartHtml(block: Chart): string {
  const cols = columnPercents([CHART_COLUMNS.label, CHART_COLUMNS.bar, CHART_COLUMNS.value])
    .map((pct) => `<col style="width:${pct}%">`)
    .join('');
  const rows = block.items
    .map(
      (item) =>
        `<tr><td><p>${escapeHtml(item.label)}</p></td><td>${barSvg(item.value, block.marks)}</td>` +
        `<td class="opk-al-right"><p><strong>${escapeHtml(item.text)}</strong></p></td></tr>`,
    )
    .join('');
  const caption = block.caption ? `<p class="opk-small opk-noindent">${escapeHtml(block.caption)}</p>` : '';
  return `<div class="opk-chart"><table class="opk-table opk-borders-none"><colgroup>${cols}</colgroup><tbody>${rows}</tbody></table>${caption}</div>`;
}
