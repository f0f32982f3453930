/** Native zlib for the renderers' compression in Node: same DEFLATE, several times faster than fflate. */
import { deflateRawSync, deflateSync } from 'node:zlib';
import type { Deflater } from '../core/render/deflate.ts';

export const nodeDeflater: Deflater = {
  raw: (data) => deflateRawSync(data, { level: 6 }),
  zlib: (data) => deflateSync(data, { level: 6 }),
};
