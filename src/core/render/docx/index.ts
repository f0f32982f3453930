/**
 * The DOCX renderer: the document model as an editable Word file with real styles, real
 * numbering and repeating table headers. Pure: bytes out, no I/O, so it runs in a browser
 * worker as well as in Node.
 */
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../model/types.ts';
import type { Theme } from '../theme.ts';
import { renderBlocks } from './blocks/index.ts';
import { createContext } from './context.ts';
import { corePropertiesXml } from './core-properties.ts';
import { buildNumbering } from './numbering.ts';
import { sectionFrame } from './page.ts';
import { buildStyles } from './styles.ts';

export async function renderDocx(doc: DocumentModel, theme: Theme): Promise<Uint8Array> {
  const ctx = createContext(theme);
  const file = new Document({
    title: doc.meta.title,
    creator: doc.meta.organization,
    styles: buildStyles(theme, doc.meta.lang),
    numbering: buildNumbering(theme),
    hyphenation: { autoHyphenation: true, doNotHyphenateCaps: true },
    // A line ended by a line break inside a justified paragraph stays unstretched, as in the PDF.
    compatibility: { version: 15, doNotExpandShiftReturn: true },
    sections: [{ ...sectionFrame(theme), children: renderBlocks(doc.children, ctx) }],
  });
  // toArrayBuffer works in Node and in browsers alike (toBuffer needs Node's Buffer).
  const bytes = await Packer.toArrayBuffer(file, false, [corePropertiesXml(doc.meta, new Date())]);
  return new Uint8Array(bytes);
}
