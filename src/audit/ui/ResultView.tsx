/**
 * The result: overall percent and level, the areas as a chart, the first steps, the documents
 * that close the gaps, every recommendation, the downloads and the way on to the wizard. Every
 * number comes from scoreAudit, the same code the report is printed from.
 */
import { useMemo } from 'preact/hooks';
import { scoreAudit, type Gap } from '../../core/audit/scoring.ts';
import { auditToProfile } from '../../core/audit/to-profile.ts';
import { pluralForm } from '../../core/text/plural.ts';
import { ANSWER_LABEL, AREAS, auditAnswers, isAnswered, QUESTIONS, type AuditState } from '../state/answers.ts';
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
}

function GapItem({ gap }: { gap: Gap }) {
  const answer = gap.result.answer;
  return (
    <li class="gap">
      <p class="gap__text">{gap.recommendation}</p>
      <p class="gap__meta">
        Вопрос {gap.result.number} · {gap.area.title} · ответ{' '}
        <span class={`badge badge--${answer ?? 'none'}`}>{answer ? ANSWER_LABEL[answer] : '—'}</span>
      </p>
    </li>
  );
}

export function ResultView({ state, samples, go }: ResultViewProps) {
  const answers = useMemo(() => auditAnswers(state), [state]);
  const score = useMemo(() => scoreAudit(answers), [answers]);
  const plan = useMemo(() => auditToProfile(answers), [answers]);
  const { overall, level, counts } = score;
  const firstOpen = QUESTIONS.find((q) => !isAnswered(state, q.id));
  const firstOpenArea = firstOpen ? AREAS.find((a) => a.id === firstOpen.area) : undefined;
  const nameMissing = state.company.name.trim() === '';
  const blocked = nameMissing
    ? 'Чтобы скачать отчёт, укажите название компании на первом экране.'
    : overall.percent === null
      ? 'Для отчёта нужен хотя бы один ответ «Да», «Частично» или «Нет».'
      : null;
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
          Без ответа {questions(counts.unanswered)} из {counts.questions} — в расчёт они не вошли.{' '}
          <button type="button" class="link-button" onClick={() => go(firstOpenArea.id)}>
            Ответить: {firstOpenArea.title}
          </button>
        </p>
      ) : null}
      {overall.percent === null || level === null ? (
        <p>Пока оценивать нечего: ответьте хотя бы на один вопрос «Да», «Частично» или «Нет» (ответы «Неприменимо» в расчёт не входят).</p>
      ) : (
        <>
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
              <p class={`score__level-title score__level-title--${level.id}`}>{level.title}</p>
              <p>{level.description}</p>
              <p class="muted score__counts">
                Учтено {questions(counts.counted)} из {counts.questions}
                {counts.notApplicable > 0 ? `; неприменимо — ${counts.notApplicable}` : ''}. Вес вопроса — от 1 до 3: то, без чего системы
                нет, весит втрое больше просто полезного.
              </p>
            </div>
          </div>
          <AreaChart areas={score.areas} />
          {score.nextSteps.length > 0 ? (
            <section class="audit-block" aria-labelledby="next-title">
              <h3 id="next-title">С чего начать</h3>
              <ol class="gaps">
                {score.nextSteps.map((gap) => (
                  <GapItem key={gap.result.question.id} gap={gap} />
                ))}
              </ol>
            </section>
          ) : (
            <p class="callout callout--ok">Пробелов не найдено: на все учтённые вопросы ответ «Да».</p>
          )}
          {score.documents.length > 0 ? (
            <section class="audit-block" aria-labelledby="docs-title">
              <h3 id="docs-title">Документы для внедрения</h3>
              <p class="muted">
                Документы пакета, которые закрывают найденные пробелы. Ссылки ведут на образцы; свой пакет соберёт мастер.
              </p>
              <ul class="doc-needs">
                {score.documents.map((doc) => (
                  <li key={doc.id}>
                    {samples[doc.id] ? <a href={samples[doc.id]}>{doc.title}</a> : <span>{doc.title}</span>}
                    <span class="doc-needs__questions">
                      {doc.questions.length === 1 ? 'вопрос' : 'вопросы'} {doc.questions.map((q) => q.number).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {score.gaps.length > score.nextSteps.length ? (
            <details class="audit-block all-gaps">
              <summary>Все рекомендации ({score.gaps.length})</summary>
              <ol class="gaps">
                {score.gaps.map((gap) => (
                  <GapItem key={gap.result.question.id} gap={gap} />
                ))}
              </ol>
            </details>
          ) : null}
        </>
      )}
      <Downloads state={state} blocked={blocked} />
      <ToWizard state={state} plan={plan} />
    </>
  );
}
