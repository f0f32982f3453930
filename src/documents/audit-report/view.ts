/**
 * The view of the audit report on completed answers. Every number and phrase is finished here
 * (the template only places them), from the tested scoring.
 */
import { shortOrganizationName } from '../../core/law/organization.ts';
import { formatDateLong, formatPercent } from '../../core/text/format.ts';
import { countNoun } from '../../core/text/plural.ts';
import { joinAnd } from '../../core/text/names.ts';
import type { AuditScore, DocumentRef, QuestionResult } from '../../core/audit/scoring.ts';
import type { Answer, AuditInput, Checklist } from '../../core/audit/schema.ts';
import { type LevelRow, levelRows, QUESTION } from '../audit-shared.ts';

export const ANSWER_TEXT: Record<Answer, string> = { yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' };

/** «Положение об отделе продаж» (charter); … — the title to read, the id to find the file. */
export function documentsText(documents: readonly DocumentRef[]): string {
  return documents.map((d) => `«${d.title}» (${d.id})`).join('; ');
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
