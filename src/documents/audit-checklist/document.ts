/** The blank printable checklist as a document, from the shipped checklist or a given one. */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import type { Checklist } from '../../core/audit/schema.ts';
import { buildDocument } from '../../core/compose/build-document.ts';
import type { DocumentModel } from '../../core/model/types.ts';
import { type AuditDocumentOptions, auditFrame, auditTemplate } from '../audit-shared.ts';
import { buildBlankView } from './view.ts';

const NAME = 'audit-checklist';

/** Every question with its weight and why it matters, and the scoring rule. */
export function buildBlankChecklist(options: AuditDocumentOptions & { checklist?: Checklist } = {}): DocumentModel {
  return buildDocument(
    `${NAME}.md.hbs`,
    auditTemplate(options.templates, NAME),
    buildBlankView(options.checklist ?? CHECKLIST),
    auditFrame('', null),
  );
}
