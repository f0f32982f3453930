/**
 * The audit's documents: answers → report model, checklist → blank model, and models → files in
 * the requested formats through the pack's renderers. Pure: templates and fonts are passed in,
 * so the CLI and the site's worker run the same code.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { buildDocument, type DocumentFrame } from '../compose/build-document.ts';
import type { DocumentModel } from '../model/types.ts';
import { loadRenderers, renderFiles, type PackFile } from '../pack/render-files.ts';
import type { Format } from '../pack/formats.ts';
import type { FontSet } from '../render/fonts.ts';
import { themeFor, type FontFamily } from '../render/theme.ts';
import type { TemplateSource } from '../templating/render-template.ts';
import { shortOrganizationName } from '../law/organization.ts';
import { scoreAudit, type AuditScore } from './scoring.ts';
import type { AuditInput, Checklist } from './schema.ts';
import { buildBlankView, buildReportView } from '../../documents/audit-report/view.ts';
import { TEMPLATES } from '../../documents/templates.ts';

/** Template names (src/documents/<name>/<name>.md.hbs); also the file name stems of the documents. */
export const AUDIT_TEMPLATES = { report: 'audit-report', blank: 'audit-checklist' } as const;

export interface AuditDocumentOptions {
  /** Templates by name over the bundled ones (tests); the bundled precompiled templates by default. */
  templates?: Readonly<Record<string, TemplateSource>>;
  /** The checklist; the shipped one by default. */
  checklist?: Checklist;
}

function template(templates: AuditDocumentOptions['templates'], name: string): TemplateSource {
  const source = templates?.[name] ?? TEMPLATES[name];
  if (source === undefined) throw new Error(`template not found: ${name}`);
  return source;
}

/** An audit document is not approved and not signed for acknowledgement: only the company line. */
function frame(organization: string, city: string | null): DocumentFrame {
  return { organization, city: city ?? '', approval: null, acknowledgement: null, lang: 'ru-RU' };
}

/**
 * The report on completed answers: company and date, the overall score and level, the chart of
 * area scores, next steps, documents to generate, recommendations, every answer with its comment.
 * `today` (ISO date) is printed when the answers carry no date.
 */
export function buildAuditReport(
  input: AuditInput,
  options: AuditDocumentOptions & { today: string },
): { model: DocumentModel; score: AuditScore } {
  const checklist = options.checklist ?? CHECKLIST;
  const score = scoreAudit(input.answers, checklist);
  const view = buildReportView(input, score, checklist, options.today);
  const { company } = input;
  const organization = company.legalForm ? shortOrganizationName(company.legalForm, company.name) : company.name;
  const name = AUDIT_TEMPLATES.report;
  const model = buildDocument(`${name}.md.hbs`, template(options.templates, name), view, frame(organization, company.city));
  return { model, score };
}

/** The blank printable checklist: every question with its weight and why it matters, and the scoring rule. */
export function buildBlankChecklist(options: AuditDocumentOptions = {}): DocumentModel {
  const name = AUDIT_TEMPLATES.blank;
  return buildDocument(
    `${name}.md.hbs`,
    template(options.templates, name),
    buildBlankView(options.checklist ?? CHECKLIST),
    frame('', null),
  );
}

export interface AuditRenderOptions {
  formats: readonly Format[];
  /** Needed when `formats` has 'pdf'. */
  fonts: FontSet | null;
  /**
   * Stamped into the PDF and DOCX files instead of the clock, as for the pack: the caller decides
   * it (packTimestamp: the answers' date, SOURCE_DATE_EPOCH or now), as it decides `today`.
   */
  timestamp: Date;
  font?: FontFamily;
  fontSize?: 12 | 13 | 14;
}

/** Files `<id>.<format>` of the given models, rendered as the pack renders its documents. */
export async function renderAuditFiles(models: readonly DocumentModel[], options: AuditRenderOptions): Promise<PackFile[]> {
  const theme = themeFor(options.font ?? 'Times New Roman', options.fontSize ?? 12);
  const renderers = await loadRenderers(options.formats, { fonts: options.fonts });
  return renderFiles(models, { formats: options.formats, theme, timestamp: options.timestamp, renderers });
}
