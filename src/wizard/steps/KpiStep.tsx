/** Step 4: each position's KPI card: indicators, weights with a running sum, plans. */
import { KPI_CATALOG } from '../../../content/catalog/index.ts';
import { KPI_IDS, type KpiId, type RoleId } from '../../core/profile/ids.ts';
import { formatNumber } from '../../core/text/format.ts';
import { NumberField, PathErrors, SelectField, TextField } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';
import { kpiPlans, kpiPlanText } from '../state/figures.ts';
import { defaultKpis, kpiItem } from '../state/defaults.ts';
import { Section } from '../ui/Section.tsx';
import { Stale } from '../ui/Stale.tsx';

const KPI_OPTIONS = [...KPI_IDS.map((id) => ({ value: id, label: KPI_CATALOG[id].name })), { value: 'custom', label: 'Свой показатель…' }];
const PERIODS = [
  { value: 'month', label: 'месяц' },
  { value: 'quarter', label: 'квартал' },
  { value: 'year', label: 'год' },
];
// «Личный план сотрудника» is the empty choice (the placeholder): listing it again as an option
// showed the same words twice in one list.
const SCOPES = [
  { value: 'group', label: 'план группы (для руководителя группы)' },
  { value: 'department', label: 'общий план отдела' },
];
const UNITS = [
  { value: 'count', label: 'штуки' },
  { value: 'currency', label: 'деньги' },
  { value: 'percent', label: '%' },
  { value: 'days', label: 'дни' },
  { value: 'hours', label: 'часы' },
  { value: 'minutes', label: 'минуты' },
  { value: 'yesno', label: 'да / нет (выполнено или нет)' },
];
const DIRECTIONS = [
  { value: 'higher', label: 'чем больше, тем лучше' },
  { value: 'lower', label: 'чем меньше, тем лучше' },
];
export function KpiStep() {
  const { draft, check, update } = useWizard();
  const positions = draft.department?.positions ?? [];
  const figures = check.figures;
  return (
    <>
      <p class="muted">
        У каждой должности 2–5 показателей; веса одной должности в сумме дают 100 %. План по выручке, новым клиентам и назначенным встречам
        рассчитывается из плана отдела; для остальных показателей укажите план на сотрудника.
      </p>
      {positions.map((position, pIndex) => {
        const kIndex = draft.kpis.findIndex((k) => k.position === position.id);
        if (kIndex < 0) {
          return (
            <Section key={position.id} title={position.title} path={null} first={pIndex === 0}>
              <legend>{position.title}</legend>
              <p>У должности нет карты KPI.</p>
              <button
                type="button"
                class="button button--secondary"
                onClick={() =>
                  update((d) => ({
                    ...d,
                    kpis: [...d.kpis, { position: position.id, items: defaultKpis(position.role as RoleId | 'custom', d) }],
                  }))
                }
              >
                Добавить типовые KPI
              </button>
            </Section>
          );
        }
        const items = draft.kpis[kIndex]!.items ?? [];
        const sum = items.reduce<number>((s, it) => s + (typeof it.weight === 'number' ? it.weight : 0), 0);
        const plans = figures?.kpis.some((k) => k.position === position.id) ? kpiPlans(figures, position.id) : null;
        const base = ['kpis', kIndex, 'items'] as const;
        return (
          <Section key={position.id} title={position.title} path={['kpis', kIndex]} first={pIndex === 0}>
            <legend>{position.title}</legend>
            {items.map((item, i) => {
              const custom = item.kpi === 'custom';
              const entry = custom ? null : KPI_CATALOG[item.kpi as KpiId];
              const derivable = entry?.derives != null;
              return (
                <div class="kpi" key={i}>
                  <div class="grid grid--kpi">
                    <SelectField
                      path={[...base, i, 'kpi']}
                      label={`Показатель ${i + 1}`}
                      options={KPI_OPTIONS}
                      hint={entry?.description}
                      onValue={(next) =>
                        update((d) => {
                          const list = [...d.kpis[kIndex]!.items];
                          const weight = list[i]!.weight;
                          list[i] =
                            next === 'custom'
                              ? { kpi: 'custom', name: '', unit: 'count', plan: 1, weight, period: 'month' }
                              : { ...kpiItem(next as KpiId, weight, d, position.role as RoleId | 'custom'), weight };
                          const kpis = d.kpis.map((k, j) => (j === kIndex ? { ...k, items: list } : k));
                          return { ...d, kpis };
                        })
                      }
                    />
                    <NumberField path={[...base, i, 'weight']} label="Вес" unit="%" />
                    <SelectField path={[...base, i, 'period']} label="Период" options={PERIODS} />
                  </div>
                  {custom ? (
                    <div class="grid grid--3">
                      <TextField path={[...base, i, 'name']} label="Название показателя" />
                      <SelectField path={[...base, i, 'unit']} label="Единица измерения" options={UNITS} />
                      <SelectField
                        path={[...base, i, 'direction']}
                        label="Направление"
                        options={DIRECTIONS}
                        optional
                        empty={null}
                        placeholder="чем больше, тем лучше"
                      />
                    </div>
                  ) : null}
                  <div class="grid grid--3">
                    {derivable ? (
                      <SelectField
                        path={[...base, i, 'scope']}
                        label="Чей план"
                        options={SCOPES}
                        optional
                        placeholder="личный план сотрудника"
                      />
                    ) : null}
                    <NumberField
                      path={[...base, i, 'plan']}
                      label={derivable ? 'План вручную' : 'План на сотрудника'}
                      optional={derivable}
                      empty={null}
                      hint={derivable ? 'Пусто — рассчитать из плана отдела.' : undefined}
                    />
                    <TextField
                      path={[...base, i, 'source']}
                      label="Источник факта"
                      optional
                      empty={null}
                      hint={entry ? `По умолчанию: ${entry.source}` : 'CRM, 1С, отчёт…'}
                    />
                  </div>
                  {plans?.[i] && figures ? <p class="derived-line">План: {kpiPlanText(plans[i], figures, position.id)}</p> : null}
                  <div class="kpi__actions">
                    <button
                      type="button"
                      class="link-button"
                      disabled={items.length <= 1}
                      onClick={() =>
                        update((d) => ({
                          ...d,
                          kpis: d.kpis.map((k, j) => (j === kIndex ? { ...k, items: k.items.filter((_, n) => n !== i) } : k)),
                        }))
                      }
                    >
                      Убрать показатель
                    </button>
                  </div>
                </div>
              );
            })}
            <p class={`sum ${Math.abs(sum - 100) < 1e-9 ? 'sum--ok' : 'sum--bad'}`} aria-live="polite">
              Сумма весов: {formatNumber(sum, 1).replace(/,0$/, '')} %{Math.abs(sum - 100) < 1e-9 ? '' : ' — должно быть 100 %'}
            </p>
            <PathErrors path={base} />
            <PathErrors path={['kpis', kIndex]} />
            {plans ? <Stale /> : null}
            <button
              type="button"
              class="button button--secondary"
              onClick={() =>
                update((d) => {
                  const used = new Set(d.kpis[kIndex]!.items.map((it) => it.kpi));
                  const next =
                    KPI_IDS.find((id) => !used.has(id) && KPI_CATALOG[id].roles.includes(position.role as RoleId)) ??
                    KPI_IDS.find((id) => !used.has(id)) ??
                    'calls';
                  const item = kpiItem(next, 0, d, position.role as RoleId | 'custom');
                  return { ...d, kpis: d.kpis.map((k, j) => (j === kIndex ? { ...k, items: [...k.items, item] } : k)) };
                })
              }
            >
              Добавить показатель
            </button>
          </Section>
        );
      })}
    </>
  );
}
