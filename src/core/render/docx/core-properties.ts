/**
 * docProps/core.xml written by us rather than the docx library, which has no dc:language.
 * Word shows these as the file's Title, Author and Language properties.
 */
import type { DocumentMeta } from '../../model/types.ts';
import { xmlSafe } from './runs.ts';

const escapeXml = (text: string): string =>
  xmlSafe(text).replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);

export function corePropertiesXml(meta: DocumentMeta, timestamp: Date): { path: string; data: string } {
  const stamp = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const data =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(meta.title)}</dc:title>` +
    `<dc:creator>${escapeXml(meta.organization)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeXml(meta.organization)}</cp:lastModifiedBy>` +
    `<dc:language>${escapeXml(meta.lang)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>';
  return { path: 'docProps/core.xml', data };
}
