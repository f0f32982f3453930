/**
 * The audit report as a document: answers → score → view → model. `today` (ISO date) is printed
 * when the answers carry no date.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import type { Checklist, AuditInput } from '../../core/audit/schema.ts';
import { scoreAudit, type AuditScore } from '../../core/audit/scoring.ts';
import { buildDocument } from '../../core/compose/build-document.ts';
import { shortOrganizationName } from '../../core/law/organization.ts';
import type { DocumentModel } from '../../core/model/types.ts';
import { type AuditDocumentOptions, auditFrame, auditTemplate } from '../audit-shared.ts';
import { buildReportView } from './view.ts';

const NAME = 'audit-report';

/**
 * The report on completed answers: company and date, the overall score and level, the chart of
 * area scores, next steps, documents to generate, recommendations, every answer with its comment.
 */
export function buildAuditReport(
  input: AuditInput,
  options: AuditDocumentOptions & { today: string; checklist?: Checklist },
): { model: DocumentModel; score: AuditScore } {
  const checklist = options.checklist ?? CHECKLIST;
  const score = scoreAudit(input.answers, checklist);
  const view = buildReportView(input, score, checklist, options.today);
  const { company } = input;
  const organization = company.legalForm ? shortOrganizationName(company.legalForm, company.name) : company.name;
  const model = buildDocument(`${NAME}.md.hbs`, auditTemplate(options.templates, NAME), view, auditFrame(organization, company.city));
  return { model, score };
}
