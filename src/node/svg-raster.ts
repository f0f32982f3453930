/**
 * The CLI's SVG rasteriser: resvg's WebAssembly read from node_modules and the bundled fonts from
 * fonts/, both once per process and only when an SVG logo is met.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { resvgRasteriser } from '../core/firm/svg-render.ts';
import type { RasteriseSvg } from '../core/firm/svg.ts';
import { ALL_FONT_FILES } from '../core/render/fonts.ts';
import { readPreparedFont } from './fonts.ts';

let ready: Promise<RasteriseSvg> | null = null;

async function load(): Promise<RasteriseSvg> {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  await initWasm(await readFile(wasm));
  return resvgRasteriser(Resvg, ALL_FONT_FILES.map(readPreparedFont));
}

export const rasteriseSvg: RasteriseSvg = async (svg, widthPx) => {
  ready ??= load();
  return (await ready)(svg, widthPx);
};
