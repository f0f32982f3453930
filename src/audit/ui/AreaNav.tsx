/**
 * How far the audit is: answered questions overall (a progress bar with its number in words) and
 * a list of the screens with each area's own count, which also moves between them.
 */
import { AREAS, answeredCount, answeredIn, QUESTIONS, questionsOf, type AuditState } from '../state/answers.ts';
import { RESULT, START, type ViewId } from '../state/views.ts';

export interface AreaNavProps {
  state: AuditState;
  view: ViewId;
  onSelect: (view: ViewId) => void;
}

export function AuditProgress({ state }: { state: AuditState }) {
  const done = answeredCount(state);
  return (
    <div class="audit-progress">
      <label for="audit-progress" class="audit-progress__label">
        Отвечено {done} из {QUESTIONS.length}
      </label>
      <progress id="audit-progress" max={QUESTIONS.length} value={done}>
        {done} из {QUESTIONS.length}
      </progress>
    </div>
  );
}

export function AreaNav({ state, view, onSelect }: AreaNavProps) {
  const item = (id: ViewId, num: string, title: string, count?: { done: number; total: number }) => {
    const complete = count !== undefined && count.done === count.total;
    return (
      <li key={id}>
        <button
          type="button"
          class={`area-nav__item${id === view ? ' is-current' : ''}${complete ? ' is-complete' : ''}`}
          aria-current={id === view ? 'step' : undefined}
          onClick={() => onSelect(id)}
        >
          <span class="area-nav__num" aria-hidden="true">
            {complete ? '✓' : num}
          </span>
          <span class="area-nav__title">{title}</span>
          {count ? (
            <span class="area-nav__count">
              <span aria-hidden="true">
                {count.done}/{count.total}
              </span>
              <span class="visually-hidden">
                , отвечено {count.done} из {count.total}
              </span>
            </span>
          ) : null}
        </button>
      </li>
    );
  };
  return (
    <nav class="area-nav" aria-label="Разделы аудита">
      <ol>
        {item(START, '•', 'Начало')}
        {AREAS.map((area, i) =>
          item(area.id, String(i + 1), area.title, { done: answeredIn(state, area.id), total: questionsOf(area.id).length }),
        )}
        {item(RESULT, '∑', 'Итоги')}
      </ol>
    </nav>
  );
}
