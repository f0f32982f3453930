/**
 * Image files read by their own bytes, never by their names: the magic bytes say PNG, JPEG or
 * SVG, and the header gives the pixel size the renderers need for the aspect ratio. Pure.
 */
import type { ImageFile } from '../model/types.ts';

/** A logo larger than this is refused before it is read whole. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type Sniffed = { kind: 'raster'; image: ImageFile } | { kind: 'svg' } | { kind: 'unknown' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u32 = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
const u16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;

function pngSize(b: Uint8Array): [number, number] | null {
  if (b.length < 24 || !PNG_SIGNATURE.every((x, i) => b[i] === x)) return null;
  // The first chunk is IHDR: width and height, 4 bytes each.
  if (String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!) !== 'IHDR') return null;
  return [u32(b, 16), u32(b, 20)];
}

/** The size from the first start-of-frame marker (SOF0…SOF15 but DHT, JPG and DAC). */
function jpegSize(b: Uint8Array): [number, number] | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1]!;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = u16(b, at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return [u16(b, at + 7), u16(b, at + 5)];
    }
    if (length < 2) return null;
    at += 2 + length;
  }
  return null;
}

const looksLikeSvg = (b: Uint8Array): boolean => {
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(b.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
};

/** What the bytes are: a PNG or JPEG with its size, an SVG, or something else. */
export function sniffImage(bytes: Uint8Array): Sniffed {
  const png = pngSize(bytes);
  if (png && png[0] > 0 && png[1] > 0) return { kind: 'raster', image: { bytes, mime: 'image/png', widthPx: png[0], heightPx: png[1] } };
  const jpeg = jpegSize(bytes);
  if (jpeg && jpeg[0] > 0 && jpeg[1] > 0)
    return { kind: 'raster', image: { bytes, mime: 'image/jpeg', widthPx: jpeg[0], heightPx: jpeg[1] } };
  if (looksLikeSvg(bytes)) return { kind: 'svg' };
  return { kind: 'unknown' };
}

/** The height of an image shown `widthMm` wide, or its width when shown `heightMm` tall. */
export const heightAt = (image: ImageFile, widthMm: number): number => (widthMm * image.heightPx) / image.widthPx;
export const widthAt = (image: ImageFile, heightMm: number): number => (heightMm * image.widthPx) / image.heightPx;
