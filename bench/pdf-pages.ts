/** Page count of a PDF, read with pdf-lib (handles object streams, unlike a regex over the bytes). */
import { PDFDocument } from 'pdf-lib';

export async function pdfPageCount(bytes: Uint8Array): Promise<number> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  return doc.getPageCount();
}
