/**
 * pdf-lib deflates the streams it builds itself (embedded font files, ToUnicode maps) with
 * pako, through PDFContext.flateStream. Routing that method through the renderer's deflater
 * gives the same FlateDecode streams, faster (fflate, in Node too: see index.ts). Object and
 * cross-reference streams stay with pako: they are small.
 */
import type { PDFDocument } from 'pdf-lib';
import type { Deflater } from '../deflate.ts';

type FlateStream = PDFDocument['context']['flateStream'];

/** As pdf-lib's typedArrayFor: a string's char codes as bytes (its streams are ASCII). */
function bytesOf(contents: string | Uint8Array): Uint8Array {
  if (typeof contents !== 'string') return contents;
  const bytes = new Uint8Array(contents.length);
  for (let i = 0; i < contents.length; i++) bytes[i] = contents.charCodeAt(i);
  return bytes;
}

/**
 * Deflated arrays by the array, per deflater: a picture shared by a pack's documents has its
 * pixels in the same arrays each time (index.ts keeps its decoded form), deflated once.
 */
const deflatedArrays = new WeakMap<Deflater, WeakMap<Uint8Array, Uint8Array>>();

function deflated(deflater: Deflater, contents: string | Uint8Array): Uint8Array {
  if (typeof contents === 'string') return deflater.zlib(bytesOf(contents));
  let known = deflatedArrays.get(deflater);
  if (!known) {
    known = new WeakMap();
    deflatedArrays.set(deflater, known);
  }
  let bytes = known.get(contents);
  if (!bytes) {
    bytes = deflater.zlib(contents);
    known.set(contents, bytes);
  }
  return bytes;
}

export function useDeflater(pdf: PDFDocument, deflater: Deflater): void {
  const context = pdf.context;
  const flateStream: FlateStream = (contents, dict = {}) =>
    context.stream(deflated(deflater, contents), { ...dict, Filter: 'FlateDecode' });
  context.flateStream = flateStream;
}
