/**
 * Deflate as the renderers use it: raw for ZIP entries (DOCX), with the zlib wrapper for PDF
 * streams. The default is fflate, which runs anywhere; Node callers pass node:zlib's native
 * deflate (src/node/deflate.ts), several times faster, through the pack options. Both give
 * valid DEFLATE data, so the files are equivalent, not byte-identical.
 */
import { deflateSync, zlibSync } from 'fflate';

export interface Deflater {
  /** Raw DEFLATE (RFC 1951). */
  raw(data: Uint8Array): Uint8Array;
  /** DEFLATE in a zlib wrapper (RFC 1950), as PDF's FlateDecode wants it. */
  zlib(data: Uint8Array): Uint8Array;
}

/** Level 6, the level docx's own packer and our PDF streams have always used. */
export const fflateDeflater: Deflater = {
  raw: (data) => deflateSync(data, { level: 6 }),
  zlib: (data) => zlibSync(data, { level: 6 }),
};
