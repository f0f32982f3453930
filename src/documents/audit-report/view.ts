/**
 * Views of the audit's two documents: the report on completed answers and the blank printable
 * checklist. Every number and phrase is finished here (templates only place them), from the
 * tested scoring.
 */
import { shortOrganizationName } from '../../core/law/organization.ts';
import { formatDateLong, formatPercent } from '../../core/text/format.ts';
import { countNoun } from '../../core/text/plural.ts';
import { joinAnd } from '../../core/text/names.ts';
import type { AuditScore, DocumentRef, QuestionResult } from '../../core/audit/scoring.ts';
import type { Answer, AuditInput, Checklist, Level } from '../../core/audit/schema.ts';

const QUESTION = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };

export const ANSWER_TEXT: Record<Answer, string> = { yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' };

/** «Положение об отделе продаж» (charter); … — the title to read, the id to find the file. */
export function documentsText(documents: readonly DocumentRef[]): string {
  return documents.map((d) => `«${d.title}» (${d.id})`).join('; ');
}

export interface LevelRow {
  title: string;
  /** «50–79 %». */
  rangeText: string;
  description: string;
  current: boolean;
}

export function levelRows(levels: readonly Level[], current: Level | null): LevelRow[] {
  return levels.map((level, i) => {
    const next = levels[i + 1];
    const top = next ? next.min - 1 : 100;
    return {
      title: level.title,
      rangeText: `${level.min}–${top}\u00a0%`,
      description: level.description,
      current: level.id === current?.id,
    };
  });
}

export interface ReportView {
  company: string;
  dateText: string;
  respondent: string | null;
  auditor: string | null;
  overallText: string;
  level: { title: string; description: string };
  levels: LevelRow[];
  chart: Array<{ title: string; score: number }>;
  /** Areas left without a score (every question not applicable or unanswered), or null. */
  unscoredText: string | null;
  countsText: string;
  hasGaps: boolean;
  steps: Array<{ areaTitle: string; text: string; sourceText: string; documentsText: string }>;
  documents: Array<{ title: string; id: string; questionsText: string }>;
  /** Per area, `id` is the checklist's area slug: the tables' ids are `area-<id>`. */
  recommendations: Array<{
    id: string;
    number: number;
    title: string;
    items: Array<{ number: string; answerText: string; text: string; documentsText: string }>;
  }>;
  areas: Array<{
    id: string;
    number: number;
    title: string;
    percentText: string;
    questions: Array<{ number: string; text: string; answerText: string; comment: string | null }>;
  }>;
}

function countsText(score: AuditScore): string {
  const { questions, counted, notApplicable, unanswered } = score.counts;
  const parts: string[] = [];
  if (notApplicable > 0) parts.push(`${countNoun(notApplicable, QUESTION)} с ответом «неприменимо»`);
  if (unanswered > 0) parts.push(`${countNoun(unanswered, QUESTION)} без ответа`);
  const left = parts.length > 0 ? `; вне расчёта — ${joinAnd(parts)}` : '';
  return `В расчёт вошли ${counted} из ${countNoun(questions, QUESTION)}${left}. Ответ «да» даёт вопросу его вес полностью, «частично» — половину веса, «нет» — ноль.`;
}

const answerText = (r: QuestionResult): string => (r.answer === null ? 'Нет ответа' : ANSWER_TEXT[r.answer]);

export function buildReportView(input: AuditInput, score: AuditScore, checklist: Checklist, today: string): ReportView {
  const { company } = input;
  const unscored = score.areas.filter((a) => a.percent === null).map((a) => a.area.title);
  const level = score.level;
  return {
    company: company.legalForm ? shortOrganizationName(company.legalForm, company.name) : company.name,
    dateText: formatDateLong(input.date ?? today),
    respondent: input.respondent,
    auditor: input.auditor,
    overallText: score.overall.percent === null ? 'нет оценки' : formatPercent(score.overall.percent, 0),
    // Validation rejects files with nothing to score, so a level is always there; the fallback keeps the view total.
    level: level ? { title: level.title, description: level.description } : { title: 'нет оценки', description: '' },
    levels: levelRows(checklist.levels, level),
    chart: score.areas.flatMap((a) => (a.percent === null ? [] : [{ title: a.area.title, score: a.percent }])),
    unscoredText: unscored.length > 0 ? `Без оценки (все вопросы неприменимы или без ответа): ${joinAnd(unscored)}.` : null,
    countsText: countsText(score),
    hasGaps: score.gaps.length > 0,
    steps: score.nextSteps.map((g) => ({
      areaTitle: g.area.title,
      text: g.recommendation,
      sourceText: `вопрос ${g.result.number}, ответ «${answerText(g.result).toLowerCase()}»`,
      documentsText: documentsText(g.documents),
    })),
    documents: score.documents.map((d) => ({ title: d.title, id: d.id, questionsText: d.questions.map((q) => q.number).join(', ') })),
    recommendations: score.areas.flatMap((a) => {
      const items = score.gaps
        .filter((g) => g.area.id === a.area.id)
        .map((g) => ({
          number: g.result.number,
          answerText: answerText(g.result),
          text: g.recommendation,
          documentsText: documentsText(g.documents),
        }));
      return items.length > 0 ? [{ id: a.area.id, number: a.number, title: a.area.title, items }] : [];
    }),
    areas: score.areas.map((a) => ({
      id: a.area.id,
      number: a.number,
      title: a.area.title,
      percentText: a.percent === null ? 'нет оценки' : formatPercent(a.percent, 0),
      questions: a.questions.map((r) => ({ number: r.number, text: r.question.text, answerText: answerText(r), comment: r.comment })),
    })),
  };
}

export interface BlankView {
  /** A line to write on. */
  line: string;
  questionCountText: string;
  /** «11 областям» (after «по»). */
  areaCountText: string;
  levels: LevelRow[];
  /** `id` is the checklist's area slug: the table's id is `area-<id>`. */
  areas: Array<{
    id: string;
    number: number;
    title: string;
    about: string;
    questions: Array<{ number: string; text: string; why: string; weight: number }>;
  }>;
}

export function buildBlankView(checklist: Checklist): BlankView {
  return {
    line: '_'.repeat(40),
    questionCountText: countNoun(checklist.questions.length, QUESTION),
    areaCountText: countNoun(checklist.areas.length, { one: 'области', few: 'областям', many: 'областям' }),
    levels: levelRows(checklist.levels, null),
    areas: checklist.areas.map((area, i) => ({
      id: area.id,
      number: i + 1,
      title: area.title,
      about: area.about,
      questions: checklist.questions
        .filter((q) => q.area === area.id)
        .map((q, j) => ({ number: `${i + 1}.${j + 1}`, text: q.text, why: q.why, weight: q.weight })),
    })),
  };
}
