/** The first screen: what the audit is, and the company it is about. */
import { useState } from 'preact/hooks';
import { pluralForm } from '../../core/text/plural.ts';
import { AREAS, FACT_FIELDS, factValue, QUESTIONS, type AuditState, type CompanyFields, type FactKey } from '../state/answers.ts';
import { BlankChecklistOffer } from './Downloads.tsx';
import { TextInput } from './TextInput.tsx';

const QUESTION_FORMS = { one: 'вопрос', few: 'вопроса', many: 'вопросов' };
/** Prepositional: «в 1 области», «в 11 областях». */
const AREA_FORMS = { one: 'области', few: 'областях', many: 'областях' };

export interface StartViewProps {
  state: AuditState;
  answered: number;
  onField: (field: keyof CompanyFields, value: string) => void;
  onFact: (key: FactKey, value: string) => void;
  /** Go on to the questions. */
  onBegin: () => void;
}

export function StartView({ state, answered, onField, onFact, onBegin }: StartViewProps) {
  const [nameMissing, setNameMissing] = useState(false);
  const { company } = state;
  const begin = () => {
    if (company.name.trim() === '') {
      setNameMissing(true);
      document.getElementById('audit-company-name')?.focus();
      return;
    }
    onBegin();
  };
  return (
    <>
      <h2 id="view-title" tabIndex={-1}>
        Перед началом
      </h2>
      <ul class="audit-facts">
        <li>
          <strong>
            {QUESTIONS.length} {pluralForm(QUESTIONS.length, QUESTION_FORMS)}
          </strong>{' '}
          в {AREAS.length} {pluralForm(AREAS.length, AREA_FORMS)} — от управления отделом до обучения сотрудников. На каждый отвечайте «Да»,
          «Частично», «Нет» или «Неприменимо».
        </li>
        <li>
          <strong>Около 20 минут.</strong> Можно прерваться в любой момент: ответы сохраняются в этом браузере после каждого изменения.
        </li>
        <li>
          <strong>Итог</strong> — оценка каждой области, уровень зрелости отдела, первые шаги и документы, которые закрывают найденные
          пробелы. Отчёт скачивается в PDF и DOCX.
        </li>
        <li>
          <strong>Ответы никуда не отправляются:</strong> отчёт собирается прямо на этой странице.
        </li>
      </ul>
      <form
        class="audit-company"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          begin();
        }}
      >
        <fieldset class="group">
          <legend>Компания</legend>
          <div class="grid grid--2">
            <TextInput
              id="audit-company-name"
              label="Название компании"
              hint="Без формы собственности: «ТехноСнаб». Попадёт в отчёт."
              value={company.name}
              autoComplete="organization"
              error={nameMissing && company.name.trim() === '' ? 'Укажите название компании — оно нужно для отчёта.' : null}
              onInput={(v) => onField('name', v)}
            />
            <TextInput
              id="audit-company-legal"
              label="Форма собственности"
              optional
              hint="ООО, АО, ИП…"
              value={company.legalForm}
              onInput={(v) => onField('legalForm', v)}
            />
          </div>
          <div class="grid grid--2">
            <TextInput
              id="audit-company-city"
              label="Город"
              optional
              value={company.city}
              autoComplete="address-level2"
              onInput={(v) => onField('city', v)}
            />
            <TextInput
              id="audit-respondent"
              label="Кто отвечает на вопросы"
              optional
              hint="Например: «Соколова М. И., руководитель отдела продаж»."
              value={company.respondent}
              onInput={(v) => onField('respondent', v)}
            />
          </div>
        </fieldset>
        <fieldset class="group">
          <legend>Компания в цифрах</legend>
          <p class="muted">
            Необязательно, но по этим цифрам отчёт оценит, сколько денег стоит каждый найденный пробел. Пустое поле в отчёт не попадёт.
          </p>
          <div class="grid grid--2">
            {FACT_FIELDS.map((field) => {
              const text = state.facts[field.key] ?? '';
              const wrong = text.trim() !== '' && factValue(text, field) === null;
              return (
                <TextInput
                  key={field.key}
                  id={`audit-fact-${field.key}`}
                  label={field.label}
                  optional
                  hint={field.hint}
                  value={text}
                  inputMode="decimal"
                  error={wrong ? `Число от 0 до ${field.max}${field.integer ? ', целое' : ''}.` : null}
                  onInput={(v) => onFact(field.key, v)}
                />
              );
            })}
          </div>
        </fieldset>
        <div class="audit-nav">
          <span />
          <button type="submit" class="button">
            {answered > 0 ? 'Продолжить аудит →' : 'Начать аудит →'}
          </button>
        </div>
      </form>
      <BlankChecklistOffer />
    </>
  );
}
