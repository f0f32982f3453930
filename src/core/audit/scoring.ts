/**
 * Scoring of the express audit. A question gives its weight in full for «yes», half for
 * «partly», nothing for «no»; «not applicable» and unanswered questions leave the base. An
 * area's score and the overall score are earned weight over possible weight, in percent; the
 * overall score weighs every question, not every area, so a big area counts for more.
 *
 * Percentages are rounded half up to whole numbers with integer arithmetic (weights are whole,
 * answers are in halves), so 79.5 % is 80 % on every machine, and the maturity level is read
 * from the rounded number the report prints: a report never says «80 %» next to the level
 * that starts at 80 % not being reached.
 */
import { CHECKLIST } from '../../../content/audit/checklist.ts';
import { DOCUMENT_IDS, type DocumentId } from '../../documents/registry.ts';
import type { Answer, Area, AuditAnswers, Checklist, Level, Question } from './schema.ts';

/** Points of an answer in halves of the weight; null for answers outside the base. */
const HALVES: Record<Answer, number | null> = { yes: 2, partly: 1, no: 0, na: null };

export interface QuestionResult {
  question: Question;
  /** 1-based number within the checklist as printed: «3.2» (area 3, question 2). */
  number: string;
  answer: Answer | null;
  comment: string | null;
}

export interface Score {
  /** Weight earned (0.5 steps) and possible, over the questions in the base. */
  earned: number;
  possible: number;
  /** Rounded percent, or null when no question of the set is in the base. */
  percent: number | null;
}

export interface AreaResult extends Score {
  area: Area;
  /** 1-based position of the area in the checklist. */
  number: number;
  questions: QuestionResult[];
  /** Questions in the base (answered yes, partly or no). */
  counted: number;
  notApplicable: number;
  unanswered: number;
}

export interface DocumentRef {
  id: DocumentId;
  /** «Положение об отделе продаж». */
  title: string;
}

/** A question answered «no» or «partly», with what to do about it. */
export interface Gap {
  result: QuestionResult;
  area: Area;
  recommendation: string;
  documents: DocumentRef[];
}

/** A document of the pack the gaps call for, and the questions it answers. */
export interface DocumentNeed extends DocumentRef {
  questions: QuestionResult[];
}

export interface AuditScore {
  overall: Score;
  /** The maturity level of the overall percent; null when nothing was scored. */
  level: Level | null;
  areas: AreaResult[];
  /** Every «no» and «partly», in checklist order. */
  gaps: Gap[];
  /** The most valuable gaps to close first: heaviest first, «no» before «partly», at most five. */
  nextSteps: Gap[];
  /** Documents to generate, in the pack's order. */
  documents: DocumentNeed[];
  counts: { questions: number; counted: number; notApplicable: number; unanswered: number };
}

/** How many next steps the report lists at most. */
export const MAX_NEXT_STEPS = 5;

/** Round half up of 100 × earned / possible, in integers (earned and possible in halves). */
export function percentOf(earnedHalves: number, possibleHalves: number): number | null {
  if (possibleHalves <= 0) return null;
  return Math.floor((200 * earnedHalves + possibleHalves) / (2 * possibleHalves));
}

function score(results: readonly QuestionResult[]): Score {
  let earned = 0;
  let possible = 0;
  for (const r of results) {
    const halves = r.answer === null ? null : HALVES[r.answer];
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

function documentRefs(ids: readonly DocumentId[], checklist: Checklist): DocumentRef[] {
  return ids.map((id) => ({ id, title: checklist.documentTitles[id] }));
}

export function scoreAudit(answers: AuditAnswers, checklist: Checklist = CHECKLIST): AuditScore {
  const areas: AreaResult[] = checklist.areas.map((area, i) => {
    const questions = checklist.questions
      .filter((q) => q.area === area.id)
      .map((question, j): QuestionResult => {
        const record = answers[question.id];
        return { question, number: `${i + 1}.${j + 1}`, answer: record?.answer ?? null, comment: record?.comment ?? null };
      });
    const count = (test: (r: QuestionResult) => boolean): number => questions.filter(test).length;
    return {
      area,
      number: i + 1,
      questions,
      ...score(questions),
      counted: count((r) => r.answer !== null && r.answer !== 'na'),
      notApplicable: count((r) => r.answer === 'na'),
      unanswered: count((r) => r.answer === null),
    };
  });
  const all = areas.flatMap((a) => a.questions);
  const overall = score(all);
  const gaps: Gap[] = areas.flatMap((a) =>
    a.questions
      .filter((r) => r.answer === 'no' || r.answer === 'partly')
      .map((r) => ({
        result: r,
        area: a.area,
        recommendation: r.question.recommendation,
        documents: documentRefs(r.question.documents, checklist),
      })),
  );
  const order = new Map(gaps.map((g, i) => [g, i]));
  const nextSteps = [...gaps]
    .sort(
      (a, b) =>
        b.result.question.weight - a.result.question.weight ||
        Number(b.result.answer === 'no') - Number(a.result.answer === 'no') ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0),
    )
    .slice(0, MAX_NEXT_STEPS);
  const documents: DocumentNeed[] = DOCUMENT_IDS.flatMap((id) => {
    const questions = gaps.filter((g) => g.result.question.documents.includes(id)).map((g) => g.result);
    return questions.length > 0 ? [{ id, title: checklist.documentTitles[id], questions }] : [];
  });
  return {
    overall,
    level: levelFor(overall.percent, checklist.levels),
    areas,
    gaps,
    nextSteps,
    documents,
    counts: {
      questions: all.length,
      counted: areas.reduce((n, a) => n + a.counted, 0),
      notApplicable: areas.reduce((n, a) => n + a.notApplicable, 0),
      unanswered: areas.reduce((n, a) => n + a.unanswered, 0),
    },
  };
}
