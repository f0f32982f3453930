/// <reference types="vite/client" />
/**
 * The site's SVG rasteriser, in the engine worker: resvg's WebAssembly, emitted by Vite as a file
 * of the site and fetched from it, with the bundled fonts the PDFs use (fetched as the PDF
 * renderer fetches them). This module is imported only when an SVG logo is met (firm.ts), so a
 * pack without one downloads neither resvg nor its 2,5 MB of WebAssembly.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import { resvgRasteriser, type RasteriseSvg } from '../core/firm/svg.ts';
import { loadFontSet } from './fonts.ts';

let ready: Promise<RasteriseSvg> | null = null;

async function load(): Promise<RasteriseSvg> {
  const [, sans, serif] = await Promise.all([initWasm(fetch(wasmUrl)), loadFontSet('Arial'), loadFontSet('Times New Roman')]);
  // In ALL_FONT_FILES' order, as the CLI loads them: resvg takes a missing glyph from the first font that has it.
  const faces = [serif, sans].flatMap((set) => [set.faces.regular, set.faces.bold, set.faces.italic, set.faces.boldItalic, set.fallback]);
  return resvgRasteriser(Resvg, faces);
}

export const rasteriseSvg: RasteriseSvg = async (svg, widthPx) => {
  if (!ready) {
    ready = load();
    // A failed download must not stick: the next SVG tries again.
    ready.catch(() => {
      ready = null;
    });
  }
  return (await ready)(svg, widthPx);
};
