/**
 * The DOCX renderer: the document model as an editable Word file with real styles, real
 * numbering and repeating table headers. Pure: bytes out, no I/O, so it runs in a browser
 * worker as well as in Node.
 */
import { Document } from 'docx';
import type { DocumentModel } from '../../model/types.ts';
import { fflateDeflater, type Deflater } from '../deflate.ts';
import type { Theme } from '../theme.ts';
import { renderBlocks } from './blocks/index.ts';
import { createContext } from './context.ts';
import { corePropertiesXml } from './core-properties.ts';
import { installFastAttributes } from './fast-attributes.ts';
import { buildNumbering } from './numbering.ts';
import { createDocxPacker, type DocxPacker } from './package.ts';
import { sectionFrame } from './page.ts';
import { buildStyles } from './styles.ts';

export interface DocxRenderer {
  /** `timestamp` becomes the core properties' dates and the ZIP entries' times (see src/core/pack/timestamp.ts). */
  render(doc: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array>;
}

export interface DocxRendererOptions {
  /** How parts are compressed; fflate unless given (Node passes native zlib). */
  deflater?: Deflater;
}

/** A renderer for a pack of documents: parts that repeat between them are compressed once. */
export function createDocxRenderer(options: DocxRendererOptions = {}): DocxRenderer {
  installFastAttributes();
  const packer = createDocxPacker(options.deflater ?? fflateDeflater);
  return { render: (doc, theme, timestamp) => render(doc, theme, timestamp, packer) };
}

export function renderDocx(doc: DocumentModel, theme: Theme, timestamp: Date): Promise<Uint8Array> {
  return createDocxRenderer().render(doc, theme, timestamp);
}

async function render(doc: DocumentModel, theme: Theme, timestamp: Date, packer: DocxPacker): Promise<Uint8Array> {
  const ctx = createContext(theme);
  const file = new Document({
    title: doc.meta.title,
    creator: doc.meta.organization,
    styles: buildStyles(theme, doc.meta.lang),
    numbering: buildNumbering(theme),
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    // A line ended by a line break inside a justified paragraph stays unstretched, as in the PDF.
    compatibility: { version: 15, doNotExpandShiftReturn: true },
    sections: [{ ...sectionFrame(theme, doc), children: renderBlocks(doc.children, ctx) }],
  });
  return packer.pack(file, [corePropertiesXml(doc.meta, timestamp)], timestamp);
}
