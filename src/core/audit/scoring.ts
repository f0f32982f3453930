/**
 * Scoring of the express audit. A question gives its weight in full for «yes», half for
 * «partly», nothing for «no». Three rules keep the score honest (issue 17):
 *  - gates: a core question (a head of sales, a CRM or a shared sales journal, personal plans,
 *    KPIs) answered «no» caps the level at the first one and the total at its upper bound, however
 *    good the rest looks; answered «partly», it keeps the department below the top level;
 *  - follow-ups: a question that follows another one answered «no» is skipped — it scores nothing
 *    (what it asks about cannot exist without its parent) and gets no advice of its own, whatever
 *    was written for it;
 *  - «not applicable» only where a question allows it (elsewhere it reads as no answer), and no
 *    total below a minimum share of answered weight or while a core question is unanswered.
 *
 * Percentages are rounded half up with integer arithmetic (weights are whole, answers in halves),
 * and the level is read from the printed number.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { DOCUMENT_IDS, type DocumentId } from '../../documents/registry.ts';
import type { Answer, Area, AuditAnswers, Checklist, Evidence, Level, Question } from './schema.ts';

/** Points of an answer in halves of the weight; null for answers outside the base. */
const HALVES: Record<Answer, number | null> = { yes: 2, partly: 1, no: 0, na: null };

/** Below this share of answered weight (%) the audit gives no total. */
export const MIN_ANSWERED_PERCENT = 80;

export interface QuestionResult {
  question: Question;
  /** 1-based number within the checklist as printed: «3.2» (area 3, question 2). */
  number: string;
  /** The answer as it counts: null for no answer and for «na» where the question does not allow it. */
  answer: Answer | null;
  comment: string | null;
  evidence: Evidence | null;
  /** The parent question is «no»: skipped, scores as «no», no advice of its own. */
  skipped: boolean;
  /** The parent, when `skipped`. */
  parent: QuestionResult | null;
  /** «na» was given where the question does not allow it (read as no answer). */
  naRefused: boolean;
}

export interface Score {
  /** Weight earned (0.5 steps) and possible, over the questions in the base. */
  earned: number;
  possible: number;
  /** Rounded percent, or null when nothing of the set is in the base. */
  percent: number | null;
}

export interface AreaResult extends Score {
  area: Area;
  /** 1-based position of the area in the checklist. */
  number: number;
  questions: QuestionResult[];
  /** Questions in the base (answered yes, partly or no, or skipped). */
  counted: number;
  notApplicable: number;
  unanswered: number;
}

export interface DocumentRef {
  id: DocumentId;
  /** «Положение об отделе продаж». */
  title: string;
}

/** A question answered «no» or «partly» (not skipped), with what to do about it. */
export interface Gap {
  result: QuestionResult;
  area: Area;
  answer: 'no' | 'partly';
  /** The problem as the report states it. */
  finding: string;
  /** What to do, chosen for the answer and for the company (with or without a CRM). */
  advice: string;
  owner: Question['owner'];
  effort: Question['effort'];
  /** 1 — first 30 days, 2 — the quarter, 3 — the half-year; never before the parent's. */
  phase: 1 | 2 | 3;
  documents: DocumentRef[];
}

/** A document of the pack the gaps call for, and the questions it answers. */
export interface DocumentNeed extends DocumentRef {
  questions: QuestionResult[];
}

/** Why no total is given. */
export interface Insufficient {
  /** Answered weight as a percent of the weight that could be answered. */
  answeredPercent: number;
  required: number;
  /** Core questions left without an answer. */
  coreMissing: QuestionResult[];
}

export interface AuditScore {
  /** The total after the gates; `percent` null when the answers are insufficient. */
  overall: Score;
  /** The total before the gates (null when insufficient). */
  raw: number | null;
  /** The maturity level of the total; null when no total is given. */
  level: Level | null;
  /** Core questions answered «no»: each caps the level at the first one. */
  gates: QuestionResult[];
  /** Core questions answered «partly»: the top level needs every core question «yes». */
  limits: QuestionResult[];
  /** The gates lowered the total. */
  capped: boolean;
  /** Not null when no total is given. */
  insufficient: Insufficient | null;
  areas: AreaResult[];
  /** Every «no» and «partly» that is not skipped, in the order of the plan (dependency first). */
  gaps: Gap[];
  /** The gaps that matter most: gates first, then by weight and dependency, at most five. */
  findings: Gap[];
  /** Documents to generate, in the pack's order. */
  documents: DocumentNeed[];
  /** The company keeps clients and deals in a CRM (the CRM question is «yes»). */
  hasCrm: boolean;
  /** The department has a head whose main job is managing (not «no»). */
  hasHead: boolean;
  counts: { questions: number; counted: number; notApplicable: number; unanswered: number; skipped: number; naRefused: number };
}

/** How many findings the report puts first. */
export const MAX_FINDINGS = 5;

/** Round half up of 100 × earned / possible, in integers (earned and possible in halves). */
export function percentOf(earnedHalves: number, possibleHalves: number): number | null {
  if (possibleHalves <= 0) return null;
  return Math.floor((200 * earnedHalves + possibleHalves) / (2 * possibleHalves));
}

/** Halves earned by a result, or null when it is outside the base. */
function halvesOf(r: QuestionResult): number | null {
  if (r.skipped) return 0;
  return r.answer === null ? null : HALVES[r.answer];
}

function score(results: readonly QuestionResult[]): Score {
  let earned = 0;
  let possible = 0;
  for (const r of results) {
    const halves = halvesOf(r);
    if (halves === null) continue;
    earned += halves * r.question.weight;
    possible += 2 * r.question.weight;
  }
  return { earned: earned / 2, possible: possible / 2, percent: percentOf(earned, possible) };
}

/** The level whose range holds the percent: the last one whose `min` is not above it. */
export function levelFor(percent: number | null, levels: readonly Level[]): Level | null {
  if (percent === null) return null;
  let found: Level | null = null;
  for (const level of levels) if (level.min <= percent) found = level;
  return found;
}

function documentRefs(ids: readonly DocumentId[], checklist: Checklist, hasCrm: boolean): DocumentRef[] {
  return ids.map((id) => ({ id, title: documentTitle(id, checklist, hasCrm) }));
}

/** The pack's CRM document is a regulation with a CRM and recommendations on choosing one without. */
export function documentTitle(id: DocumentId, checklist: Checklist, hasCrm: boolean): string {
  return id === 'crm-regulation' && !hasCrm ? 'Рекомендации по выбору и внедрению CRM-системы' : checklist.documentTitles[id];
}

/** Every question with its answer as it counts: «na» only where allowed, follow-ups of a «no» skipped. */
function results(answers: AuditAnswers, checklist: Checklist): Map<string, QuestionResult> {
  const byId = new Map<string, QuestionResult>();
  const within = new Map<string, number>();
  for (const question of checklist.questions) {
    const areaIndex = checklist.areas.findIndex((a) => a.id === question.area);
    const n = (within.get(question.area) ?? 0) + 1;
    within.set(question.area, n);
    const record = answers[question.id];
    const given = record?.answer ?? null;
    const naRefused = given === 'na' && question.na === undefined;
    const parent = question.followUpOf === undefined ? null : (byId.get(question.followUpOf) ?? null);
    const skipped = parent !== null && (parent.answer === 'no' || parent.skipped);
    byId.set(question.id, {
      question,
      number: `${areaIndex + 1}.${n}`,
      answer: naRefused ? null : given,
      comment: record?.comment ?? null,
      evidence: record?.evidence ?? null,
      skipped,
      parent: skipped ? parent : null,
      naRefused,
    });
  }
  return byId;
}

export function scoreAudit(answers: AuditAnswers, checklist: Checklist = CHECKLIST): AuditScore {
  const byId = results(answers, checklist);
  const areas: AreaResult[] = checklist.areas.map((area, i) => {
    const questions = checklist.questions.filter((q) => q.area === area.id).map((q) => byId.get(q.id) as QuestionResult);
    const count = (test: (r: QuestionResult) => boolean): number => questions.filter(test).length;
    return {
      area,
      number: i + 1,
      questions,
      ...score(questions),
      counted: count((r) => halvesOf(r) !== null),
      notApplicable: count((r) => !r.skipped && r.answer === 'na'),
      unanswered: count((r) => !r.skipped && r.answer === null),
    };
  });
  const all = areas.flatMap((a) => a.questions);
  const hasCrm = byId.get('crm-in-use')?.answer === 'yes';
  const hasHead = byId.get('head-of-sales')?.answer !== 'no';

  // Share of answered weight: allowed «na» leaves the base it is measured against.
  const applicable = all.filter((r) => r.skipped || r.answer !== 'na').reduce((n, r) => n + r.question.weight, 0);
  const answered = all.filter((r) => halvesOf(r) !== null).reduce((n, r) => n + r.question.weight, 0);
  const answeredPercent = percentOf(answered, applicable) ?? 0;
  const coreMissing = all.filter((r) => r.question.core && r.answer === null);
  const insufficient: Insufficient | null =
    answeredPercent < MIN_ANSWERED_PERCENT || coreMissing.length > 0
      ? { answeredPercent, required: MIN_ANSWERED_PERCENT, coreMissing }
      : null;

  const gates = all.filter((r) => r.question.core && r.answer === 'no');
  const limits = all.filter((r) => r.question.core && r.answer === 'partly');
  const total = score(all);
  const raw = insufficient ? null : total.percent;
  const percent = raw === null ? null : Math.min(raw, capOf(gates.length > 0, limits.length > 0, checklist));
  const overall: Score = { ...total, percent };

  const gaps = orderGaps(all, checklist, hasCrm);
  const documents: DocumentNeed[] = DOCUMENT_IDS.flatMap((id) => {
    const questions = gaps.filter((g) => g.result.question.documents.includes(id)).map((g) => g.result);
    return questions.length > 0 ? [{ id, title: documentTitle(id, checklist, hasCrm), questions }] : [];
  });
  return {
    overall,
    raw,
    level: levelFor(percent, checklist.levels),
    gates,
    limits,
    capped: raw !== null && percent !== null && percent < raw,
    insufficient,
    areas,
    gaps,
    findings: pickFindings(gaps),
    documents,
    hasCrm,
    hasHead,
    counts: {
      questions: all.length,
      counted: areas.reduce((n, a) => n + a.counted, 0),
      notApplicable: areas.reduce((n, a) => n + a.notApplicable, 0),
      unanswered: areas.reduce((n, a) => n + a.unanswered, 0),
      skipped: all.filter((r) => r.skipped).length,
      naRefused: all.filter((r) => r.naRefused).length,
    },
  };
}

/**
 * The highest total the gates allow: below the second level with a core question «no», below the
 * top level with one «partly», 100 otherwise.
 */
export function capOf(gated: boolean, limited: boolean, checklist: Checklist): number {
  const levels = checklist.levels;
  if (gated) return (levels[1]?.min ?? 1) - 1;
  if (limited && levels.length > 2) return (levels[levels.length - 1]?.min ?? 101) - 1;
  return 100;
}

/**
 * Gaps in the order of the plan: by dependency stage (the head, plans, the CRM, KPI, pay before
 * processes and paperwork), «no» before «partly», heavier first, then checklist order. A step's
 * phase is never earlier than its parent's.
 */
function orderGaps(all: readonly QuestionResult[], checklist: Checklist, hasCrm: boolean): Gap[] {
  const phases = new Map<string, 1 | 2 | 3>();
  const gaps: Gap[] = [];
  for (const r of all) {
    if (r.skipped || (r.answer !== 'no' && r.answer !== 'partly')) continue;
    const q = r.question;
    const parentPhase = q.followUpOf ? phases.get(q.followUpOf) : undefined;
    const phase = parentPhase !== undefined && parentPhase > q.phase ? parentPhase : q.phase;
    phases.set(q.id, phase);
    const texts = !hasCrm && q.withoutCrm ? q.withoutCrm : q.advice;
    const area = checklist.areas.find((a) => a.id === q.area) as Area;
    gaps.push({
      result: r,
      area,
      answer: r.answer,
      finding: q.finding[r.answer],
      advice: texts[r.answer],
      owner: q.owner,
      effort: q.effort,
      phase,
      documents: documentRefs(q.documents, checklist, hasCrm),
    });
  }
  const order = new Map(all.map((r, i) => [r.question.id, i]));
  return gaps.sort(
    (a, b) =>
      a.result.question.stage - b.result.question.stage ||
      Number(b.answer === 'no') - Number(a.answer === 'no') ||
      b.result.question.weight - a.result.question.weight ||
      (order.get(a.result.question.id) ?? 0) - (order.get(b.result.question.id) ?? 0),
  );
}

/**
 * Gates first, then heavier gaps, «no» before «partly», in the plan's order; at most one finding
 * per area while other areas have gaps, so five findings name five different problems (a missing
 * plan and a missing monthly breakdown are one problem to the client).
 */
function pickFindings(gaps: readonly Gap[]): Gap[] {
  const rank = new Map(gaps.map((g, i) => [g, i]));
  const ranked = [...gaps].sort(
    (a, b) =>
      Number(b.result.question.core && b.answer === 'no') - Number(a.result.question.core && a.answer === 'no') ||
      b.result.question.weight - a.result.question.weight ||
      Number(b.answer === 'no') - Number(a.answer === 'no') ||
      (rank.get(a) ?? 0) - (rank.get(b) ?? 0),
  );
  const picked: Gap[] = [];
  const areas = new Set<string>();
  for (const gap of ranked) {
    if (picked.length === MAX_FINDINGS) break;
    // A gate is always a finding, whatever area it shares.
    const gate = gap.result.question.core && gap.answer === 'no';
    if (!gate && areas.has(gap.area.id)) continue;
    picked.push(gap);
    areas.add(gap.area.id);
  }
  for (const gap of ranked) if (picked.length < MAX_FINDINGS && !picked.includes(gap)) picked.push(gap);
  return picked;
}
