/**
 * Pages as pixels, for checks a reader of the printed page would make: pdftoppm renders a page
 * to PPM, and the bars of a chart are measured by their colour.
 */
import { pdfPagePpm } from './readers.ts';

export interface Raster {
  width: number;
  height: number;
  /** RGB triples, row by row. */
  data: Uint8Array;
}

/** One page of a PDF rendered by poppler at `dpi`. */
export function rasterPage(pdf: string, page: number, dpi = 100): Raster {
  const ppm = pdfPagePpm(pdf, page, dpi);
  // P6 header: magic, width, height, maximum value, separated by whitespace, then the pixels.
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not produce a PPM image');
  const [whole = '', w = '0', h = '0'] = header;
  const [width, height, pos] = [Number(w), Number(h), whole.length];
  return { width, height, data: new Uint8Array(ppm.buffer, ppm.byteOffset + pos, width * height * 3) };
}

const near = (r: Raster, i: number, rgb: readonly [number, number, number], tolerance: number): boolean =>
  Math.abs((r.data[i] ?? 0) - rgb[0]) <= tolerance &&
  Math.abs((r.data[i + 1] ?? 0) - rgb[1]) <= tolerance &&
  Math.abs((r.data[i + 2] ?? 0) - rgb[2]) <= tolerance;

export function hexRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The bars of a horizontal bar chart, top to bottom: for each band of rows holding bar or track
 * colour, the filled share of the bar (filled pixels over filled plus track pixels in the
 * band's middle row).
 */
export function chartBars(r: Raster, bar: string, track: string, tolerance = 24): number[] {
  const barRgb = hexRgb(bar);
  const trackRgb = hexRgb(track);
  const rowCounts = (y: number): { filled: number; empty: number } => {
    let filled = 0;
    let empty = 0;
    for (let x = 0; x < r.width; x++) {
      const i = (y * r.width + x) * 3;
      if (near(r, i, barRgb, tolerance)) filled++;
      else if (near(r, i, trackRgb, 6)) empty++;
    }
    return { filled, empty };
  };
  const shares: number[] = [];
  let band: number[] = [];
  const close = (): void => {
    // A band needs a few rows: a stray anti-aliased line of text is not a bar.
    if (band.length >= 3) {
      const { filled, empty } = rowCounts(band[Math.floor(band.length / 2)] ?? 0);
      shares.push(filled / (filled + empty));
    }
    band = [];
  };
  for (let y = 0; y < r.height; y++) {
    const { filled, empty } = rowCounts(y);
    if (filled + empty > r.width / 10) band.push(y);
    else close();
  }
  close();
  return shares;
}
