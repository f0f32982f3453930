/**
 * From the audit to the wizard: the wizard's draft (or a new one) with what the answers imply
 * already set, saved where the wizard restores it, and one sentence for the wizard to show.
 * Loaded on demand: it brings the wizard's storage, the starter profile and zod with it.
 */
import * as z from 'zod';
import { REPORT_CATALOG } from '../../../content/catalog/reports.ts';
import { applyProfileChanges, auditToProfile, type ProfileChange, type ProfilePath } from '../../core/audit/to-profile.ts';
import { DOCUMENT_IDS } from '../../documents/registry.ts';
import type { ReportId } from '../../core/profile/ids.ts';
import { joinAnd } from '../../core/text/names.ts';
import { countNoun, NOUNS } from '../../core/text/plural.ts';
import { starterProfile, type Draft } from '../../wizard/state/draft.ts';
import { HANDOVER_NOTICE_KEY } from '../../wizard/state/handover.ts';
import { restore, save } from '../../wizard/state/storage.ts';
import type { StepId } from '../../wizard/state/steps.ts';
import type { Origin } from '../../wizard/state/untouched.ts';
import { auditAnswers, type AuditState } from './answers.ts';

// The site's CSP has no 'unsafe-eval'; zod (the profile migration) would otherwise probe `new Function`.
z.config({ jitless: true });

/** Genitive after «из»: «5 из 9 видов документов». */
const KIND_FORMS = { one: 'вида документов', few: 'видов документов', many: 'видов документов' };

function valueAt(root: unknown, path: ProfilePath): unknown {
  let node = root;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

const reportName = (id: string): string => REPORT_CATALOG[id as ReportId]?.name ?? id;

/** What one applied change did, as a phrase of the summary; null when it changed nothing. */
function phrase(change: ProfileChange, before: unknown, after: unknown): string | null {
  if (JSON.stringify(before) === JSON.stringify(after)) return null;
  switch (change.path.join('.')) {
    case 'processes.crm':
      return 'CRM нет — вместо регламента работы в CRM пакет даст рекомендации по её выбору';
    case 'processes.meetings.weekly':
      return 'еженедельное совещание план/факт по понедельникам';
    case 'processes.meetings.monthly':
      return 'ежемесячное подведение итогов';
    case 'processes.reports': {
      const had = Array.isArray(before) ? before : [];
      const added = (Array.isArray(after) ? after : []).filter((id) => !had.includes(id)).map((id) => `«${reportName(String(id))}»`);
      return `в регламент ${added.length === 1 ? 'войдёт' : 'войдут'} ${joinAnd(added)}`;
    }
    case 'processes.clientTransferOnLeave':
      return 'передача клиентов коллеге на время отпуска или болезни менеджера';
    case 'processes.leadResponseMinutes':
      return typeof after === 'number' ? `срок ответа на заявку — ${countNoun(after, NOUNS.minute)}` : change.reason;
    case 'documents.include': {
      // No list means every document that suits the profile: a full list after it changes nothing.
      const was: readonly unknown[] = Array.isArray(before) ? before : DOCUMENT_IDS;
      const now: readonly unknown[] = Array.isArray(after) ? after : DOCUMENT_IDS;
      if (was.length === now.length && now.every((id) => was.includes(id))) return null;
      return now.length >= DOCUMENT_IDS.length
        ? 'в пакет снова входят все документы: найденные пробелы затрагивают каждый из них'
        : `в пакете — только документы, которые закрывают найденные пробелы, и дорожная карта их внедрения (${now.length} из ${countNoun(DOCUMENT_IDS.length, KIND_FORMS)})`;
    }
    default:
      return change.reason;
  }
}

/**
 * Who answered the audit («Иванов Иван Иванович, генеральный директор»): the director signs the
 * documents, so a director's name goes where the wizard asks for it; a head of sales is the
 * department head's employee. Anyone else is only named in the notice.
 */
function withRespondent(draft: Draft, respondent: string): { draft: Draft; phrase: string | null } {
  const [name = '', ...rest] = respondent.split(',').map((part) => part.trim());
  const role = rest.join(', ').toLowerCase();
  if (name === '') return { draft, phrase: null };
  if (/директор|собственник|владелец|руководитель компании|(^|\s)ип($|\s|,)/.test(role)) {
    if (typeof draft.company?.director?.fullName === 'string' && draft.company.director.fullName.trim() !== '')
      return { draft, phrase: null };
    return {
      draft: { ...draft, company: { ...draft.company, director: { ...draft.company.director, fullName: name } } },
      phrase: `руководитель, утверждающий документы, — ${name}`,
    };
  }
  const head = draft.department?.positions?.findIndex((p) => p.role === 'head-of-sales') ?? -1;
  if (/отдел\S* продаж|коммерческ|роп/.test(role) && head >= 0) {
    const positions = draft.department.positions;
    const position = positions[head]!;
    if (Array.isArray(position.employees) && position.employees.length > 0) return { draft, phrase: null };
    const next = positions.map((p, i) => (i === head ? { ...p, employees: [name] } : p));
    return {
      draft: { ...draft, department: { ...draft.department, positions: next } },
      phrase: `${position.title || 'руководитель отдела продаж'} — ${name}`,
    };
  }
  return { draft, phrase: null };
}

export interface Handover {
  draft: Draft;
  /** The wizard step to open. */
  step: 'company' | 'review';
  notice: string;
  origin: Origin;
  visited: StepId[];
}

/** The wizard's draft with the audit applied, and the sentence that says what was applied. */
export function prepareHandover(state: AuditState): Handover {
  const restored = restore();
  let draft: Draft = restored.kind === 'restored' ? restored.saved.draft : starterProfile();
  // The draft keeps where it came from; a new one is the example's, marked as such in the wizard.
  const origin: Origin =
    restored.kind === 'restored' && restored.saved.origin ? restored.saved.origin : { kind: 'example', base: starterProfile() };
  const visited = restored.kind === 'restored' ? restored.saved.visited : [];
  const phrases: string[] = [];
  const hadName = typeof draft.company?.name === 'string' && draft.company.name.trim() !== '';
  const name = state.company.name.trim();
  // A draft that already belongs to a company keeps its own facts; a new one takes the audit's.
  if (!hadName && name !== '') {
    const legalForm = state.company.legalForm.trim();
    const city = state.company.city.trim();
    draft = { ...draft, company: { ...draft.company, name, ...(legalForm ? { legalForm } : {}), ...(city ? { city } : {}) } };
    phrases.push(`компания «${name}»`);
  }
  const who = withRespondent(draft, state.company.respondent.trim());
  draft = who.draft;
  if (who.phrase) phrases.push(who.phrase);
  const plan = auditToProfile(auditAnswers(state));
  const next = applyProfileChanges(draft, plan.changes);
  for (const change of plan.changes) {
    const text = phrase(change, valueAt(draft, change.path), valueAt(next, change.path));
    if (text) phrases.push(text);
  }
  const applied =
    phrases.length > 0
      ? `По итогам аудита в профиль внесено: ${phrases.join('; ')}.`
      : 'Ответы аудита не требуют изменений в профиле: черновик открыт как был.';
  const notes = plan.notes.map((n) => n.text).join(' ');
  return { draft: next, step: hadName ? 'review' : 'company', notice: notes ? `${applied} ${notes}` : applied, origin, visited };
}

/** Saves the prepared draft for the wizard and leaves the notice; false when storage is refused. */
export function handOver(state: AuditState): boolean {
  const { draft, step, notice, origin, visited } = prepareHandover(state);
  if (!save(draft, step, { origin, visited })) return false;
  try {
    sessionStorage.setItem(HANDOVER_NOTICE_KEY, notice);
  } catch {
    // Without the notice the wizard still opens the prepared draft; only the explanation is lost.
  }
  return true;
}
