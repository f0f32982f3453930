/**
 * The result: the total and level (or why there is none), the gates that capped it, the areas as
 * a chart, the five findings with what they cost, the phased plan with owners, effort and
 * documents, the documents to generate, the auditor's conclusion, the downloads and the way on to
 * the wizard. Every number and every recommendation comes from scoreAudit and phasedPlan, the
 * code the report is printed from, on the same answers.
 */
import { useMemo } from 'preact/hooks';
import { ownerWords, phasedPlan } from '../../core/audit/plan.ts';
import { scoreAudit } from '../../core/audit/scoring.ts';
import { stakeOf } from '../../core/audit/stakes.ts';
import { auditToProfile } from '../../core/audit/to-profile.ts';
import { pluralForm } from '../../core/text/plural.ts';
import { ANSWER_LABEL, AREAS, auditAnswers, auditFacts, isAnswered, LEVELS, QUESTIONS, type AuditState } from '../state/answers.ts';
import { START, type ViewId } from '../state/views.ts';
import { AreaChart } from './AreaChart.tsx';
import { Downloads } from './Downloads.tsx';
import type { SampleLinks } from './links.ts';
import { ToWizard } from './ToWizard.tsx';

const QUESTION_FORMS = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };
const questions = (n: number): string => `${n}\u00a0${pluralForm(n, QUESTION_FORMS)}`;

export interface ResultViewProps {
  state: AuditState;
  samples: SampleLinks;
  go: (view: ViewId) => void;
  onConclusion: (text: string) => void;
}

export function ResultView({ state, samples, go, onConclusion }: ResultViewProps) {
  const answers = useMemo(() => auditAnswers(state), [state]);
  const score = useMemo(() => scoreAudit(answers), [answers]);
  const facts = useMemo(() => auditFacts(state), [state]);
  const legalForm = state.company.legalForm.trim() || null;
  const plan = useMemo(() => phasedPlan(score, legalForm), [score, legalForm]);
  const profilePlan = useMemo(() => auditToProfile(answers), [answers]);
  const { overall, level, counts, insufficient } = score;
  const firstOpen = QUESTIONS.find((q) => !isAnswered(state, q.id));
  const firstOpenArea = firstOpen ? AREAS.find((a) => a.id === firstOpen.area) : undefined;
  const nameMissing = state.company.name.trim() === '';
  const blocked = nameMissing
    ? 'Чтобы скачать отчёт, укажите название компании на первом экране.'
    : counts.counted === 0
      ? 'Для отчёта нужен хотя бы один ответ «Да», «Частично» или «Нет».'
      : null;
  const cap = (LEVELS[1]?.min ?? 1) - 1;
  return (
    <>
      <h2 id="view-title" tabIndex={-1}>
        Итоги аудита
      </h2>
      {nameMissing ? (
        <p class="callout callout--warn">
          Название компании не указано.{' '}
          <button type="button" class="link-button" onClick={() => go(START)}>
            Указать
          </button>
        </p>
      ) : null}
      {counts.unanswered > 0 && firstOpenArea ? (
        <p class="callout callout--warn">
          Без ответа {questions(counts.unanswered)} из {counts.questions}.{' '}
          <button type="button" class="link-button" onClick={() => go(firstOpenArea.id)}>
            Ответить: {firstOpenArea.title}
          </button>
        </p>
      ) : null}
      {overall.percent === null || level === null ? (
        <p class="callout callout--warn" id="score-insufficient">
          Общий результат не определён: недостаточно ответов. Учтено {insufficient?.answeredPercent ?? 0}&nbsp;% веса вопросов, нужно не
          меньше {insufficient?.required ?? 0}&nbsp;%.
          {insufficient && insufficient.coreMissing.length > 0
            ? ` Нет ответа на основные вопросы: ${insufficient.coreMissing.map((r) => r.number).join(', ')}.`
            : ''}
        </p>
      ) : (
        <div class="score">
          <p class="score__overall">
            <span class="score__percent" id="score-percent">
              {overall.percent}&nbsp;%
            </span>
            <span class="score__caption" id="score-title">
              общий результат
            </span>
          </p>
          <div class="score__level">
            <p class={`score__level-title score__level-title--${level.id}`} id="score-level">
              {level.title}
            </p>
            {score.gates.length > 0 ? (
              <p class="score__gates" id="score-gates">
                Основа не заложена:{' '}
                {score.gates.map((r) => ownerWords(r.question.finding.no.split(':')[0] ?? '', legalForm).toLowerCase()).join('; ')}. Пока
                это так, уровень не выше «{LEVELS[0]?.title}», а результат не выше {cap}&nbsp;%
                {score.capped && score.raw !== null ? ` (по остальным ответам было бы ${score.raw}\u00a0%)` : ''}.
              </p>
            ) : score.capped && score.raw !== null ? (
              <p class="score__gates" id="score-gates">
                Основа заложена не полностью:{' '}
                {score.limits.map((r) => ownerWords(r.question.finding.partly, legalForm).toLowerCase()).join('; ')}. Пока это так, уровень
                не выше «{LEVELS[LEVELS.length - 2]?.title}», а результат не выше {(LEVELS[LEVELS.length - 1]?.min ?? 1) - 1}&nbsp;% (по
                остальным ответам было бы {score.raw}&nbsp;%).
              </p>
            ) : null}
            <p>{level.description}</p>
            <p class="muted score__counts">
              Учтено {questions(counts.counted)} из {counts.questions}
              {counts.skipped > 0 ? `; пропущено после ответа «Нет» — ${counts.skipped}` : ''}
              {counts.notApplicable > 0 ? `; неприменимо — ${counts.notApplicable}` : ''}.
            </p>
          </div>
        </div>
      )}
      {counts.counted > 0 ? <AreaChart areas={score.areas} /> : null}
      {score.findings.length > 0 ? (
        <section class="audit-block" aria-labelledby="findings-title">
          <h3 id="findings-title">Главные выводы</h3>
          <ol class="gaps" id="findings">
            {score.findings.map((gap) => {
              const raw = stakeOf(gap, facts);
              const stake = raw === null ? null : ownerWords(raw, legalForm);
              return (
                <li class="gap" key={gap.result.question.id}>
                  <p class="gap__text">{ownerWords(gap.finding, legalForm)}</p>
                  <p class="gap__meta">
                    {gap.area.title} · ответ <span class={`badge badge--${gap.answer}`}>{ANSWER_LABEL[gap.answer]}</span>
                  </p>
                  {stake ? <p class="gap__stake">{stake}</p> : null}
                </li>
              );
            })}
          </ol>
        </section>
      ) : counts.counted > 0 ? (
        <p class="callout callout--ok">Пробелов не найдено: на все учтённые вопросы ответ «Да».</p>
      ) : null}
      {plan.length > 0 ? (
        <section class="audit-block" aria-labelledby="plan-title">
          <h3 id="plan-title">План действий</h3>
          <p class="muted">Сначала руководитель, планы и учёт клиентов, затем показатели и оплата, в конце документы.</p>
          {plan.map((phase) => (
            <div class="plan-phase" key={phase.phase}>
              <h4>{phase.title}</h4>
              <ol class="gaps plan-steps">
                {phase.steps.map((step) => (
                  <li class="gap" key={step.gap.result.question.id}>
                    <p class="gap__text">{step.adviceText}</p>
                    <p class="gap__meta">
                      {step.ownerText} · {step.effortText} · {step.documentText}
                    </p>
                  </li>
                ))}
              </ol>
              {phase.more > 0 ? <p class="muted">Ещё {phase.more} — в отчёте, в разделе «Остальные рекомендации».</p> : null}
            </div>
          ))}
        </section>
      ) : null}
      {score.documents.length > 0 ? (
        <section class="audit-block" aria-labelledby="docs-title">
          <h3 id="docs-title">Документы для внедрения</h3>
          <p class="muted">Документы пакета, которые закрывают найденные пробелы. Ссылки ведут на образцы; свой пакет соберёт мастер.</p>
          <ul class="doc-needs">
            {score.documents.map((doc) => (
              <li key={doc.id}>{samples[doc.id] ? <a href={samples[doc.id]}>{doc.title}</a> : <span>{doc.title}</span>}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="audit-block" aria-labelledby="conclusion-title">
        <h3 id="conclusion-title">Заключение аудитора</h3>
        <label class="muted" for="audit-conclusion">
          Необязательно. Попадёт в отчёт последним разделом; абзацы — через пустую строку.
        </label>
        <textarea id="audit-conclusion" rows={5} value={state.conclusion} onInput={(e) => onConclusion(e.currentTarget.value)} />
      </section>
      <Downloads state={state} blocked={blocked} />
      <ToWizard state={state} plan={profilePlan} />
    </>
  );
}
