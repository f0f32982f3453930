/**
 * How a bar chart looks in every format: the share of the text width each column takes and
 * the colours. One place, so the DOCX, the PDF and the HTML preview draw the same chart.
 * The bar is dark enough and the track light enough to stay apart on a black-and-white print.
 */

/** Relative widths of the label, the bar and the printed value. */
export const CHART_COLUMNS = { label: 40, bar: 48, value: 12 } as const;

/** The filled part of a bar, and the track that shows the full 100 %. RGB hex without «#». */
export const CHART_COLORS = { bar: '2F5597', track: 'E4E7EC' } as const;

/** Height of a bar and the gap between bars, mm. */
export const CHART_BAR_MM = 4.5;
export const CHART_GAP_MM = 2.5;

/** «2F5597» → [0.18, 0.33, 0.59], as PDF colour operators take it. */
export function rgb01(hex: string): [number, number, number] {
  const n = Number.parseInt(hex, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}
