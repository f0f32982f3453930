/**
 * A docx `File` → .docx bytes. The parts are compiled by docx's own compiler, as its Packer
 * does; they are deflated here with the renderer's deflater instead of docx's bundled fflate,
 * and a part whose XML is the same as in an earlier document of the same renderer (styles,
 * numbering definitions, theme, settings, font table, headers, content types: about 40 % of a
 * document's package) is deflated once per renderer, that is once per pack, as is a picture
 * every document carries (a logo).
 *
 * The compiler is a private member of docx's Packer. Should a docx release drop it, packing
 * falls back to Packer.toArrayBuffer (same files, docx's deflate), and tests/docx notices.
 */
import { Packer, type Document } from 'docx';
import { crc32 } from '../crc32.ts';
import type { Deflater } from '../deflate.ts';
import { writeZip, type ZipEntry } from './zip.ts';

/** A part written instead of the one docx would write (docProps/core.xml). */
export interface PartOverride {
  path: string;
  data: string;
}

interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly PartOverride[]): Map<string, string | Uint8Array>;
}

function docxCompiler(): Compiler | null {
  const candidate: unknown = Reflect.get(Packer, 'compiler');
  if (typeof candidate !== 'object' || candidate === null) return null;
  return typeof Reflect.get(candidate, 'compile') === 'function' ? (candidate as Compiler) : null;
}

export interface DocxPacker {
  /** `modified`: the ZIP entries' time (docx's own Packer, the fallback, stamps the current time). */
  pack(file: Document, overrides: readonly PartOverride[], modified: Date): Promise<Uint8Array>;
  /** False when docx's compiler is out of reach and Packer does the packing (for tests). */
  readonly ownZip: boolean;
}

const utf8 = new TextEncoder();
const BODY = 'word/document.xml';

export function createDocxPacker(deflater: Deflater): DocxPacker {
  const compiler = docxCompiler();
  if (!compiler) {
    return {
      ownZip: false,
      // toArrayBuffer works in Node and in browsers alike (toBuffer needs Node's Buffer).
      pack: async (file, overrides) => new Uint8Array(await Packer.toArrayBuffer(file, false, overrides)),
    };
  }
  // Compressed parts by their XML, for the parts that repeat from document to document (all
  // but the body, which never does).
  const parts = new Map<string, Omit<ZipEntry, 'path'>>();
  // Pictures by their bytes: docx passes the logo's array through as given, the same one in
  // every document of the pack.
  const media = new WeakMap<Uint8Array, Omit<ZipEntry, 'path'>>();
  const entry = (path: string, data: string | Uint8Array): ZipEntry => {
    if (typeof data !== 'string') {
      let known = media.get(data);
      if (!known) {
        known = { crc: crc32(data), size: data.length, deflated: deflater.raw(data) };
        media.set(data, known);
      }
      return { path, ...known };
    }
    const reusable = path !== BODY ? data : null;
    const known = reusable === null ? undefined : parts.get(reusable);
    if (known) return { path, ...known };
    const bytes = utf8.encode(data);
    const compressed = { crc: crc32(bytes), size: bytes.length, deflated: deflater.raw(bytes) };
    if (reusable !== null) parts.set(reusable, compressed);
    return { path, ...compressed };
  };
  return {
    ownZip: true,
    pack: async (file, overrides, modified) => {
      const files = compiler.compile(file, undefined, overrides);
      return writeZip(
        [...files].map(([path, data]) => entry(path, data)),
        modified,
      );
    },
  };
}
