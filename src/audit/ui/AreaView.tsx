/** One area of the checklist: its questions, and the way to the neighbouring screens. */
import {
  AREAS,
  answeredIn,
  questionNumber,
  questionsOf,
  skippedAfter,
  type Answer,
  type AuditState,
  type Evidence,
} from '../state/answers.ts';
import { neighbour, RESULT, viewTitle, type ViewId } from '../state/views.ts';
import { QuestionCard } from './QuestionCard.tsx';

export interface AreaViewProps {
  state: AuditState;
  areaId: string;
  onAnswer: (id: string, answer: Answer) => void;
  onComment: (id: string, comment: string) => void;
  onEvidence: (id: string, evidence: Evidence | null) => void;
  go: (view: ViewId) => void;
}

export function AreaView({ state, areaId, onAnswer, onComment, onEvidence, go }: AreaViewProps) {
  const index = AREAS.findIndex((a) => a.id === areaId);
  const area = AREAS[index];
  if (!area) return null;
  const questions = questionsOf(areaId);
  const previous = neighbour(areaId, -1);
  const next = neighbour(areaId, 1);
  return (
    <>
      <p class="audit-step__count">
        Область {index + 1} из {AREAS.length} · отвечено {answeredIn(state, areaId)} из {questions.length}
      </p>
      <h2 id="view-title" tabIndex={-1}>
        {area.title}
      </h2>
      <p class="audit-step__about">{area.about}</p>
      {questions.map((q) => (
        <QuestionCard
          key={q.id}
          question={q}
          number={questionNumber(q)}
          entry={state.answers[q.id]}
          skippedAfter={skippedAfter(state, q.id)}
          onAnswer={onAnswer}
          onComment={onComment}
          onEvidence={onEvidence}
        />
      ))}
      <nav class="audit-nav" aria-label="Переход между областями">
        {previous ? (
          <button type="button" class="button button--secondary" onClick={() => go(previous)}>
            ← Назад
          </button>
        ) : (
          <span />
        )}
        {next ? (
          <button type="button" class="button" onClick={() => go(next)}>
            {next === RESULT ? 'Далее: итоги →' : `Далее: ${viewTitle(next)} →`}
          </button>
        ) : null}
      </nav>
    </>
  );
}
