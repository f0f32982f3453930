/** Documents from template text written in a test, compiled the way the build precompiles the real ones. */
import { buildDocument, type DocumentFrame } from '../../src/core/compose/build-document.ts';
import type { DocumentModel } from '../../src/core/model/types.ts';
import { compileTemplateSource } from '../../src/core/templating/precompile.ts';

export function buildFromSource(name: string, source: string, view: object, frame: DocumentFrame): DocumentModel {
  return buildDocument(name, compileTemplateSource(source), view, frame);
}
