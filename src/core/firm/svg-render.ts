/**
 * SVG → PNG with resvg-wasm, shared by the CLI's and the site's rasterisers (src/node/svg-raster.ts,
 * src/browser/svg-raster.ts), which load resvg and the fonts each their own way. Kept apart from
 * svg.ts so the site's engine worker carries none of it until an SVG logo is met.
 */
import { type RasteriseSvg, SvgDrawError } from './svg.ts';

/**
 * The families an SVG's text is set in: the bundled Arimo (metric-compatible with Arial) and
 * Tinos (with Times New Roman). A family the fonts lack («Arial», «Roboto») falls to Arimo, a
 * serif one to Tinos (withBundledFamilies); resvg is given no system font, so every machine draws the same PNG.
 */
export const SVG_FONT_FAMILIES = { defaultFontFamily: 'Arimo', sansSerifFamily: 'Arimo', serifFamily: 'Tinos' } as const;

/** What both rasterisers need of resvg-wasm (typed here so the core does not load it). */
interface ResvgLike {
  new (
    svg: string,
    options: {
      fitTo: { mode: 'width'; value: number };
      font: { fontBuffers: Uint8Array[]; defaultFontFamily: string; sansSerifFamily: string; serifFamily: string };
    },
  ): { render(): { asPng(): Uint8Array; free(): void }; free(): void };
}

/** A RasteriseSvg over an initialised resvg and the bundled fonts' bytes (the Node and browser sides differ only in loading them). */
export function resvgRasteriser(Resvg: ResvgLike, fontBuffers: Uint8Array[]): RasteriseSvg {
  return async (svg, widthPx) => {
    let resvg: InstanceType<ResvgLike>;
    try {
      resvg = new Resvg(withBundledFamilies(svg), {
        fitTo: { mode: 'width', value: widthPx },
        font: { fontBuffers, ...SVG_FONT_FAMILIES },
      });
    } catch (error) {
      // resvg parses the SVG here: what it refuses is the file's fault.
      throw new SvgDrawError(String(error));
    }
    try {
      const rendered = resvg.render();
      try {
        return rendered.asPng();
      } finally {
        rendered.free();
      }
    } catch (error) {
      throw new SvgDrawError(String(error));
    } finally {
      resvg.free();
    }
  };
}

/** Serif families an SVG may name: drawn in Tinos (resvg-wasm takes only the default family for a name it lacks). */
const SERIF_NAMES = /^(?:serif|times new roman|times|liberation serif|tinos|pt serif|georgia|cambria)$/i;

const mapFamilies = (list: string): string =>
  list
    .split(',')
    .map((item) => (SERIF_NAMES.test(item.trim().replace(/^(["'])(.*)\1$/, '$2')) ? 'Tinos' : item))
    .join(',');

/** CSS (a <style> element's text or a style attribute's value) with its font-family lists mapped. */
const mapCss = (css: string): string =>
  css.replace(
    /(font-family\s*:\s*)((?:"[^"]*"|'[^']*'|[^;}"'<>])*)/gi,
    (_all, prefix: string, list: string) => `${prefix}${mapFamilies(list)}`,
  );

/**
 * The SVG with every serif family its font-family attributes and CSS name set to Tinos, so a
 * logo typed in Times New Roman comes out in a serif face; any other family falls to Arimo.
 */
export function withBundledFamilies(svg: string): string {
  const attribute = (name: string, map: (value: string) => string) => (text: string) =>
    text.replace(
      new RegExp(`(\\s${name}\\s*=\\s*)(["'])(.*?)\\2`, 'gis'),
      (_all, prefix: string, quote: string, value: string) => `${prefix}${quote}${map(value)}${quote}`,
    );
  const styles = (text: string) =>
    text.replace(
      /(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi,
      (_all, open: string, css: string, close: string) => `${open}${mapCss(css)}${close}`,
    );
  return styles(attribute('style', mapCss)(attribute('font-family', mapFamilies)(svg)));
}
