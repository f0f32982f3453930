/** Step 3: the annual plan, its months, and whether the funnel can carry it. */
import { formatNumber } from '../../core/text/format.ts';
import { NumberField, PathErrors } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';
import { funnelFigures, monthPlans } from '../state/figures.ts';
import { currencySign } from '../ui/currency.ts';
import { Stale } from '../ui/Stale.tsx';

const MONTHS = ['Январь', 'Февраль', 'Март', 'Апрель', 'Май', 'Июнь', 'Июль', 'Август', 'Сентябрь', 'Октябрь', 'Ноябрь', 'Декабрь'];

/** 100 split into 12 whole percentages as evenly as possible (8 × 8 % + 4 × 9 %). */
function evenSeasonality(): number[] {
  return MONTHS.map((_, i) => (i < 8 ? 8 : 9));
}

export function PlanStep() {
  const { draft, set, check } = useWizard();
  const sign = currencySign(draft.currency);
  const seasonality = Array.isArray(draft.plan?.seasonality) ? draft.plan.seasonality : null;
  const sum = seasonality ? seasonality.reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0) : 100;
  const figures = check.figures;
  const months = figures ? monthPlans(figures) : null;
  const funnel = figures ? funnelFigures(figures) : null;

  return (
    <>
      <fieldset class="group">
        <legend>Годовой план отдела</legend>
        <div class="grid grid--3">
          <NumberField path={['plan', 'year']} label="Год плана" integer grouping={false} />
          <NumberField path={['plan', 'revenue']} label="Выручка за год" unit={sign} />
          <NumberField path={['plan', 'grossMarginPct']} label="Валовая маржа" unit="%" hint="Доля маржи в выручке." />
        </div>
        <div class="grid grid--3">
          <NumberField path={['plan', 'newClients']} label="Новых клиентов за год" integer />
          <NumberField
            path={['plan', 'recurringRevenuePct']}
            label="Выручка от текущих клиентов"
            unit="%"
            optional
            hint="Какую долю выручки дадут уже работающие клиенты."
          />
          <NumberField
            path={['plan', 'maxPayrollSharePct']}
            label="Предел ФОТ отдела"
            unit="% маржи"
            optional
            hint="По умолчанию 40 % валовой маржи."
          />
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Сезонность</legend>
        <div class="field field--inline">
          <input
            id="seasonality-on"
            type="checkbox"
            checked={seasonality !== null}
            onChange={(e) => set(['plan', 'seasonality'], e.currentTarget.checked ? evenSeasonality() : undefined)}
          />
          <label for="seasonality-on" class="field__label">
            План распределяется по месяцам неравномерно
          </label>
        </div>
        {seasonality ? (
          <>
            <p class="muted">Доля каждого месяца в годовом плане, в процентах; в сумме 100.</p>
            <div class="months">
              {MONTHS.map((month, i) => (
                <NumberField key={month} path={['plan', 'seasonality', i]} label={month} unit="%" class="field--compact" />
              ))}
            </div>
            <p class={`sum ${Math.abs(sum - 100) < 1e-9 ? 'sum--ok' : 'sum--bad'}`} aria-live="polite">
              Сумма: {formatNumber(sum, 1).replace(/,0$/, '')} %{Math.abs(sum - 100) < 1e-9 ? '' : ` — должно быть 100 %`}
            </p>
            <PathErrors path={['plan', 'seasonality']} />
          </>
        ) : (
          <p class="muted">Каждый месяц — 1/12 годового плана.</p>
        )}
        {months ? (
          <details class="derived">
            <summary>План отдела по месяцам</summary>
            <Stale />
            <table class="table">
              <thead>
                <tr>
                  <th scope="col">Месяц</th>
                  <th scope="col" class="num">
                    План
                  </th>
                </tr>
              </thead>
              <tbody>
                {months.map((value, i) => (
                  <tr key={i}>
                    <td>{MONTHS[i]}</td>
                    <td class="num">{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ) : null}
      </fieldset>

      <fieldset class="group">
        <legend>Воронка продаж в месяц</legend>
        <div class="grid grid--2">
          <NumberField path={['plan', 'funnel', 'leadsPerMonth']} label="Заявок (лидов) в месяц" integer />
          <NumberField path={['plan', 'funnel', 'averageDeal']} label="Средняя сделка" unit={sign} />
          <NumberField path={['plan', 'funnel', 'leadToMeetingPct']} label="Из заявки во встречу" unit="%" />
          <NumberField path={['plan', 'funnel', 'meetingToDealPct']} label="Из встречи в сделку" unit="%" />
        </div>
        {funnel ? (
          <div class={`callout ${funnel.gap !== null ? 'callout--warn' : 'callout--ok'}`} aria-live="polite">
            <Stale />
            <p>
              Новым клиентам план отводит <strong>{funnel.need}</strong> в месяц; воронка даёт <strong>{funnel.capacity}</strong>.
            </p>
            {funnel.gap !== null ? (
              <>
                <p>Не хватает {funnel.gap} в месяц. Закрыть разрыв можно любым из способов (как в плане продаж):</p>
                <ul>
                  {funnel.ways.map((way) => (
                    <li key={way}>{way};</li>
                  ))}
                  <li>либо уменьшить план новых продаж до {funnel.capacity} в месяц — столько обеспечивает воронка.</li>
                </ul>
              </>
            ) : (
              <p>Воронки хватает на план.</p>
            )}
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
