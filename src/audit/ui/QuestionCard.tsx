/**
 * One question: a fieldset whose legend is the question and whose four answers are real radio
 * inputs (arrow keys move between them natively), why it matters, and an optional comment.
 */
import { useState } from 'preact/hooks';
import { ANSWER_OPTIONS, type Answer, type Question, type QuestionState } from '../state/answers.ts';

export interface QuestionCardProps {
  question: Question;
  number: string;
  entry: QuestionState | undefined;
  onAnswer: (id: string, answer: Answer) => void;
  onComment: (id: string, comment: string) => void;
}

export function QuestionCard({ question, number, entry, onAnswer, onComment }: QuestionCardProps) {
  const id = question.id;
  const comment = entry?.comment ?? '';
  // Opened once for a comment already written; afterwards the user decides, so clearing the text
  // while typing does not fold the box away.
  const [commentOpen] = useState(comment.trim() !== '');
  return (
    <fieldset class={`question${entry?.answer ? ' is-answered' : ''}`} id={`q-${id}`}>
      <legend class="question__text">
        <span class="question__num">{number}</span> {question.text}
      </legend>
      <div class="choices">
        {ANSWER_OPTIONS.map((option) => (
          <label class={`choice choice--${option.value}`} key={option.value}>
            <input
              type="radio"
              name={`q-${id}`}
              value={option.value}
              checked={entry?.answer === option.value}
              onChange={() => onAnswer(id, option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <div class="question__more">
        <details class="question__why">
          <summary>Почему это важно</summary>
          <p>{question.why}</p>
        </details>
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
    </fieldset>
  );
}
