/**
 * The areas' scores as horizontal bars: a list whose items read as «Планирование продаж — 45 %»,
 * each with a bar (decorative SVG, coloured by the maturity level the percent falls in) and marks
 * at the levels' thresholds, so a reader sees which areas pull the department down.
 */
import type { AreaResult } from '../../core/audit/scoring.ts';
import { levelFor } from '../../core/audit/scoring.ts';
import { LEVELS } from '../state/answers.ts';

const THRESHOLDS = LEVELS.map((l) => l.min).filter((min) => min > 0);

function Bar({ percent }: { percent: number }) {
  const level = levelFor(percent, LEVELS);
  return (
    <svg class="area-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="area-chart__track" x="0" y="0" width="100" height="10" />
      <rect class={`area-chart__fill area-chart__fill--${level?.id ?? 'none'}`} x="0" y="0" width={Math.max(percent, 0.8)} height="10" />
      {THRESHOLDS.map((min) => (
        <line key={min} class="area-chart__mark" x1={min} x2={min} y1="0" y2="10" vector-effect="non-scaling-stroke" />
      ))}
    </svg>
  );
}

/** From the weakest area to the strongest, as the report draws it; areas without a score last. */
function sorted(areas: readonly AreaResult[]): AreaResult[] {
  return [...areas].sort((a, b) => (a.percent ?? 101) - (b.percent ?? 101));
}

export function AreaChart({ areas }: { areas: readonly AreaResult[] }) {
  return (
    <figure class="area-chart">
      <figcaption class="area-chart__caption">Результат по областям, от слабых к сильным</figcaption>
      <ol class="area-chart__list">
        {sorted(areas).map((a) => (
          <li key={a.area.id} class="area-chart__row">
            <span class="area-chart__name">
              {a.number}. {a.area.title}
            </span>
            <span class="area-chart__value">
              <span class="visually-hidden"> — </span>
              {a.percent === null ? 'нет оценки' : `${a.percent}\u00a0%`}
            </span>
            {a.percent === null ? <span class="area-chart__none" aria-hidden="true" /> : <Bar percent={a.percent} />}
          </li>
        ))}
      </ol>
      <ul class="area-chart__legend">
        {LEVELS.map((level, i) => {
          const next = LEVELS[i + 1];
          const range = next ? `${level.min}–${next.min - 1}\u00a0%` : `${level.min}–100\u00a0%`;
          return (
            <li key={level.id}>
              <span class={`area-chart__swatch area-chart__fill--${level.id}`} aria-hidden="true" /> {range} — {level.title.toLowerCase()}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
