/** Step 6: how the department works: CRM, leads, meetings, reports. */
import { REPORT_CATALOG } from '../../../content/catalog/index.ts';
import { REPORT_IDS } from '../../core/profile/ids.ts';
import { CheckboxField, NumberField, PathErrors, SelectField, TextField } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';

const WEEKDAYS = [
  { value: 'monday', label: 'по понедельникам' },
  { value: 'tuesday', label: 'по вторникам' },
  { value: 'wednesday', label: 'по средам' },
  { value: 'thursday', label: 'по четвергам' },
  { value: 'friday', label: 'по пятницам' },
];

export function ProcessesStep() {
  const { draft, set } = useWizard();
  const processes = draft.processes;
  const hasCrm = typeof processes?.crm === 'string';
  const weekly = processes?.meetings?.weekly;
  const reports = Array.isArray(processes?.reports) ? processes.reports : [];
  return (
    <>
      <fieldset class="group">
        <legend>CRM</legend>
        <div class="field field--inline">
          <input
            id="crm-on"
            type="checkbox"
            checked={hasCrm}
            onChange={(e) => set(['processes', 'crm'], e.currentTarget.checked ? 'Битрикс24' : null)}
          />
          <label for="crm-on" class="field__label">
            В компании есть CRM-система
          </label>
        </div>
        {hasCrm ? (
          <TextField
            path={['processes', 'crm']}
            label="Название CRM"
            hint="«Битрикс24», «amoCRM», «1С:CRM»… По ней пакет получит регламент работы в CRM."
          />
        ) : (
          <p class="muted">Без CRM пакет вместо регламента работы в ней даст рекомендации по выбору и внедрению CRM.</p>
        )}
      </fieldset>
      <fieldset class="group">
        <legend>Заявки и клиенты</legend>
        <NumberField
          path={['processes', 'leadResponseMinutes']}
          label="Срок первого ответа на заявку"
          unit="мин"
          integer
          hint="В рабочее время."
        />
        <CheckboxField
          path={['processes', 'clientTransferOnLeave']}
          label="На время отпуска или болезни менеджера его клиенты передаются коллеге"
        />
      </fieldset>
      <fieldset class="group">
        <legend>Совещания</legend>
        <CheckboxField path={['processes', 'meetings', 'daily']} label="Ежедневная планёрка отдела" />
        <div class="field field--inline">
          <input
            id="weekly-on"
            type="checkbox"
            checked={typeof weekly === 'string'}
            onChange={(e) => set(['processes', 'meetings', 'weekly'], e.currentTarget.checked ? 'monday' : false)}
          />
          <label for="weekly-on" class="field__label">
            Еженедельное совещание план/факт
          </label>
        </div>
        {typeof weekly === 'string' ? (
          <SelectField path={['processes', 'meetings', 'weekly']} label="Когда проходит совещание" options={WEEKDAYS} />
        ) : null}
        <CheckboxField path={['processes', 'meetings', 'monthly']} label="Ежемесячное подведение итогов" />
      </fieldset>
      <fieldset class="group">
        <legend>Регулярные отчёты</legend>
        {REPORT_IDS.map((id) => {
          const on = reports.includes(id);
          return (
            <div class="field field--inline" key={id}>
              <input
                id={`report-${id}`}
                type="checkbox"
                checked={on}
                onChange={(e) =>
                  set(
                    ['processes', 'reports'],
                    e.currentTarget.checked ? REPORT_IDS.filter((r) => r === id || reports.includes(r)) : reports.filter((r) => r !== id),
                  )
                }
              />
              <label for={`report-${id}`} class="field__label">
                {REPORT_CATALOG[id].name}
              </label>
            </div>
          );
        })}
        <PathErrors path={['processes', 'reports']} />
      </fieldset>
    </>
  );
}
