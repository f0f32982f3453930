/** Logos are known by their bytes: PNG and JPEG with their pixel size, SVG with its own size, anything else refused. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { brandTheme, modelBrander } from '../../src/core/firm/apply.ts';
import { sniffImage } from '../../src/core/firm/image.ts';
import { checkLogoBytes } from '../../src/core/firm/read-brand.ts';
import { withBundledFamilies } from '../../src/core/firm/svg-render.ts';
import { svgRasterWidth, svgSize } from '../../src/core/firm/svg.ts';
import { base64, fromBase64, fromDataUrl } from '../../src/core/render/data-url.ts';
import { themeFor } from '../../src/core/render/theme.ts';
import { ROOT } from '../support/opkit-process.ts';

const png = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/firm/logo.png')));
const jpeg = new Uint8Array(readFileSync(path.join(ROOT, 'tests/fixtures/client/logo.jpg')));
const text = (s: string) => new TextEncoder().encode(s);

test('PNG and JPEG are read with their pixel size, whatever the file is called', () => {
  expect(sniffImage(png)).toMatchObject({ kind: 'raster', image: { mime: 'image/png', widthPx: 480, heightPx: 160 } });
  expect(sniffImage(jpeg)).toMatchObject({ kind: 'raster', image: { mime: 'image/jpeg', widthPx: 300, heightPx: 120 } });
});

test('an SVG is recognised and checked for its size; text, HTML and a cut PNG are no picture', () => {
  expect(sniffImage(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toEqual({ kind: 'svg' });
  expect(checkLogoBytes(text('<svg viewBox="0 0 2 1"></svg>'))).toMatchObject({
    ok: true,
    logo: { kind: 'svg', size: { width: 2, height: 1 } },
  });
  expect(checkLogoBytes(text('<svg xmlns="http://www.w3.org/2000/svg" width="100%"></svg>'))).toEqual({
    ok: false,
    message: expect.stringContaining('у SVG-логотипа не задан размер'),
  });
  for (const bytes of [text('<html>logo</html>'), png.subarray(0, 20), new Uint8Array(0)]) {
    expect(checkLogoBytes(bytes)).toEqual({ ok: false, message: expect.stringContaining('не является картинкой PNG, JPEG или SVG') });
  }
});

test('an SVG’s size comes from width and height in absolute units, else from its viewBox', () => {
  expect(svgSize('<svg width="40mm" height="10mm" viewBox="0 0 1 1">')).toEqual({ width: (40 * 96) / 25.4, height: (10 * 96) / 25.4 });
  expect(svgSize("<svg viewBox='0 0 300 100' width='600'>")).toEqual({ width: 600, height: 200 });
  expect(svgSize('<svg viewBox="0,0,300,100" height="2em">')).toEqual({ width: 300, height: 100 });
  expect(svgSize('<svg width="10" height="0">')).toBeNull();
  expect(svgSize('<svg viewBox="0 0 -1 5">')).toBeNull();
});

test('the PNG of an SVG logo is 300 dpi at its widest print, no side over 2000 px', () => {
  // 45 mm at 300 dpi: 532 px.
  expect(svgRasterWidth({ width: 3, height: 1 }, 45)).toBe(532);
  // A thin tall logo: the height reaches the cap first.
  expect(svgRasterWidth({ width: 1, height: 10 }, 45)).toBe(200);
  expect(svgRasterWidth({ width: 1e9, height: 1 }, 80)).toBe(945);
  expect(svgRasterWidth({ width: 1, height: 1e9 }, 80)).toBe(1);
});

test('serif families an SVG names, in attributes, style attributes and <style>, become the bundled Tinos; others stay', () => {
  expect(withBundledFamilies(`<text font-family="'Times New Roman', serif" x="1">`)).toBe('<text font-family="Tinos,Tinos" x="1">');
  expect(withBundledFamilies('<text style="font-family:serif;font-size:3" x="5">')).toBe(
    '<text style="font-family:Tinos;font-size:3" x="5">',
  );
  expect(withBundledFamilies('<style>.a{font-family: Georgia, "PT Serif"; fill:red}</style>')).toBe(
    '<style>.a{font-family: Tinos,Tinos; fill:red}</style>',
  );
  const sans = '<text font-family="Arial, sans-serif">serif</text>';
  expect(withBundledFamilies(sans)).toBe(sans);
});

test('base64 and data: URLs round-trip the bytes', () => {
  for (const bytes of [png, jpeg, new Uint8Array([1]), new Uint8Array([1, 2])]) {
    expect(fromBase64(base64(bytes))).toEqual(bytes);
    expect(fromDataUrl(`data:image/png;base64,${base64(bytes)}`)).toEqual(bytes);
    expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  }
  expect(fromDataUrl('logo.png')).toBeNull();
});

test('without a firm and a client logo the theme and the models are left as they are', () => {
  const theme = themeFor('Times New Roman', 12);
  expect(brandTheme(theme, null)).toBe(theme);
  const model = { type: 'document' as const, meta: { id: 'x', title: 'X', organization: 'O', lang: 'ru' }, children: [] };
  expect(modelBrander({ brand: null, clientLogo: null })(model)).toBe(model);
});
