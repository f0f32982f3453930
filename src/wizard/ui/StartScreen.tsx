/**
 * The first screen: «С чистого листа» (five questions, the rest from defaults for the team) or
 * «На примере компании» (the example's figures, marked as such until changed).
 */
import { useState } from 'preact/hooks';
import { OFFERINGS, type Offering } from '../../core/profile/ids.ts';
import { understood, readAmount } from '../fields/parse-number.ts';
import { OFFERING_TEXT } from '../state/offerings.ts';
import type { Draft } from '../state/draft.ts';
import { defaultsFor, QUICK_ROLES, type QuickAnswers, type QuickRole } from '../state/quick-start.ts';
import { roleTitle } from '../state/defaults.ts';

const ROLE_LABEL: Readonly<Record<QuickRole, string>> = {
  'head-of-sales': 'Руководитель отдела продаж',
  'sales-manager': 'Менеджеры по продажам',
  'key-account-manager': 'Менеджеры по ключевым клиентам',
  'lead-generation': 'Менеджеры по лидогенерации (холодные звонки, заявки)',
  'sales-assistant': 'Помощники менеджеров',
};

export interface StartScreenProps {
  /** The answers and the draft built from them. */
  onBlank: (answers: QuickAnswers, draft: Draft) => void;
  onExample: () => void;
}

/** A number input of the quick start, with what it understood under it. */
function QuickNumber(props: {
  id: string;
  label: string;
  text: string;
  unit?: string;
  hint?: string;
  error?: string | null;
  onText: (text: string) => void;
}) {
  const meant = understood(props.text, props.unit);
  const described = [props.hint ? `${props.id}-hint` : '', meant ? `${props.id}-meant` : '', props.error ? `${props.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${props.error ? ' field--invalid' : ''}`}>
      <label for={props.id} class="field__label">
        {props.label}
      </label>
      <span class="number">
        <input
          id={props.id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={props.text}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described || undefined}
          onInput={(e) => props.onText(e.currentTarget.value)}
        />
        {props.unit ? (
          <span class="number__unit" aria-hidden="true">
            {props.unit}
          </span>
        ) : null}
      </span>
      {meant ? (
        <span class="number__meant" id={`${props.id}-meant`} data-testid="understood">
          {meant}
        </span>
      ) : null}
      {props.hint ? (
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

export function StartScreen({ onBlank, onExample }: StartScreenProps) {
  const [offering, setOffering] = useState<Offering>('goods');
  const [team, setTeam] = useState<Record<QuickRole, string>>({
    'head-of-sales': '1',
    'sales-manager': '3',
    'key-account-manager': '0',
    'lead-generation': '0',
    'sales-assistant': '0',
  });
  const [salaries, setSalaries] = useState<Partial<Record<QuickRole, string>>>({});
  const [revenue, setRevenue] = useState('');
  const [crm, setCrm] = useState('');
  const [tried, setTried] = useState(false);

  const count = (role: QuickRole): number | null => {
    const n = readAmount(team[role]);
    return n !== null && Number.isInteger(n) && n >= 0 && n <= 1000 ? n : null;
  };
  const teamError = (role: QuickRole): string | null => {
    if (count(role) === null) return 'Введите целое число людей: 0, 1, 2…';
    if (role === 'head-of-sales' && (count(role) ?? 0) > 1) return 'Руководитель отдела один: введите 0 или 1.';
    return null;
  };
  const working = QUICK_ROLES.filter((r) => (count(r) ?? 0) > 0);
  const salaryOf = (role: QuickRole): number | null => {
    const text = salaries[role] ?? '';
    if (text.trim() === '') return null;
    const n = readAmount(text);
    return n !== null && n > 0 ? n : Number.NaN;
  };
  const salaryError = (role: QuickRole): string | null =>
    Number.isNaN(salaryOf(role)) ? 'Введите оклад числом, например «50 000» или «120 тыс».' : null;
  const revenueValue = readAmount(revenue);
  const revenueError =
    revenue.trim() === ''
      ? 'Укажите план выручки отдела на год, например «60 млн».'
      : revenueValue === null || revenueValue <= 0
        ? 'Введите сумму числом, например «60 000 000» или «60 млн».'
        : null;
  const nobody = working.length === 0 ? 'Укажите хотя бы одного человека в отделе.' : null;
  const problems = [...QUICK_ROLES.map(teamError), ...working.map(salaryError), revenueError, nobody].filter(Boolean);

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (problems.length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.start [aria-invalid="true"], #start-nobody')?.focus());
      return;
    }
    const teamAnswer: QuickAnswers['team'] = {};
    const salaryAnswer: QuickAnswers['salaries'] = {};
    for (const role of working) {
      teamAnswer[role] = count(role) ?? 0;
      const salary = salaryOf(role);
      if (salary !== null && !Number.isNaN(salary)) salaryAnswer[role] = salary;
    }
    const answers: QuickAnswers = {
      offering,
      team: teamAnswer,
      salaries: salaryAnswer,
      revenue: revenueValue ?? 0,
      crm: crm.trim() === '' ? null : crm.trim(),
    };
    onBlank(answers, defaultsFor(answers));
  };

  const show = (error: string | null) => (tried ? error : null);

  return (
    <div class="start">
      <h2 id="step-title" tabIndex={-1}>
        С чего начать
      </h2>
      <div class="start__choices">
        <section class="group start__card" aria-labelledby="start-blank">
          <h3 id="start-blank">С чистого листа</h3>
          <p class="muted">
            Пять вопросов о вашем отделе; остальное мастер предложит сам по размеру команды и тому, что вы продаёте. Всё можно будет
            поправить на следующих шагах.
          </p>
          <form onSubmit={submit} noValidate>
            <fieldset class="subgroup">
              <legend>1. Что вы продаёте</legend>
              <div class="choices choices--2">
                {OFFERINGS.map((o) => (
                  <label class="choice" for={`start-offering-${o}`} key={o}>
                    <input
                      id={`start-offering-${o}`}
                      type="radio"
                      name="start-offering"
                      value={o}
                      checked={offering === o}
                      onChange={() => setOffering(o)}
                    />
                    <span>
                      <span class="choice__label">{OFFERING_TEXT[o].label}</span>
                      <span class="choice__hint">{OFFERING_TEXT[o].hint}</span>
                    </span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset class="subgroup">
              <legend>2. Сколько человек в отделе продаж</legend>
              <div class="grid grid--2">
                {QUICK_ROLES.map((role) => (
                  <QuickNumber
                    key={role}
                    id={`start-team-${role}`}
                    label={ROLE_LABEL[role]}
                    text={team[role]}
                    unit="чел."
                    error={show(teamError(role))}
                    onText={(text) => setTeam((t) => ({ ...t, [role]: text }))}
                  />
                ))}
              </div>
              {tried && nobody ? (
                <p class="field__error" id="start-nobody" tabIndex={-1}>
                  {nobody}
                </p>
              ) : null}
            </fieldset>
            {working.length > 0 ? (
              <fieldset class="subgroup">
                <legend>3. Оклады в месяц</legend>
                <div class="grid grid--2">
                  {working.map((role) => (
                    <QuickNumber
                      key={role}
                      id={`start-salary-${role}`}
                      label={roleTitle(role)}
                      text={salaries[role] ?? ''}
                      unit="₽"
                      hint="Оклад одного сотрудника. Пусто — мастер предложит обычный для этой должности."
                      error={show(salaryError(role))}
                      onText={(text) => setSalaries((s) => ({ ...s, [role]: text }))}
                    />
                  ))}
                </div>
              </fieldset>
            ) : null}
            <fieldset class="subgroup">
              <legend>4. План выручки отдела на год</legend>
              <QuickNumber
                id="start-revenue"
                label="Выручка за год"
                text={revenue}
                unit="₽"
                hint="Можно писать как удобно: «60 000 000», «60 млн», «1,5 млрд»."
                error={show(revenueError)}
                onText={setRevenue}
              />
            </fieldset>
            <fieldset class="subgroup">
              <legend>5. CRM</legend>
              <div class="field">
                <label for="start-crm" class="field__label">
                  В какой CRM работает отдел
                </label>
                <input
                  id="start-crm"
                  type="text"
                  maxLength={200}
                  value={crm}
                  autoComplete="off"
                  aria-describedby="start-crm-hint"
                  onInput={(e) => setCrm(e.currentTarget.value)}
                />
                <p class="field__hint" id="start-crm-hint">
                  Например, «Битрикс24» или «amoCRM». Оставьте пустым, если CRM нет.
                </p>
              </div>
            </fieldset>
            {tried && problems.length > 0 ? (
              <p class="field__error" role="alert">
                Проверьте отмеченные поля.
              </p>
            ) : null}
            <button type="submit" class="button">
              Собрать черновик отдела
            </button>
          </form>
        </section>
        <section class="group start__card" aria-labelledby="start-example">
          <h3 id="start-example">На примере компании</h3>
          <p>
            Все поля заполнены цифрами вымышленного дистрибьютора оборудования: отдел из восьми человек, план 240 млн ₽ в год. Удобно, чтобы
            посмотреть, как устроены документы, и заменить цифры своими.
          </p>
          <p class="muted">Пока цифры примера не заменены, мастер напоминает об этом на каждом шаге и перед скачиванием.</p>
          <button type="button" class="button button--secondary" onClick={onExample}>
            Открыть пример
          </button>
        </section>
      </div>
    </div>
  );
}
