/** Step 1: who the documents are for and who approves them. */
import { NumberField, SelectField, TextField } from '../fields/inputs.tsx';
import { useWizard } from '../state/context.ts';
import { table } from '../../core/input/lookup.ts';

const COUNTRIES = [
  { value: 'RU', label: 'Россия' },
  { value: 'KZ', label: 'Казахстан' },
  { value: 'BY', label: 'Беларусь' },
  { value: 'UA', label: 'Украина' },
  { value: 'other', label: 'Другая страна' },
];

const CURRENCIES = [
  { value: 'RUB', label: 'Российский рубль (₽)' },
  { value: 'KZT', label: 'Казахстанский тенге (₸)' },
  { value: 'BYN', label: 'Белорусский рубль (Br)' },
  { value: 'UAH', label: 'Украинская гривна (₴)' },
  { value: 'USD', label: 'Доллар США ($)' },
  { value: 'EUR', label: 'Евро (€)' },
];

/** The usual currency of a country, offered when the country changes. */
const CURRENCY_OF = table<string>({ RU: 'RUB', KZ: 'KZT', BY: 'BYN', UA: 'UAH' });

const SALES_MODELS = [
  { value: 'b2b', label: 'B2B — продажи компаниям' },
  { value: 'b2c', label: 'B2C — продажи частным лицам' },
  { value: 'b2b2c', label: 'B2B2C — через партнёров конечным клиентам' },
];

const LEGAL_FORMS = ['ООО', 'АО', 'ПАО', 'ИП', 'ТОО', 'ТОВ', 'ОДО', 'ЧУП', 'ФОП'];

export function CompanyStep() {
  const { draft, set } = useWizard();
  const country = draft.company?.country;
  return (
    <>
      <fieldset class="group">
        <legend>Организация</legend>
        <div class="grid grid--2">
          <TextField
            path={['company', 'name']}
            label="Краткое название компании"
            hint="Без формы собственности, как оно звучит в тексте: «ТехноСнаб»."
            autoComplete="organization"
          />
          <TextField
            path={['company', 'legalForm']}
            label="Организационно-правовая форма"
            hint={`Сокращённо: ${LEGAL_FORMS.join(', ')}…`}
          />
        </div>
        <TextField
          path={['company', 'fullName']}
          label="Полное наименование"
          optional
          empty={null}
          hint="Если оставить пустым, составится само: «Общество с ограниченной ответственностью «…»»."
        />
        <div class="grid grid--2">
          <div>
            <SelectField
              path={['company', 'country']}
              label="Страна"
              options={COUNTRIES}
              hint="От страны зависят ссылки на трудовое законодательство."
            />
            {country && CURRENCY_OF[country] && draft.currency !== CURRENCY_OF[country] ? (
              <p class="suggest">
                <button type="button" class="link-button" onClick={() => set(['currency'], CURRENCY_OF[country])}>
                  Перевести суммы в {CURRENCY_OF[country]}
                </button>{' '}
                <span class="muted">(меняется только валюта, числа остаются)</span>
              </p>
            ) : null}
          </div>
          <SelectField path={['currency']} label="Валюта сумм" options={CURRENCIES} />
        </div>
        <div class="grid grid--2">
          <TextField path={['company', 'inn']} label="ИНН / БИН / УНП" optional empty={null} hint="Только цифры." />
          <TextField
            path={['company', 'city']}
            label="Город"
            optional
            empty={null}
            hint="Место составления документов."
            autoComplete="address-level2"
          />
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Бизнес</legend>
        <TextField
          path={['company', 'industry']}
          label="Чем занимается компания"
          hint="Со строчной буквы; в документах стоит после слов «Компания занимается следующей деятельностью:». Например: «оптовые поставки промышленного оборудования»."
        />
        <div class="grid grid--2">
          <SelectField path={['company', 'salesModel']} label="Модель продаж" options={SALES_MODELS} />
          <NumberField path={['company', 'averageSalesCycleDays']} label="Средний цикл сделки" unit="дней" integer optional empty={null} />
        </div>
      </fieldset>
      <fieldset class="group">
        <legend>Кто утверждает документы</legend>
        <div class="grid grid--2">
          <TextField path={['company', 'director', 'position']} label="Должность руководителя" hint="Например, «Генеральный директор»." />
          <TextField
            path={['company', 'director', 'fullName']}
            label="Фамилия, имя, отчество"
            optional
            empty={null}
            hint="Без имени в грифе «УТВЕРЖДАЮ» останется строка для подписи и расшифровки."
            autoComplete="name"
          />
        </div>
      </fieldset>
    </>
  );
}
