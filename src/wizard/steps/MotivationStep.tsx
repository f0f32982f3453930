/** Step 5: pay scheme per position, with its curve, a live payout table and a chart. */
import { NumberField, PathErrors, SelectField } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';
import { payoutLines, payrollFigures, type PayoutLine } from '../state/figures.ts';
import { CURVE_PRESETS, defaultMotivation, RATE_PRESETS, type CurvePoints } from '../state/defaults.ts';
import type { Draft } from '../state/draft.ts';
import { CurveChart } from '../ui/CurveChart.tsx';
import { Section } from '../ui/Section.tsx';
import { Stale } from '../ui/Stale.tsx';
import { currencySign } from '../ui/currency.ts';

const SCHEMES = [
  { value: 'kpi-bonus', label: 'Оклад + премия по KPI' },
  { value: 'revenue-percent', label: 'Оклад + процент от выручки или маржи' },
  { value: 'salary-only', label: 'Только оклад' },
];
const BASES = [
  { value: 'revenue', label: 'от выручки' },
  { value: 'margin', label: 'от валовой маржи' },
];

type Entry = Draft['motivation'][number];

function schemeEntry(scheme: string, positionId: string, salary: number): Entry {
  if (scheme === 'revenue-percent') {
    return {
      position: positionId,
      scheme: 'revenue-percent',
      base: 'margin',
      rateCurve: RATE_PRESETS[0]!.curve.map(([a, v]) => [a, v] as [number, number]),
    };
  }
  if (scheme === 'salary-only') return { position: positionId, scheme: 'salary-only' };
  return defaultMotivation(positionId, salary);
}

function PayoutTable({ rows, position, rate }: { rows: PayoutLine[]; position: string; rate: boolean }) {
  // On a phone the table scrolls sideways: a named region the keyboard can reach and scroll
  // (WCAG 2.1.1; axe's scrollable-region-focusable). A <section> would add a landmark per position.
  return (
    // biome-ignore lint/a11y/useSemanticElements: a scroll container, not a document section
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <div class="table-wrap" role="region" aria-label={`Таблица выплат: ${position}`} tabIndex={0}>
      <table class="table">
        <caption>
          Выплата одному сотруднику за средний месяц в зависимости от выполнения плана (все показатели выполнены на одном уровне)
        </caption>
        <thead>
          <tr>
            <th scope="col">Выполнение</th>
            <th scope="col" class="num">
              {rate ? 'Ставка' : 'Коэффициент'}
            </th>
            <th scope="col" class="num">
              Премия
            </th>
            <th scope="col" class="num">
              Итого с окладом
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.attainment} class={r.attainment === 100 ? 'row--plan' : undefined}>
              <td>{r.attainmentText}</td>
              <td class="num">{r.factor}</td>
              <td class="num">
                {r.bonus}
                {r.capped ? <span class="muted"> (предел)</span> : null}
              </td>
              <td class="num">{r.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CurveEditor({
  path,
  points,
  valueLabel,
  presets,
}: {
  path: readonly (string | number)[];
  points: CurvePoints;
  valueLabel: string;
  presets: typeof CURVE_PRESETS;
}) {
  const { set } = useWizard();
  return (
    <div class="curve-editor">
      <label class="field__label" for={`preset-${path.join('-')}`}>
        Готовая кривая
      </label>
      <select
        id={`preset-${path.join('-')}`}
        value=""
        onChange={(e) => {
          const preset = presets.find((p) => p.id === e.currentTarget.value);
          if (preset)
            set(
              path,
              preset.curve.map(([a, v]) => [a, v]),
            );
        }}
      >
        <option value="">— выбрать и заменить точки —</option>
        {presets.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <table class="table curve-points">
        <caption>Точки кривой: выполнение плана и {valueLabel}. Две точки с одним процентом выполнения дают скачок.</caption>
        <thead>
          <tr>
            <th scope="col">Выполнение, %</th>
            <th scope="col">{valueLabel.charAt(0).toUpperCase() + valueLabel.slice(1)}, %</th>
            <th scope="col">
              <span class="visually-hidden">Действия</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((_, i) => (
            <tr key={i}>
              <td>
                <NumberField path={[...path, i, 0]} label={`Точка ${i + 1}: выполнение`} class="field--bare" />
              </td>
              <td>
                <NumberField path={[...path, i, 1]} label={`Точка ${i + 1}: ${valueLabel}`} class="field--bare" />
              </td>
              <td>
                <button
                  type="button"
                  class="link-button"
                  disabled={points.length <= 1}
                  onClick={() =>
                    set(
                      path,
                      points.filter((__, n) => n !== i),
                    )
                  }
                  aria-label={`Удалить точку ${i + 1}`}
                >
                  Удалить
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        class="button button--secondary"
        onClick={() => {
          const last = points[points.length - 1] ?? [0, 0];
          set(path, [...points, [Number(last[0]) + 10, Number(last[1])]]);
        }}
      >
        Добавить точку
      </button>
      <PathErrors path={path} />
    </div>
  );
}

function curveOf(value: unknown): CurvePoints {
  return Array.isArray(value) ? (value as CurvePoints) : [];
}

const numericCurve = (points: CurvePoints): Array<readonly [number, number]> =>
  points.filter((p) => Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number') as Array<readonly [number, number]>;

export function MotivationStep() {
  const { draft, check, update } = useWizard();
  const positions = draft.department?.positions ?? [];
  const sign = currencySign(draft.currency);
  const figures = check.figures;
  const payroll = figures ? payrollFigures(figures) : null;
  return (
    <>
      <p class="muted">
        Премия зависит от выполнения плана по кривой: до порога она не платится, на плане равна целевой, выше плана растёт. Таблица и график
        пересчитываются сразу.
      </p>
      {payroll ? (
        <p class={`callout ${payroll.over ? 'callout--warn' : 'callout--ok'}`} aria-live="polite">
          Фонд оплаты труда отдела при выполнении плана — <strong>{payroll.month}</strong> в месяц, {payroll.year} за год:{' '}
          {payroll.shareOfMargin} валовой маржи; ориентир — не больше {payroll.allowed} в год.
        </p>
      ) : null}
      {positions.map((position, pIndex) => {
        const mIndex = draft.motivation.findIndex((m) => m.position === position.id);
        const entry = mIndex >= 0 ? draft.motivation[mIndex]! : null;
        const base = ['motivation', mIndex] as const;
        const salary = typeof position.salary === 'number' ? position.salary : 0;
        const rows = figures && entry && entry.scheme !== 'salary-only' ? payoutLines(figures, position.id) : null;
        return (
          <Section key={position.id} title={position.title} path={mIndex >= 0 ? ['motivation', mIndex] : null} first={pIndex === 0}>
            <legend>{position.title}</legend>
            {entry === null ? (
              <>
                <p>Для должности не задана схема: сотрудники получают только оклад.</p>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => update((d) => ({ ...d, motivation: [...d.motivation, defaultMotivation(position.id, salary)] }))}
                >
                  Добавить премию по KPI
                </button>
              </>
            ) : (
              <>
                <SelectField
                  path={[...base, 'scheme']}
                  label="Схема оплаты"
                  options={SCHEMES}
                  onValue={(next) =>
                    update((d) => ({
                      ...d,
                      motivation: d.motivation.map((m, j) => (j === mIndex ? schemeEntry(next, position.id, salary) : m)),
                    }))
                  }
                />
                {entry.scheme === 'kpi-bonus' ? (
                  <div class="grid grid--2">
                    <NumberField
                      path={[...base, 'targetBonus']}
                      label="Целевая премия в месяц"
                      unit={sign}
                      hint="Премия при выполнении всех показателей на 100 %."
                    />
                    <NumberField
                      path={[...base, 'maxBonus']}
                      label="Предел премии"
                      unit={sign}
                      optional
                      empty={null}
                      hint="Пусто — без предела."
                    />
                  </div>
                ) : null}
                {entry.scheme === 'revenue-percent' ? (
                  <div class="grid grid--2">
                    <SelectField path={[...base, 'base']} label="Процент начисляется" options={BASES} />
                    <NumberField
                      path={[...base, 'maxBonus']}
                      label="Предел премии"
                      unit={sign}
                      optional
                      empty={null}
                      hint="Пусто — без предела."
                    />
                  </div>
                ) : null}
                {entry.scheme !== 'salary-only' ? (
                  <div class="curve-layout">
                    <CurveEditor
                      path={entry.scheme === 'kpi-bonus' ? [...base, 'curve'] : [...base, 'rateCurve']}
                      points={curveOf(entry.scheme === 'kpi-bonus' ? entry.curve : entry.rateCurve)}
                      valueLabel={entry.scheme === 'kpi-bonus' ? 'премия от целевой' : 'ставка'}
                      presets={entry.scheme === 'kpi-bonus' ? CURVE_PRESETS : RATE_PRESETS}
                    />
                    <CurveChart
                      curve={numericCurve(curveOf(entry.scheme === 'kpi-bonus' ? entry.curve : entry.rateCurve))}
                      valueLabel={entry.scheme === 'kpi-bonus' ? 'премия в процентах от целевой' : 'ставка в процентах'}
                      valueUnit=" %"
                    />
                  </div>
                ) : null}
                {rows && figures ? (
                  <>
                    <Stale />
                    <PayoutTable rows={rows} rate={entry.scheme === 'revenue-percent'} position={position.title} />
                  </>
                ) : null}
              </>
            )}
            {mIndex >= 0 ? <PathErrors path={base} /> : null}
          </Section>
        );
      })}
    </>
  );
}
