/**
 * From audit answers to the profile: what the wizard should change so that the pack answers the
 * gaps the audit found. Pure: answers in, a list of changes out; `applyProfileChanges` applies
 * them to a profile as written (ProfileInput or any plain object) without touching the original.
 *
 * Three kinds of change, because the audit knows different things:
 *  - `set` — a fact the documents must not contradict: without a CRM there is no CRM to write a
 *    regulation for, so `processes.crm` becomes null and the pack recommends choosing one;
 *  - `default` — what the documents should introduce, unless the profile already decided it:
 *    no weekly plan/fact meeting → the regulations establish one on Monday, but a profile that
 *    already holds it on Wednesday keeps Wednesday;
 *  - `add` — entries a list must hold (regular reports), keeping the others.
 * What no field of the profile can express (hire a head of sales) comes back as a note.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { DOCUMENT_IDS, type DocumentId } from '../../documents/registry.ts';
import type { ReportId } from '../profile/ids.ts';
import type { Answer, AuditAnswers, Checklist } from './schema.ts';
import { scoreAudit, type Gap } from './scoring.ts';

/** A path in the profile, e.g. ['processes', 'meetings', 'weekly']. */
export type ProfilePath = readonly string[];

type Value = string | number | boolean | null | readonly string[];

export type ProfileChange =
  | { op: 'set'; path: ProfilePath; value: Value; reason: string; questions: string[] }
  | { op: 'default'; path: ProfilePath; value: Value; reason: string; questions: string[] }
  | { op: 'add'; path: ProfilePath; values: readonly string[]; reason: string; questions: string[] };

export interface AuditNote {
  text: string;
  questions: string[];
}

export interface AuditProfilePlan {
  /** Documents the gaps call for, in the pack's order (roadmap included when there is any gap). */
  include: DocumentId[];
  /** Changes to apply, `documents.include` among them when `include` is not empty. */
  changes: ProfileChange[];
  notes: AuditNote[];
}

/** Answers that count as a gap for a rule. */
const GAP: readonly Answer[] = ['no', 'partly'];

/** A change as a rule states it; the questions that triggered it are added when it fires. */
type ChangeSpec = ProfileChange extends infer C ? (C extends ProfileChange ? Omit<C, 'questions'> : never) : never;

interface Rule {
  question: string;
  /** Which answers trigger the rule. */
  when: readonly Answer[];
  change?: ChangeSpec;
  note?: string;
}

const reports = (...ids: ReportId[]): readonly string[] => ids;

/** The rules, by question id (tests check every id exists in the checklist). */
export const PROFILE_RULES: readonly Rule[] = [
  {
    question: 'crm-in-use',
    when: ['no'],
    change: {
      op: 'set',
      path: ['processes', 'crm'],
      value: null,
      reason: 'CRM-системы нет: вместо регламента работы в CRM пакет даст рекомендации по её выбору и внедрению',
    },
  },
  {
    question: 'meeting-weekly',
    when: GAP,
    change: {
      op: 'default',
      path: ['processes', 'meetings', 'weekly'],
      value: 'monday',
      reason: 'нет еженедельного совещания по плану: регламенты введут его по понедельникам (день можно изменить)',
    },
  },
  {
    question: 'meeting-weekly',
    when: GAP,
    change: {
      op: 'default',
      path: ['processes', 'meetings', 'monthly'],
      value: true,
      reason: 'нет регулярного подведения итогов месяца: регламенты введут его',
    },
  },
  {
    question: 'analytics-from-system',
    when: GAP,
    change: {
      op: 'add',
      path: ['processes', 'reports'],
      values: reports('weekly-pipeline', 'monthly-plan-fact'),
      reason: 'отчётов по воронке и плану нет: в регламент войдут еженедельный отчёт о воронке и ежемесячный отчёт план/факт',
    },
  },
  {
    question: 'forecast',
    when: GAP,
    change: {
      op: 'add',
      path: ['processes', 'reports'],
      values: reports('weekly-pipeline'),
      reason: 'прогноза выполнения плана нет: его даст еженедельный отчёт о воронке продаж',
    },
  },
  {
    question: 'receivables',
    when: GAP,
    change: {
      op: 'add',
      path: ['processes', 'reports'],
      values: reports('receivables-report'),
      reason: 'дебиторская задолженность по менеджерам не контролируется: в регламент войдёт еженедельный отчёт о ней',
    },
  },
  {
    question: 'analytics-sources',
    when: GAP,
    change: {
      op: 'add',
      path: ['processes', 'reports'],
      values: reports('lead-report'),
      reason: 'источники заявок не учитываются: в регламент войдёт отчёт по лидам',
    },
  },
  {
    question: 'client-handover',
    when: GAP,
    change: {
      op: 'set',
      path: ['processes', 'clientTransferOnLeave'],
      value: true,
      reason: 'порядка передачи клиентов нет: регламент закрепит передачу клиентов на время отпуска и болезни менеджера',
    },
  },
  {
    question: 'lead-sla',
    when: GAP,
    change: {
      op: 'default',
      path: ['processes', 'leadResponseMinutes'],
      value: 15,
      reason: 'срок ответа на заявку не установлен: регламент введёт 15 минут в рабочее время (срок можно изменить)',
    },
  },
  {
    question: 'head-of-sales',
    when: ['no'],
    note: 'Добавьте в профиль должность руководителя отдела продаж (роль head-of-sales): без неё управление отделом в документах достанется директору.',
  },
];

/**
 * The documents the gaps call for, with the roadmap that orders their introduction. Gaps as the
 * scoring sees them: a follow-up skipped after a «no» asks for nothing of its own.
 */
function includedDocuments(gaps: readonly Gap[]): DocumentId[] {
  const wanted = new Set<DocumentId>();
  for (const gap of gaps) gap.result.question.documents.forEach((d) => wanted.add(d));
  if (wanted.size > 0) wanted.add('roadmap');
  return DOCUMENT_IDS.filter((id) => wanted.has(id));
}

const samePath = (a: ProfilePath, b: ProfilePath): boolean => a.length === b.length && a.every((p, i) => p === b[i]);

/** Changes the wizard should apply after the audit, and notes for what it cannot apply. */
export function auditToProfile(answers: AuditAnswers, checklist: Checklist = CHECKLIST): AuditProfilePlan {
  const changes: ProfileChange[] = [];
  const notes: AuditNote[] = [];
  for (const rule of PROFILE_RULES) {
    const answer = answers[rule.question]?.answer;
    if (!answer || !rule.when.includes(answer)) continue;
    if (rule.note) notes.push({ text: rule.note, questions: [rule.question] });
    const change = rule.change;
    if (!change) continue;
    // Two rules adding to the same list become one change, so the wizard shows one line.
    const same = change.op === 'add' ? changes.find((c) => c.op === 'add' && samePath(c.path, change.path)) : undefined;
    if (same && same.op === 'add' && change.op === 'add') {
      same.values = [...new Set([...same.values, ...change.values])];
      same.reason = `${same.reason}; ${change.reason}`;
      same.questions.push(rule.question);
    } else {
      changes.push({ ...change, questions: [rule.question] });
    }
  }
  const gaps = scoreAudit(answers, checklist).gaps;
  const include = includedDocuments(gaps);
  if (include.length > 0) {
    changes.push({
      op: 'set',
      path: ['documents', 'include'],
      value: include,
      reason: 'в пакет входят документы, которые закрывают пробелы, найденные аудитом, и дорожная карта их внедрения',
      questions: checklist.questions.filter((q) => gaps.some((g) => g.result.question.id === q.id)).map((q) => q.id),
    });
  }
  return { include, changes, notes };
}

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

function cloneDeep<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneDeep) as T;
  if (isPlain(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneDeep(v)])) as T;
  return value;
}

/** The object at `path` (created when missing or not an object), for writing its last key. */
function parentOf(root: Plain, path: ProfilePath): Plain {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (!isPlain(next)) node[key] = {};
    node = node[key] as Plain;
  }
  return node;
}

/** A copy of the profile with the changes applied; the argument is left as it was. */
export function applyProfileChanges<T extends object>(profile: T, changes: readonly ProfileChange[]): T {
  const out = cloneDeep(profile) as unknown as Plain;
  for (const change of changes) {
    const key = change.path[change.path.length - 1];
    if (key === undefined) continue;
    const parent = parentOf(out, change.path);
    const current = parent[key];
    if (change.op === 'set') parent[key] = cloneDeep(change.value);
    else if (change.op === 'default') {
      if (current === undefined || current === null || current === false) parent[key] = cloneDeep(change.value);
    } else {
      const list: unknown[] = Array.isArray(current) ? [...current] : [];
      for (const value of change.values) if (!list.includes(value)) list.push(value);
      parent[key] = list;
    }
  }
  return out as unknown as T;
}
