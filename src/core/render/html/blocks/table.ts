import type { Align, Table, TableCell } from '../../../model/types.ts';
import { runsHtml } from '../runs.ts';
import { classAttr } from './paragraph.ts';

/** Column widths as percentages of the table, from the model's relative widths. */
export function columnPercents(widths: readonly number[]): number[] {
  const weights = widths.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.round((w / sum) * 10000) / 100);
}

export function tableHtml(block: Table): string {
  const classes = ['opk-table', `opk-borders-${block.borders}`];
  if (block.size === 'small') classes.push('opk-table-small');
  const cols = columnPercents(block.columns.map((c) => c.width))
    .map((pct) => `<col style="width:${pct}%">`)
    .join('');
  const rowHtml = (cells: readonly TableCell[], header: boolean): string => {
    let column = 0;
    const tag = header ? 'th' : 'td';
    const html = cells.map((cell) => {
      const span = Math.max(1, cell.colSpan ?? 1);
      const align: Align | undefined = cell.align ?? (header ? undefined : block.columns[column]?.align);
      column += span;
      const attrs = [header ? ' scope="col"' : '', span > 1 ? ` colspan="${span}"` : '', classAttr(align ? [`opk-al-${align}`] : [])];
      const body = cell.children.map((p) => `<p${classAttr(p.align ? [`opk-al-${p.align}`] : [])}>${runsHtml(p.children)}</p>`).join('');
      return `<${tag}${attrs.join('')}>${body}</${tag}>`;
    });
    const height = !header && block.rowHeightMm ? ` style="height:${block.rowHeightMm}mm"` : '';
    return `<tr${height}>${html.join('')}</tr>`;
  };
  const head = block.rows.slice(0, block.headerRows).map((r) => rowHtml(r.cells, true));
  const body = block.rows.slice(block.headerRows).map((r) => rowHtml(r.cells, false));
  return (
    `<table${classAttr(classes)}><colgroup>${cols}</colgroup>` +
    (head.length > 0 ? `<thead>${head.join('')}</thead>` : '') +
    `<tbody>${body.join('')}</tbody></table>`
  );
}
