/**
 * A firm's own document type (src/core/firm/documents.ts) as a document of the pack. It has no
 * view code of its own, so every such document reads one generic view: the common fields every
 * document has (organisation, director, department, positions, law, CRM), the plan's key
 * figures, the approval date and, for a per-position document, its position. docs/templates.md
 * («Свой вид документа») lists the fields; a field the view lacks is a template error.
 */
import type { FirmDocument } from '../../core/firm/documents.ts';
import { payrollCheck } from '../../core/math/index.ts';
import type { Profile } from '../../core/profile/schema.ts';
import { formatDateLong, formatMoney, formatPercent } from '../../core/text/format.ts';
import { buildCommonView, type CommonView, type PositionView } from './common.ts';
import { defineDocument, type DocumentDefinition } from './define.ts';

export interface FirmDocumentView extends CommonView {
  /** The position of a per-position document; null in a document for the whole pack. */
  position: PositionView | null;
  plan: {
    year: number;
    /** The department's annual revenue plan: «120 000 000 ₽». */
    revenue: string;
    /** The planned gross margin rate: «28,0 %». */
    marginPct: string;
    /** The planned gross margin in money. */
    grossMargin: string;
  };
  /** «15 января 2027 г.», or null when the profile gives no approval date. */
  approvalDate: string | null;
}

export function buildFirmDocumentView(profile: Profile, positionId: string | null): FirmDocumentView {
  const common = buildCommonView(profile);
  const money = (v: number) => formatMoney(v, profile.currency);
  return {
    ...common,
    position: positionId === null ? null : (common.positions.find((p) => p.id === positionId) ?? null),
    plan: {
      year: profile.plan.year,
      revenue: money(profile.plan.revenue),
      marginPct: formatPercent(profile.plan.grossMarginPct, 1),
      grossMargin: money(payrollCheck(profile).grossMargin),
    },
    approvalDate: profile.documents.approvalDate ? formatDateLong(profile.documents.approvalDate) : null,
  };
}

/** The positions a firm document applies to: by position id or by catalog role; every position when it does not say. */
function positionsFor(document: FirmDocument, profile: Profile): string[] {
  const wanted = document.appliesTo;
  return profile.department.positions.filter((p) => wanted === null || wanted.includes(p.id) || wanted.includes(p.role)).map((p) => p.id);
}

export function firmDocumentDefinition(document: FirmDocument): DocumentDefinition {
  const meta = { id: document.id, name: document.name, summary: document.summary, perPosition: document.perPosition };
  if (document.perPosition) {
    return defineDocument<FirmDocumentView, string>({
      meta,
      template: document.template,
      positions: (profile: Profile) => positionsFor(document, profile),
      view: (profile: Profile, positionId: string) => buildFirmDocumentView(profile, positionId),
    });
  }
  return defineDocument<FirmDocumentView, string>({
    meta,
    template: document.template,
    // A pack document limited to some positions is left out when the company has none of them.
    applies: (profile: Profile) => document.appliesTo === null || positionsFor(document, profile).length > 0,
    acknowledgeBy: (profile: Profile) => (document.appliesTo === null ? null : positionsFor(document, profile)),
    view: (profile: Profile) => buildFirmDocumentView(profile, null),
  });
}
