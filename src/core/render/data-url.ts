/**
 * Pictures as data: URLs (the HTML preview embeds them so it loads nothing; the site stores a
 * client's logo so). Pure base64, since the core has no Buffer and a worker may lack btoa for binary.
 */
import type { ImageFile } from '../model/types.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64. */
export function base64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out.push(B64[(n >> 18) & 63]!, B64[(n >> 12) & 63]!, b === undefined ? '=' : B64[(n >> 6) & 63]!, c === undefined ? '=' : B64[n & 63]!);
  }
  return out.join('');
}

export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  const out = new Uint8Array((clean.length / 4) * 3 - (clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0));
  let o = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n =
      (B64.indexOf(clean[i]!) << 18) |
      (B64.indexOf(clean[i + 1]!) << 12) |
      ((Math.max(0, B64.indexOf(clean[i + 2]!)) & 63) << 6) |
      (Math.max(0, B64.indexOf(clean[i + 3]!)) & 63);
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export const dataUrl = (image: ImageFile): string => `data:${image.mime};base64,${base64(image.bytes)}`;

/** A `data:image/png;base64,…` URL (the site's logos) as bytes, or null when it is not one. */
export function fromDataUrl(url: string): Uint8Array | null {
  const match = /^data:image\/[a-z0-9.+-]+;base64,(.*)$/is.exec(url.trim());
  return match ? fromBase64(match[1]!) : null;
}
