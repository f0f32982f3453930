/// <reference types="vite/client" />
/**
 * The site's SVG rasteriser, in the engine worker: resvg's WebAssembly, emitted by Vite as a file
 * of the site and fetched from it, with the bundled fonts the PDFs use (loaded by the worker's own
 * loader, passed in, so this chunk shares the worker's code rather than the worker this chunk's).
 * This module is imported only when an SVG logo is met (firm.ts), so a pack without one downloads
 * neither resvg nor its 2,5 MB of WebAssembly.
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import { resvgRasteriser } from '../core/firm/svg-render.ts';
import type { RasteriseSvg } from '../core/firm/svg.ts';
import type { FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

let ready: Promise<RasteriseSvg> | null = null;

async function load(fonts: (family: FontFamily) => Promise<FontSet>): Promise<RasteriseSvg> {
  const [, serif, sans] = await Promise.all([initWasm(fetch(wasmUrl)), fonts('Times New Roman'), fonts('Arial')]);
  // In ALL_FONT_FILES' order, as the CLI loads them: resvg takes a missing glyph from the first font that has it.
  const faces = [serif, sans].flatMap((set) => [set.faces.regular, set.faces.bold, set.faces.italic, set.faces.boldItalic, set.fallback]);
  return resvgRasteriser(Resvg, faces);
}

export async function rasteriseSvg(svg: string, widthPx: number, fonts: (family: FontFamily) => Promise<FontSet>): Promise<Uint8Array> {
  if (!ready) {
    ready = load(fonts);
    // A failed download must not stick: the next SVG tries again.
    ready.catch(() => {
      ready = null;
    });
  }
  return (await ready)(svg, widthPx);
}
