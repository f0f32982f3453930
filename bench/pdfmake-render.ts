/**
 * pdfmake 0.3 (Node build) set up with the same four Tinos faces our renderer embeds. The
 * faces go into pdfmake's virtual file system once, as Buffers, so no render reads the disk;
 * pdfmake (pdfkit) still parses them per document, which is its design: the font cache lives
 * in each PDFKit document.
 */
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { FontFaces } from '../src/core/render/fonts.ts';

/** The part of pdfmake's Node-side virtual file system we use (not in @types/pdfmake 0.3). */
interface PdfmakeVirtualFs {
  writeFileSync(filename: string, content: Buffer): void;
}

function virtualFs(): PdfmakeVirtualFs {
  const { virtualfs } = pdfmake as unknown as { virtualfs?: PdfmakeVirtualFs };
  if (!virtualfs || typeof virtualfs.writeFileSync !== 'function')
    throw new Error('pdfmake: no virtualfs (expected the pdfmake 0.3 Node build)');
  return virtualfs;
}

export const PDFMAKE_FONT = 'Tinos';

/** Registers the faces under PDFMAKE_FONT; returns a function from docDefinition to PDF bytes. */
export function createPdfmakeRenderer(faces: FontFaces): (definition: TDocumentDefinitions) => Promise<Uint8Array> {
  const vfs = virtualFs();
  const names = {
    normal: 'bench-tinos-regular.ttf',
    bold: 'bench-tinos-bold.ttf',
    italics: 'bench-tinos-italic.ttf',
    bolditalics: 'bench-tinos-bolditalic.ttf',
  };
  vfs.writeFileSync(names.normal, Buffer.from(faces.regular));
  vfs.writeFileSync(names.bold, Buffer.from(faces.bold));
  vfs.writeFileSync(names.italics, Buffer.from(faces.italic));
  vfs.writeFileSync(names.bolditalics, Buffer.from(faces.boldItalic));
  pdfmake.setFonts({ [PDFMAKE_FONT]: { ...names } });
  // Nothing is fetched or read from disk: deny both, which also silences pdfmake's warnings.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return async (definition) => new Uint8Array(await pdfmake.createPdf(definition).getBuffer());
}
