/**
 * One question: a fieldset whose legend is the question and whose answers are real radio inputs
 * (arrow keys move between them natively) — «Неприменимо» only where the question allows it —,
 * how to judge the answer, how the answer is known (shown or told), and an optional comment. A
 * follow-up whose parent is «Нет» is skipped: its answers are disabled and it says why.
 */
import { useState } from 'preact/hooks';
import { answerOptions, EVIDENCE_OPTIONS, type Answer, type Evidence, type Question, type QuestionState } from '../state/answers.ts';

export interface QuestionCardProps {
  question: Question;
  number: string;
  entry: QuestionState | undefined;
  /** «2.1» when the parent question is «Нет» and this one is skipped; null otherwise. */
  skippedAfter: string | null;
  onAnswer: (id: string, answer: Answer) => void;
  onComment: (id: string, comment: string) => void;
  onEvidence: (id: string, evidence: Evidence | null) => void;
}

export function QuestionCard({ question, number, entry, skippedAfter, onAnswer, onComment, onEvidence }: QuestionCardProps) {
  const id = question.id;
  const comment = entry?.comment ?? '';
  // Opened once for a comment already written; afterwards the user decides, so clearing the text
  // while typing does not fold the box away.
  const [commentOpen] = useState(comment.trim() !== '');
  const skipped = skippedAfter !== null;
  return (
    <fieldset
      class={`question${entry?.answer && !skipped ? ' is-answered' : ''}${skipped ? ' is-skipped' : ''}`}
      id={`q-${id}`}
      disabled={skipped}
    >
      <legend class="question__text">
        <span class="question__num">{number}</span> {question.text}
        {question.core ? <span class="question__core"> основной вопрос</span> : null}
      </legend>
      {skipped ? (
        <p class="question__skipped" id={`s-${id}`}>
          Пропускается: на вопрос {skippedAfter} ответ «Нет». В расчёте считается как «Нет».
        </p>
      ) : null}
      <div class="choices">
        {answerOptions(question).map((option) => (
          <label class={`choice choice--${option.value}`} key={option.value}>
            <input
              type="radio"
              name={`q-${id}`}
              value={option.value}
              checked={!skipped && entry?.answer === option.value}
              onChange={() => onAnswer(id, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {question.na ? <p class="question__na muted">«Неприменимо» — если {question.na}.</p> : null}
      {skipped ? null : (
        <div class="question__more">
          <details class="question__why">
            <summary>Как оценить</summary>
            <p>{question.guide}</p>
          </details>
          <div class="evidence" role="radiogroup" aria-label={`Откуда известен ответ на вопрос ${number}`}>
            {EVIDENCE_OPTIONS.map((option) => (
              <label class="evidence__choice" key={option.value}>
                <input
                  type="radio"
                  name={`e-${id}`}
                  value={option.value}
                  checked={entry?.evidence === option.value}
                  onChange={() => onEvidence(id, option.value)}
                />
                <span>{option.label}</span>
              </label>
            ))}
          </div>
          <details class="question__comment" open={commentOpen}>
            <summary>{comment.trim() ? 'Комментарий' : 'Добавить комментарий'}</summary>
            <label class="visually-hidden" for={`c-${id}`}>
              Комментарий к вопросу {number}
            </label>
            <textarea
              id={`c-${id}`}
              rows={2}
              value={comment}
              placeholder="Что именно есть или чего не хватает"
              onInput={(e) => onComment(id, e.currentTarget.value)}
            />
          </details>
        </div>
      )}
    </fieldset>
  );
}
