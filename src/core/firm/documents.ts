/**
 * A firm's own document type, written as data: a folder `documents/<id>/` in the firm folder
 * with one template (`<name>.md.hbs`) whose front matter says what it is (title, per position or
 * not, which positions, approved or not). No code: its view is the generic one every such
 * document gets (src/documents/shared/firm-document.ts, documented in docs/templates.md).
 */
import type { TemplateSource } from '../templating/render-template.ts';

export interface FirmDocument {
  /** The folder's name: the document id, the file name stem, the first part of its clause ids. */
  id: string;
  /** How the order and the site name the kind: «Регламент работы с тендерами». */
  name: string;
  summary: string;
  /** One document per position (filtered by `appliesTo`) rather than one for the pack. */
  perPosition: boolean;
  /** Only these positions get it (by position id or catalog role); null: every position. */
  appliesTo: readonly string[] | null;
  /** Where it stands in the pack when `documents.include` does not say: after this document, or last (null). */
  after: string | null;
  /** The template's name in the pack's template table: `firm-<id>`. */
  template: string;
  source: TemplateSource;
  /** The template's text, for the firm's clause ids (overrides of the firm's own documents). */
  text: string;
  /** The template file, for messages. */
  file: string;
}
