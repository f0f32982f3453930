/**
 * SVG logos: their size read from the root element, and the PNG the renderers draw made by a
 * rasteriser the caller injects (resvg in WebAssembly: src/node/svg-raster.ts for the CLI,
 * src/browser/svg-raster.ts in the site's worker), so the core stays pure and both sides give the
 * same picture. The PNG is made wide enough for 300 dpi where the logo is printed widest.
 */
import type { ImageFile } from '../model/types.ts';
import { sniffImage } from './image.ts';

/**
 * SVG text → PNG bytes `widthPx` wide (the height follows the SVG's aspect ratio). Throws an
 * SvgDrawError when the SVG cannot be drawn (anything else it throws, a failed download of the
 * renderer say, is no fault of the file and is not reported as one). Text in the SVG is drawn with the bundled fonts only, never the
 * system's, so the CLI and the site make the same PNG.
 */
export type RasteriseSvg = (svg: string, widthPx: number) => Promise<Uint8Array>;

/** The SVG itself could not be drawn: a malformed file, or one past resvg's limits (nesting, element count). */
export class SvgDrawError extends Error {
  override name = 'SvgDrawError';
}

/** Printed resolution the PNG is made for, and the longest side it may have (a pixel cap against hostile sizes). */
export const SVG_RASTER = { dpi: 300, maxSidePx: 2000 } as const;

/** The SVG's own size in CSS pixels (only the ratio matters: it gives the PNG's aspect ratio). */
export interface SvgSize {
  width: number;
  height: number;
}

const CSS_PX_PER_UNIT: Readonly<Record<string, number>> = { '': 1, px: 1, pt: 4 / 3, pc: 16, mm: 96 / 25.4, cm: 96 / 2.54, in: 96 };

/** An absolute length («120», «40mm», «2.5in») in CSS pixels; null for %, em, ex or garbage. */
function length(value: string | undefined): number | null {
  if (value === undefined) return null;
  const match = /^\s*([+]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$/i.exec(value);
  if (!match) return null;
  const n = Number(match[1]) * CSS_PX_PER_UNIT[(match[2] ?? '').toLowerCase()]!;
  return Number.isFinite(n) && n > 0 ? n : null;
}

function viewBox(value: string | undefined): SvgSize | null {
  if (value === undefined) return null;
  const parts = value
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [, , width, height] = parts as [number, number, number, number];
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * The size of the root <svg>: its width and height when both are absolute lengths, else the
 * viewBox's proportions (scaled to the one absolute side given). Null when neither gives one:
 * such an SVG has no aspect ratio of its own, and a guess would stretch the logo.
 */
export function svgSize(svg: string): SvgSize | null {
  const root = /<svg\b([^>]*)>/i.exec(svg);
  if (!root) return null;
  const attributes = new Map<string, string>();
  for (const m of root[1]!.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attributes.set(m[1]!, m[2] ?? m[3] ?? '');
  const width = length(attributes.get('width'));
  const height = length(attributes.get('height'));
  if (width !== null && height !== null) return { width, height };
  const box = viewBox(attributes.get('viewBox'));
  if (!box) return null;
  if (width !== null) return { width, height: (width * box.height) / box.width };
  if (height !== null) return { width: (height * box.width) / box.height, height };
  return box;
}

/** The PNG's width for a logo printed at most `printedWidthMm` wide: 300 dpi there, no side over the cap. */
export function svgRasterWidth(size: SvgSize, printedWidthMm: number): number {
  const wanted = Math.ceil((printedWidthMm / 25.4) * SVG_RASTER.dpi);
  const byHeight = Math.floor((SVG_RASTER.maxSidePx * size.width) / size.height);
  return Math.max(1, Math.min(wanted, SVG_RASTER.maxSidePx, byHeight));
}

export const SVG_MESSAGES = {
  encoding: 'SVG-файл логотипа не в кодировке UTF-8: сохраните его заново в редакторе (или как PNG)',
  noSize:
    'у SVG-логотипа не задан размер: добавьте корневому элементу <svg> атрибут viewBox (например, viewBox="0 0 200 60") или ширину и высоту в px или мм',
  broken: 'SVG-файл логотипа повреждён и не рисуется: откройте его в редакторе и сохраните заново (или сохраните как PNG)',
} as const;

/** An SVG's text, or why it cannot be one (the size is checked before anything is drawn). */
export function checkSvgText(bytes: Uint8Array): { ok: true; text: string; size: SvgSize } | { ok: false; message: string } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: SVG_MESSAGES.encoding };
  }
  const size = svgSize(text);
  return size ? { ok: true, text, size } : { ok: false, message: SVG_MESSAGES.noSize };
}

/**
 * The SVG drawn as a PNG for a logo printed at most `printedWidthMm` wide; the image keeps the
 * SVG's bytes beside it (the DOCX embeds them with the PNG as Word's fallback, the HTML shows them).
 */
export async function rasteriseSvgLogo(
  bytes: Uint8Array,
  text: string,
  size: SvgSize,
  printedWidthMm: number,
  rasterise: RasteriseSvg,
): Promise<{ ok: true; image: ImageFile } | { ok: false; message: string }> {
  let png: Uint8Array;
  try {
    png = await rasterise(text, svgRasterWidth(size, printedWidthMm));
  } catch (error) {
    if (error instanceof SvgDrawError) return { ok: false, message: SVG_MESSAGES.broken };
    throw error;
  }
  const sniffed = sniffImage(png);
  if (sniffed.kind !== 'raster') return { ok: false, message: SVG_MESSAGES.broken };
  return { ok: true, image: { ...sniffed.image, svg: bytes } };
}
