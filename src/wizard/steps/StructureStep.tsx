/** Step 2: the department's positions, who reports to whom, pay, people. */
import { useState } from 'preact/hooks';
import { ROLE_CATALOG } from '../../../content/catalog/index.ts';
import { ROLE_IDS, type RoleId } from '../../core/profile/ids.ts';
import { currencySign } from '../ui/currency.ts';
import { LinesField, NumberField, PathErrors, SelectField, TextField } from '../fields/inputs.tsx';
import { fieldId } from '../fields/use-field.ts';
import { useWizard } from '../state/context.ts';
import { addPosition, removePosition, roleTitle } from '../state/defaults.ts';
import { pathKey } from '../state/paths.ts';

const ROLE_OPTIONS = [
  ...ROLE_IDS.map((id) => ({ value: id, label: ROLE_CATALOG[id].title })),
  { value: 'custom', label: 'Своя роль (обязанности перечислю сам)' },
];

export function StructureStep() {
  const { draft, update } = useWizard();
  const [newRole, setNewRole] = useState<RoleId | 'custom'>('sales-manager');
  const positions = draft.department?.positions ?? [];
  const sign = currencySign(draft.currency);
  const directorTitle = draft.company?.director?.position || 'Руководитель компании';
  const total = positions.reduce((sum, p) => sum + (typeof p.headcount === 'number' ? p.headcount : 0), 0);

  const add = () => {
    const index = positions.length;
    update((d) => addPosition(d, newRole).draft);
    // Focus the new card's title once it is rendered, so keyboard users land where they work next.
    requestAnimationFrame(() => document.getElementById(fieldId(pathKey(['department', 'positions', index, 'title'])))?.focus());
  };

  return (
    <>
      <fieldset class="group">
        <legend>Подразделение</legend>
        <TextField
          path={['department', 'name']}
          label="Название отдела"
          hint="Как в штатном расписании: «Отдел продаж», «Коммерческий отдел»."
        />
        <p class="muted">
          Должностей: {positions.length}, сотрудников по штату: {total}.
        </p>
        <PathErrors path={['department', 'positions']} />
      </fieldset>
      {positions.map((position, index) => {
        const base = ['department', 'positions', index] as const;
        const role = position.role as RoleId | 'custom';
        const superiors = [
          { value: 'director', label: `${directorTitle} (руководитель компании)` },
          ...positions.filter((p) => p.id !== position.id).map((p) => ({ value: p.id, label: p.title || p.id })),
        ];
        return (
          <fieldset class="group card" key={index}>
            <legend>{position.title || `Должность ${index + 1}`}</legend>
            <div class="grid grid--2">
              <TextField path={[...base, 'title']} label="Название должности" hint="Как в штатном расписании." />
              <SelectField
                path={[...base, 'role']}
                label="Роль"
                options={ROLE_OPTIONS}
                onValue={(next) =>
                  update((d) => {
                    const list = d.department.positions.map((p, i) => {
                      if (i !== index) return p;
                      // A title the user did not change follows the role; a title of their own stays.
                      const title = p.title === roleTitle(role) ? roleTitle(next as RoleId | 'custom') : p.title;
                      const duties =
                        next === 'custom'
                          ? (p.duties ?? ['Выполняет поручения руководителя отдела в пределах своей компетенции.'])
                          : undefined;
                      const { duties: _old, ...rest } = p;
                      return { ...rest, role: next as RoleId | 'custom', title, ...(duties ? { duties } : {}) };
                    });
                    return { ...d, department: { ...d.department, positions: list } };
                  })
                }
                hint={role !== 'custom' && ROLE_CATALOG[role] ? ROLE_CATALOG[role].mission : 'Обязанности своей роли перечисляются ниже.'}
              />
            </div>
            <div class="grid grid--3">
              <NumberField path={[...base, 'headcount']} label="Штатная численность" unit="чел." integer />
              <NumberField path={[...base, 'salary']} label="Оклад в месяц" unit={sign} />
              <NumberField
                path={[...base, 'revenueSharePct']}
                label="Доля плана выручки"
                unit="%"
                optional
                empty={null}
                hint="Если у должности своя доля плана отдела; иначе план делится по численности."
              />
            </div>
            <SelectField path={[...base, 'reportsTo']} label="Подчиняется" options={superiors} />
            {role === 'custom' ? (
              <LinesField
                path={[...base, 'duties']}
                label="Обязанности"
                hint="По одной на строку, в третьем лице: «Готовит коммерческие предложения»."
                rows={5}
              />
            ) : null}
            <LinesField
              path={[...base, 'employees']}
              label="Сотрудники (ФИО)"
              optional
              hint="По одному на строку, для листов ознакомления. Не хватает имён — останутся пустые строки."
              rows={Math.min(6, Math.max(2, Number(position.headcount) || 1))}
            />
            {/* The position's id is the wizard's business (files, references), not the owner's: only a problem with it shows. */}
            <PathErrors path={[...base, 'id']} />
            <div class="card__actions">
              <button
                type="button"
                class="button button--danger"
                disabled={positions.length <= 1}
                onClick={() => {
                  if (globalThis.confirm(`Удалить должность «${position.title}» вместе с её KPI и схемой мотивации?`))
                    update((d) => removePosition(d, position.id));
                }}
              >
                Удалить должность
              </button>
            </div>
          </fieldset>
        );
      })}
      <div class="add-row">
        <label for="new-position-role" class="field__label">
          Новая должность
        </label>
        <div class="add-row__controls">
          <select id="new-position-role" value={newRole} onChange={(e) => setNewRole(e.currentTarget.value as RoleId | 'custom')}>
            {ROLE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
          <button type="button" class="button button--secondary" onClick={add}>
            Добавить должность
          </button>
        </div>
      </div>
    </>
  );
}
