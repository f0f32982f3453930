/**
 * The view of the order putting the pack into force («Приказ о введении в действие»): the
 * documents the pack holds, read from what was built for this profile (the registry's order,
 * `documents.include`), each with the day it comes into force; who acquaints the staff with them;
 * the contract addenda to conclude; control. An entrepreneur issues it in his own name.
 */
import type { Profile } from '../../core/profile/schema.ts';
import { BLANK_DATE, formatDateLong, NBSP } from '../../core/text/format.ts';
import { initialsAndSurname, joinAnd } from '../../core/text/names.ts';
import { SIGNATURE_LINE } from '../../core/render/conventions.ts';
import { buildCommonView, type CommonView } from '../shared/common.ts';
import type { PackContext, PackListing } from '../shared/define.ts';
import { includes } from '../shared/include.ts';
import { inForceFrom } from '../shared/in-force.ts';
import { variablePayFrom, variablePayPositions } from '../shared/variable-pay.ts';
import { companyUnits } from '../shared/units.ts';

/** A date written by hand beside a signature: shorter than the approval block's, to fit a third of the line. */
const SHORT_BLANK_DATE = `«___»${NBSP}_________${NBSP}20___${NBSP}г.`;
/** The signature rule in the acquaintance row, shorter than the signer's so the name stays beside it. */
const SHORT_SIGNATURE_LINE = '_'.repeat(12);

export interface OrderDocumentRow {
  n: number;
  title: string;
  /** «15 января 2027 г.», or «со дня издания приказа» without an approval date. */
  from: string;
}

export interface OrderView extends CommonView {
  /** The issuer as the head of the order names it: «Общество с ограниченной ответственностью «ТехноСнаб»». */
  issuer: string;
  /** The order's date, or the blank line for a hand-written one. */
  date: string;
  documents: OrderDocumentRow[];
  /** The head of sales who acquaints the staff, in the nominative with the name: null where the director does it. */
  acquaintedBy: string | null;
  /** The contract addenda to conclude: null when no position has variable pay or the pack leaves the addenda out. */
  addenda: {
    /** «работником, занимающим должность менеджера по продажам», «работниками, занимающими должности …». */
    positions: string;
    /** The agreements and their drafts, in the number the staff needs. */
    what: { agreements: string; drafts: string };
    /** «до 1 февраля 2027 г.», or the rule without a date. */
    deadline: string;
    /** Who drafts them: «Служба персонала», the head; null where the signer does it himself. */
    preparedBy: string | null;
  } | null;
  /** The motivation regulation in the dative (after «по»), when the pack holds it. */
  motivationDat: string | null;
  signature: { position: string; line: string; signer: string };
  /** Those named in the order sign that they have read it. */
  acquainted: Array<{ position: string; name: string }>;
  blank: string;
  /** The signature rule in the acquaintance row. */
  shortLine: string;
}

/** A group of per-position documents as one row: «Должностные инструкции: руководителя отдела продаж и менеджера по продажам». */
function rowTitle(entry: PackListing[number], common: CommonView): string {
  const models = entry.models.filter((m) => m.approved);
  const only = models[0];
  if (models.length === 1 && only) return only.title;
  const titles = models.map((m) => common.positions.find((p) => p.id === m.positionId)?.title.lc.gen ?? m.title);
  return `${entry.meta.name}: ${joinAnd(titles)}`;
}

/** The people holding the paid positions: one agreement or several. */
function addendaPeople(profile: Profile, paid: readonly string[]): number {
  return profile.department.positions.filter((p) => paid.includes(p.id)).reduce((sum, p) => sum + p.headcount, 0);
}

/** «работником, занимающим должность менеджера по продажам», «работниками, занимающими должности …». */
function addendaParties(profile: Profile, paid: readonly string[], common: CommonView): string {
  const titles = joinAnd(paid.map((id) => common.positions.find((p) => p.id === id)?.title.lc.gen ?? id));
  const holds = addendaPeople(profile, paid) === 1 ? 'работником, занимающим' : 'работниками, занимающими';
  return `${holds} ${paid.length === 1 ? 'должность' : 'должности'} ${titles}`;
}

export function buildOrderView(profile: Profile, context?: PackContext): OrderView {
  const pack = context?.listing ?? [];
  const common = buildCommonView(profile);
  const approval = profile.documents.approvalDate;
  const on = (iso: string | null) => (iso === null ? 'со дня издания приказа' : formatDateLong(iso));
  const documents = pack
    .filter((entry) => entry.models.some((m) => m.approved))
    .map((entry, i) => ({ n: i + 1, title: rowTitle(entry, common), from: on(inForceFrom(profile, entry.meta)) }));

  const head = common.head;
  const headName = head?.employees[0] ?? null;
  const acquaintedBy = head ? `${head.title.nom}${headName && head.headcount === 1 ? ` ${initialsAndSurname(headName)}` : ''}` : null;

  const paid = variablePayPositions(profile);
  const froms = paid
    .map((id) => variablePayFrom(profile, id))
    .filter((d): d is string => d !== null)
    .sort();
  const earliest = froms[0];
  const units = companyUnits(profile);
  const addenda =
    paid.length > 0 && includes(profile, 'contract-addendum')
      ? {
          positions: addendaParties(profile, paid, common),
          what:
            addendaPeople(profile, paid) === 1
              ? { agreements: 'дополнительное соглашение к трудовому договору', drafts: 'проект соглашения' }
              : { agreements: 'дополнительные соглашения к трудовым договорам', drafts: 'проекты соглашений' },
          deadline:
            approval !== null && earliest !== undefined
              ? `до ${formatDateLong(earliest)}`
              : 'до начала первого отчётного периода, с которого применяется новая система оплаты труда',
          preparedBy: units.has('hr') ? 'Служба персонала' : head ? head.title.nom : null,
        }
      : null;
  const addendaClause = addenda && {
    ...addenda,
  };

  const director = profile.company.director;
  return {
    ...common,
    issuer: common.org.full,
    date: approval === null ? BLANK_DATE : formatDateLong(approval),
    documents,
    acquaintedBy,
    addenda: addendaClause,
    motivationDat: includes(profile, 'motivation') ? `Положению о мотивации работников ${common.dept.nameLc.gen}` : null,
    signature: {
      // The title the profile gives (the common view calls an entrepreneur «Работодатель» in running text).
      position: director.position,
      line: SIGNATURE_LINE,
      signer: director.fullName === null ? SIGNATURE_LINE : initialsAndSurname(director.fullName),
    },
    acquainted: head ? [{ position: head.title.nom, name: head.headcount === 1 && headName ? initialsAndSurname(headName) : '' }] : [],
    blank: SHORT_BLANK_DATE,
    shortLine: SHORT_SIGNATURE_LINE,
  };
}
