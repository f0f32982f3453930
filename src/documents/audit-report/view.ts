/**
 * The view of the audit report: a client deliverable of three or four pages (company facts, the
 * result with the gates that capped it, strengths, the five findings with what they cost, the
 * phased plan, the auditor's conclusion) and the answer tables as an appendix. Every number and
 * phrase is finished here (the template only places them), from the tested scoring, plan and
 * stakes. No question ids, document ids or question numbers in the body: the client reads
 * findings and documents by name; numbers appear only in the appendix's tables.
 */
import { ownerWords, phasedPlan } from '../../core/audit/plan.ts';
import type { AuditScore, QuestionResult } from '../../core/audit/scoring.ts';
import { NO_FACTS, type Answer, type AuditFacts, type AuditInput, type Checklist, type Evidence } from '../../core/audit/schema.ts';
import { stakeOf } from '../../core/audit/stakes.ts';
import { shortOrganizationName } from '../../core/law/organization.ts';
import { formatDateLong, formatMoney, formatNumber, formatPercent } from '../../core/text/format.ts';
import { lowerFirst, joinAnd } from '../../core/text/names.ts';
import { countNoun } from '../../core/text/plural.ts';
import { type LevelRow, levelRows } from '../audit-shared.ts';

export const ANSWER_TEXT: Record<Answer, string> = { yes: 'Да', partly: 'Частично', no: 'Нет', na: 'Неприменимо' };
const EVIDENCE_TEXT: Record<Evidence, string> = { shown: 'показали', told: 'со слов' };
const MONTHS = { one: 'месяц', few: 'месяца', many: 'месяцев' };
const PHASE_IDS = { 1: 'first-30-days', 2: 'quarter', 3: 'half-year' } as const;
const STEPS = { one: 'шаг', few: 'шага', many: 'шагов' };

export interface ReportView {
  company: string;
  dateText: string;
  respondent: string | null;
  auditor: string | null;
  /** The facts two to a row. */
  facts: Array<{ label: string; value: string; label2: string; value2: string }>;
  hasFacts: boolean;
  /** «38 %», or null when the answers are insufficient for a total. */
  overallText: string | null;
  resultText: string;
  gatesText: string | null;
  level: { title: string; description: string } | null;
  levels: LevelRow[];
  /** Areas from the weakest to the strongest. */
  chart: Array<{ title: string; score: number }>;
  chartMarks: string;
  chartCaption: string;
  strengths: string[];
  strengthsText: string;
  findings: Array<{ title: string; evidenceText: string; comment: string | null; stake: string | null }>;
  hasFindings: boolean;
  /** «предприниматель» when the owner carries the head's steps; null when there is a head. */
  ownerCarriesHead: string | null;
  phases: Array<{
    id: string;
    title: string;
    steps: Array<{ text: string; owner: string; effort: string; documents: string }>;
    moreText: string | null;
  }>;
  conclusion: string[];
  /** Gaps that did not fit into the plan, for the appendix. */
  rest: Array<{ area: string; finding: string; advice: string; phase: string }>;
  areas: Array<{
    id: string;
    number: number;
    title: string;
    percentText: string;
    questions: Array<{ number: string; text: string; answerText: string; evidenceText: string; comment: string }>;
  }>;
  countsText: string;
}

function factRows(facts: AuditFacts, score: AuditScore): Array<{ label: string; value: string }> {
  const rows: Array<{ label: string; value: string }> = [];
  const pct = (v: number): string => formatPercent(v, 0);
  if (facts.sellers !== null) rows.push({ label: 'Менеджеров по продажам', value: formatNumber(facts.sellers) });
  if (facts.revenue !== null) rows.push({ label: 'Выручка за 12 месяцев', value: formatMoney(facts.revenue, facts.currency) });
  if (facts.planMonthsMet !== null) rows.push({ label: 'План выполнен', value: `в ${facts.planMonthsMet} из 12 месяцев` });
  if (facts.turnover !== null) rows.push({ label: 'Текучесть менеджеров за год', value: pct(facts.turnover) });
  if (facts.firstSaleMonths !== null)
    rows.push({ label: 'Первая продажа новичка', value: `через ${countNoun(facts.firstSaleMonths, MONTHS)}` });
  if (facts.leadToProposal !== null) rows.push({ label: 'Конверсия «заявка → предложение»', value: pct(facts.leadToProposal) });
  if (facts.proposalToPayment !== null) rows.push({ label: 'Конверсия «предложение → оплата»', value: pct(facts.proposalToPayment) });
  if (facts.top10Share !== null) rows.push({ label: 'Доля 10 крупнейших клиентов в выручке', value: pct(facts.top10Share) });
  if (facts.ownerShare !== null) rows.push({ label: 'Доля выручки от клиентов собственника', value: pct(facts.ownerShare) });
  const crm = score.areas.flatMap((a) => a.questions).find((r) => r.question.id === 'crm-in-use');
  if (crm?.answer) {
    const text = { yes: 'CRM-система у всего отдела', partly: 'общий журнал продаж или CRM не у всего отдела', no: 'нет', na: 'нет' }[
      crm.answer
    ];
    rows.push({ label: 'Учёт клиентов и сделок', value: text });
  }
  return rows;
}

/** «нет» → «ответ «нет»», with how the auditor knows it. */
function evidenceText(r: QuestionResult): string {
  const answer = r.answer === null ? 'нет ответа' : `ответ «${ANSWER_TEXT[r.answer].toLowerCase()}»`;
  return r.evidence ? `${answer}, ${EVIDENCE_TEXT[r.evidence]}` : answer;
}

function gatesText(score: AuditScore, checklist: Checklist): string | null {
  if (score.overall.percent === null) return null;
  if (score.gates.length === 0) {
    // A core question «partly» matters only when it kept the department from the top level.
    if (!score.capped || score.raw === null) return null;
    const below = checklist.levels[checklist.levels.length - 2];
    const top = checklist.levels[checklist.levels.length - 1];
    const what = joinAnd(score.limits.map((r) => lowerFirst(r.question.finding.partly)));
    return `Основа заложена не полностью: ${what}. Пока это так, уровень не выше «${below?.title ?? ''}», а общий результат не выше ${formatPercent((top?.min ?? 1) - 1, 0)}. По остальным ответам результат был бы ${formatPercent(score.raw, 0)}.`;
  }
  const first = checklist.levels[0];
  const cap = (checklist.levels[1]?.min ?? 1) - 1;
  const what = joinAnd(score.gates.map((r) => lowerFirst(r.question.finding.no.split(':')[0] ?? '')));
  const lowered =
    score.capped && score.raw !== null
      ? ` По остальным ответам результат был бы ${formatPercent(score.raw, 0)}, но без основы он не держится.`
      : '';
  return `Основа системы не заложена: ${what}. Пока это так, уровень не выше «${first?.title ?? ''}», а общий результат не выше ${formatPercent(cap, 0)}.${lowered}`;
}

function resultText(score: AuditScore): string {
  if (score.overall.percent === null || score.level === null) {
    const ins = score.insufficient;
    const core =
      ins && ins.coreMissing.length > 0
        ? ` Нет ответа на основной вопрос: ${joinAnd(ins.coreMissing.map((r) => `«${r.question.text}»`))}`
        : '';
    return `Общий результат не определён: недостаточно ответов. Учтено ${formatPercent(ins?.answeredPercent ?? 0, 0)} веса вопросов, нужно не меньше ${formatPercent(ins?.required ?? 0, 0)}.${core}`;
  }
  return `Общий результат — ${formatPercent(score.overall.percent, 0)} от максимально возможного. Уровень системы управления продажами: «${score.level.title}».`;
}

function strengths(score: AuditScore): { list: string[]; text: string } {
  const scored = score.areas.filter((a) => a.percent !== null) as Array<AuditScore['areas'][number] & { percent: number }>;
  const strong = scored.filter((a) => a.percent >= 80).sort((a, b) => b.percent - a.percent);
  const list = strong.slice(0, 5).map((a) => `${a.area.title}: ${formatPercent(a.percent, 0)}`);
  const more = strong.length > 5 ? ` Всего таких областей — ${strong.length}; сильнейшие:` : ':';
  if (strong.length > 0)
    return { list, text: `Области, где система уже работает (80 % и выше), на них можно опираться при изменениях${more}` };
  const middle = scored.filter((a) => a.percent >= 50).sort((a, b) => b.percent - a.percent);
  if (middle.length > 0) {
    return {
      list: middle.slice(0, 3).map((a) => `${a.area.title}: ${formatPercent(a.percent, 0)}`),
      text: 'Областей с результатом 80 % и выше нет; лучше других работают:',
    };
  }
  return {
    list: [],
    text: 'Областей с результатом выше 50 % нет: опереться при изменениях пока не на что, поэтому план начинается с основы.',
  };
}

function pairs(rows: ReadonlyArray<{ label: string; value: string }>): ReportView['facts'] {
  const out: ReportView['facts'] = [];
  for (let i = 0; i < rows.length; i += 2) {
    const a = rows[i];
    const b = rows[i + 1];
    if (a) out.push({ label: a.label, value: a.value, label2: b?.label ?? '', value2: b?.value ?? '' });
  }
  return out;
}

export function buildReportView(input: AuditInput, score: AuditScore, checklist: Checklist, today: string): ReportView {
  const { company } = input;
  const facts = input.facts ?? NO_FACTS;
  const level = score.level;
  const rows = factRows(facts, score);
  const strong = strengths(score);
  const plan = phasedPlan(score, company.legalForm);
  const planned = new Set(plan.flatMap((p) => p.steps.map((s) => s.gap)));
  const sorted = score.areas.filter((a) => a.percent !== null).sort((a, b) => (a.percent ?? 0) - (b.percent ?? 0));
  const thresholds = checklist.levels.map((l) => l.min).filter((m) => m > 0);
  const { counted, questions, skipped, notApplicable, unanswered } = score.counts;
  const out: string[] = [];
  if (skipped > 0)
    out.push(
      `${countNoun(skipped, { one: 'уточняющий вопрос пропущен', few: 'уточняющих вопроса пропущены', many: 'уточняющих вопросов пропущены' })} после ответа «нет» и считаются как «нет»`,
    );
  if (notApplicable > 0) {
    out.push(
      countNoun(notApplicable, {
        one: 'вопрос к компании не относится',
        few: 'вопроса к компании не относятся',
        many: 'вопросов к компании не относятся',
      }),
    );
  }
  if (unanswered > 0) out.push(`на ${countNoun(unanswered, { one: 'вопрос', few: 'вопроса', many: 'вопросов' })} нет ответа`);
  return {
    company: company.legalForm ? shortOrganizationName(company.legalForm, company.name) : company.name,
    dateText: formatDateLong(input.date ?? today),
    respondent: input.respondent,
    auditor: input.auditor,
    facts: pairs(rows.map((r) => ({ label: ownerWords(r.label, company.legalForm), value: r.value }))),
    hasFacts: rows.length > 0,
    overallText: score.overall.percent === null ? null : formatPercent(score.overall.percent, 0),
    resultText: resultText(score),
    gatesText: gatesText(score, checklist) === null ? null : ownerWords(gatesText(score, checklist) ?? '', company.legalForm),
    level: level ? { title: level.title, description: level.description } : null,
    levels: levelRows(checklist.levels, level),
    chart: sorted.map((a) => ({ title: a.area.title, score: a.percent ?? 0 })),
    chartMarks: thresholds.join(','),
    chartCaption: `Результат по областям, % от максимально возможного, от слабых к сильным. Отметки на полосах — пороги уровней: ${joinAnd(thresholds.map((t) => formatPercent(t, 0)))}.`,
    strengths: strong.list,
    strengthsText: strong.text,
    findings: score.findings.map((g) => ({
      title: ownerWords(g.finding, company.legalForm),
      evidenceText: evidenceText(g.result),
      comment: g.result.comment === null ? null : g.result.comment.replace(/[.!]$/, ''),
      stake: ((stake) => (stake === null ? null : ownerWords(stake, company.legalForm)))(stakeOf(g, facts)),
    })),
    hasFindings: score.findings.length > 0,
    ownerCarriesHead: score.hasHead ? null : company.legalForm?.trim().toUpperCase() === 'ИП' ? 'предприниматель' : 'собственник',
    phases: plan.map((p) => ({
      id: PHASE_IDS[p.phase],
      title: p.title,
      steps: p.steps.map((s) => ({ text: s.adviceText, owner: s.ownerText, effort: s.effortText, documents: s.documentText })),
      moreText: p.more > 0 ? `Ещё ${countNoun(p.more, STEPS)} этого этапа — в приложении, в разделе «Остальные рекомендации».` : null,
    })),
    conclusion: (input.conclusion ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter((p) => p !== ''),
    rest: score.gaps
      .filter((g) => !planned.has(g))
      .map((g) => ({
        area: g.area.title,
        finding: g.finding,
        advice: g.advice,
        phase: lowerFirst(plan.find((p) => p.phase === g.phase)?.title ?? ''),
      })),
    areas: score.areas.map((a) => ({
      id: a.area.id,
      number: a.number,
      title: a.area.title,
      percentText: a.percent === null ? 'нет оценки' : formatPercent(a.percent, 0),
      questions: a.questions.map((r) => ({
        number: r.number,
        text: r.question.text,
        answerText: r.skipped ? 'Пропущен' : r.answer === null ? 'Нет ответа' : ANSWER_TEXT[r.answer],
        evidenceText: r.evidence ? EVIDENCE_TEXT[r.evidence] : '',
        comment: r.skipped && r.parent ? `После ответа «нет» на вопрос ${r.parent.number}` : (r.comment ?? ''),
      })),
    })),
    countsText: `В расчёт вошли ${counted} из ${countNoun(questions, { one: 'вопроса', few: 'вопросов', many: 'вопросов' })}${out.length > 0 ? `: ${out.join(', ')}` : ''}. Ответ «да» даёт вопросу его вес полностью, «частично» — половину, «нет» — ноль.`,
  };
}
