/** The list of steps: where the user is, which steps have problems; any step can be opened. */
import type { Issue } from '../../core/profile/issues.ts';
import { STEPS, stepOf, type StepId } from '../state/steps.ts';

interface Props {
  current: StepId;
  errors: readonly Issue[];
  onSelect: (id: StepId) => void;
  /**
   * Whether a step's problems may be flagged yet: a step the owner left, checked with «Далее» or
   * typed a wrong value in. A red mark on a step nobody has touched only alarms.
   */
  shows: (id: StepId) => boolean;
}

export function Stepper({ current, errors, onSelect, shows }: Props) {
  return (
    <nav class="stepper" aria-label="Шаги мастера">
      <ol>
        {STEPS.map((s, i) => {
          const count = s.owns.length === 0 || !shows(s.id) ? 0 : errors.filter((e) => stepOf(e.path) === s.id).length;
          return (
            <li key={s.id}>
              <button
                type="button"
                class={`stepper__item${s.id === current ? ' is-current' : ''}`}
                aria-current={s.id === current ? 'step' : undefined}
                onClick={() => onSelect(s.id)}
              >
                <span class="stepper__num" aria-hidden="true">
                  {i + 1}
                </span>
                <span class="stepper__title">{s.title}</span>
                {count > 0 ? (
                  <span class="stepper__bad">
                    <span aria-hidden="true">!</span>
                    <span class="visually-hidden">, есть ошибки: {count}</span>
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
