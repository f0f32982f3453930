/**
 * Step 2: how the company sells (profile v2): what it sells, through which channels, which other
 * units exist, the ABC segments, the hand-over of clients and the commercial policy. The step
 * shows the defaults filled in (state/selling.ts); an untouched section stays the default in the
 * profile and follows what it depends on, an edited one stays as the user left it.
 */
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { CHANNEL_TYPES, COMPANY_UNITS, OFFERINGS, type ChannelType, type CompanyUnit } from '../../core/profile/ids.ts';
import { FieldErrors } from '../fields/Field.tsx';
import { OFFERING_TEXT } from '../state/offerings.ts';
import { NumberField, PathErrors, SelectField, TextField, type Option } from '../fields/inputs.tsx';
import { fieldId } from '../fields/use-field.ts';
import { useWizard, WizardContext, type WizardApi } from '../state/context.ts';
import type { Draft } from '../state/draft.ts';
import { pathKey, type Path } from '../state/paths.ts';
import {
  addChannel,
  addSegment,
  channelShareTotal,
  editSelling,
  isDefault,
  offeringOf,
  removeSegment,
  resetSection,
  type SellingSection,
  startHandover,
  withDefaults,
} from '../state/selling.ts';
import { currencySign } from '../ui/currency.ts';

const CHANNEL_TEXT: Record<ChannelType, string> = {
  direct: 'Прямые продажи',
  dealers: 'Дилеры и дистрибьюторы',
  tenders: 'Тендеры и закупки',
  marketplaces: 'Маркетплейсы',
  online: 'Свой сайт и входящие заявки',
  partners: 'Агенты за вознаграждение',
};

const UNIT_TEXT: Record<CompanyUnit, string> = {
  accounting: 'Бухгалтерия',
  finance: 'Финансовая служба',
  legal: 'Юридическая служба',
  hr: 'Служба персонала',
  marketing: 'Маркетинг',
  logistics: 'Логистика',
  warehouse: 'Склад',
  production: 'Производство',
  installation: 'Монтажная служба',
  service: 'Сервисная служба',
  support: 'Служба поддержки клиентов',
  it: 'ИТ-служба',
  security: 'Служба безопасности',
};

const WHEN_OPTIONS: Option[] = [
  { value: 'first-payment', label: 'После первой оплаты' },
  { value: 'second-payment', label: 'После второй оплаты' },
  { value: 'after-months', label: 'Через несколько месяцев после первой оплаты' },
];

const PAYMENT_OPTIONS: Option[] = [
  { value: 'prepayment', label: 'Предоплата' },
  { value: 'deferral', label: 'Отсрочка платежа' },
  { value: 'mixed', label: 'По договорённости: предоплата или отсрочка' },
];

/** A months count suggested when the hand-over moves to «after N months». */
const HANDOVER_MONTHS = 3;

/** The draft as it is, without the defaults the fields show: whether a section is still the default. */
const RawDraft = createContext<Draft | null>(null);

/** Whether a section is the suggestion or the user's, with the way back to the suggestion. */
function Origin({ section, suggested, edited }: { section: SellingSection; suggested: string; edited: string }) {
  const { update } = useWizard();
  const raw = useContext(RawDraft);
  if (raw === null || isDefault(raw, section)) return <p class="origin">{suggested}</p>;
  return (
    <p class="origin">
      {edited}{' '}
      <button type="button" class="link-button" onClick={() => update((d) => resetSection(d, section))}>
        Вернуть предложенное
      </button>
    </p>
  );
}

/** A group whose problems belong to the whole list (a sum, a missing entry): focusable, so a refused step can land on it. */
function ListGroup({ path, legend, children, nested }: { path: Path; legend: string; children: ComponentChildren; nested?: boolean }) {
  const { check } = useWizard();
  const id = fieldId(pathKey(path));
  const bad = (check.errorsAt.get(pathKey(path)) ?? []).length > 0;
  return (
    <fieldset class={nested ? 'subgroup' : 'group'} id={id} tabIndex={-1} aria-describedby={bad ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

function OfferingChoice() {
  const { draft, set, check } = useWizard();
  const path = ['company', 'offering'] as const;
  const key = pathKey(path);
  const chosen = offeringOf(draft);
  return (
    <fieldset class="group" aria-describedby="offering-hint">
      <legend>Что продаёт компания</legend>
      <p class="field__hint" id="offering-hint">
        От этого зависят этапы воронки, слова документов и подразделения, с которыми работает отдел.
      </p>
      <div class="choices">
        {OFFERINGS.map((offering, i) => {
          const id = i === 0 ? fieldId(key) : `${fieldId(key)}-${offering}`;
          return (
            <label class="choice" for={id} key={offering}>
              <input
                id={id}
                type="radio"
                name={key}
                value={offering}
                checked={chosen === offering}
                aria-labelledby={`${id}-label`}
                aria-describedby={`${id}-hint`}
                onChange={() => set(path, offering)}
              />
              <span>
                <span class="choice__label" id={`${id}-label`}>
                  {OFFERING_TEXT[offering].label}
                </span>
                <span class="choice__hint" id={`${id}-hint`}>
                  {OFFERING_TEXT[offering].hint}
                </span>
              </span>
            </label>
          );
        })}
      </div>
      <FieldErrors id={fieldId(key)} errors={check.errorsAt.get(key) ?? []} />
    </fieldset>
  );
}

function Channels({ positions }: { positions: Option[] }) {
  const { draft, update } = useWizard();
  const channels = draft.company?.channels ?? [];
  const used = channels.map((c) => c.type);
  const free = CHANNEL_TYPES.filter((t) => !used.includes(t));
  const [newType, setNewType] = useState<ChannelType>('dealers');
  const adding = free.includes(newType) ? newType : free[0];
  const total = channelShareTotal(draft);
  return (
    <ListGroup path={['company', 'channels']} legend="Каналы продаж">
      <Origin
        section={['company', 'channels']}
        suggested="Предложено: все продажи прямые, канал ведёт руководитель отдела. Добавьте каналы, если они есть."
        edited="Каналы указаны вами."
      />
      {channels.map((channel, i) => {
        const base = ['company', 'channels', i] as const;
        return (
          <div class="row-card" key={i}>
            <div class="grid grid--3">
              <SelectField
                path={[...base, 'type']}
                label="Канал"
                options={CHANNEL_TYPES.filter((t) => t === channel.type || !used.includes(t)).map((t) => ({
                  value: t,
                  label: CHANNEL_TEXT[t],
                }))}
              />
              <NumberField path={[...base, 'sharePct']} label="Доля выручки" unit="%" grouping={false} />
              <SelectField
                path={[...base, 'owner']}
                label="Кто ведёт канал"
                options={positions}
                optional
                empty={null}
                placeholder="Руководитель отдела"
              />
            </div>
            <div class="card__actions">
              <button
                type="button"
                class="button button--secondary"
                disabled={channels.length <= 1}
                onClick={() =>
                  update((d) =>
                    editSelling(
                      d,
                      ['company', 'channels'],
                      channels.filter((_, j) => j !== i),
                    ),
                  )
                }
              >
                Удалить канал
              </button>
            </div>
          </div>
        );
      })}
      <p class={`sum ${Math.abs(total - 100) < 0.01 ? 'sum--ok' : 'sum--bad'}`} aria-live="polite">
        Сумма долей: {String(total).replace('.', ',')} % из 100 %
      </p>
      <PathErrors path={['company', 'channels']} />
      {adding ? (
        <div class="add-row">
          <label for="new-channel-type" class="field__label">
            Ещё один канал
          </label>
          <div class="add-row__controls">
            <select id="new-channel-type" value={adding} onChange={(e) => setNewType(e.currentTarget.value as ChannelType)}>
              {free.map((t) => (
                <option key={t} value={t}>
                  {CHANNEL_TEXT[t]}
                </option>
              ))}
            </select>
            <button type="button" class="button button--secondary" onClick={() => update((d) => addChannel(d, adding))}>
              Добавить канал
            </button>
          </div>
        </div>
      ) : null}
    </ListGroup>
  );
}

function Units() {
  const { draft, set } = useWizard();
  const units = draft.company?.units ?? [];
  const offering = OFFERING_TEXT[offeringOf(draft)].label;
  return (
    <ListGroup path={['company', 'units']} legend="Подразделения компании">
      <p class="field__hint">
        Документы называют только отмеченные подразделения; работу остальных выполняет руководитель компании, бухгалтерию — приходящий
        бухгалтер.
      </p>
      <Origin
        section={['company', 'units']}
        suggested={`Предложено для вида деятельности «${offering}»: меняется вместе с ним, пока вы не отметите своё.`}
        edited="Отмечено вами: при смене вида деятельности не меняется."
      />
      <div class="choices choices--2">
        {COMPANY_UNITS.map((unit) => {
          const id = `f-company-units-${unit}`;
          return (
            <label class="choice choice--check" for={id} key={unit}>
              <input
                id={id}
                type="checkbox"
                checked={units.includes(unit)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  set(
                    ['company', 'units'],
                    COMPANY_UNITS.filter((u) => (u === unit ? on : units.includes(u))),
                  );
                }}
              />
              <span class="choice__label">{UNIT_TEXT[unit]}</span>
            </label>
          );
        })}
      </div>
      <PathErrors path={['company', 'units']} />
    </ListGroup>
  );
}

function Segments({ positions }: { positions: Option[] }) {
  const { draft, update } = useWizard();
  const segments = draft.clients?.segments ?? [];
  const sign = currencySign(draft.currency);
  return (
    <ListGroup path={['clients', 'segments']} legend="Сегменты клиентов (ABC)">
      <p class="field__hint">Клиент относится к первому сегменту, порог которого достигает его выручка за последние 12 месяцев.</p>
      <Origin
        section={['clients', 'segments']}
        suggested="Предложено по средней сделке плана: A — от четырёх средних сделок в год, B — от одной."
        edited="Сегменты заданы вами."
      />
      {segments.map((segment, i) => {
        const base = ['clients', 'segments', i] as const;
        return (
          <div class="row-card" key={i}>
            <TextField
              path={[...base, 'name']}
              label="Название сегмента"
              {...(i === 0 ? { hint: 'Как в документах: «A — ключевые клиенты».' } : {})}
            />
            <div class="grid grid--3">
              <NumberField path={[...base, 'minAnnualRevenue']} label="Выручка клиента за год от" unit={sign} />
              <SelectField path={[...base, 'owner']} label="Кто ведёт клиентов" options={positions} />
              <NumberField path={[...base, 'contactEveryDays']} label="Контакт не реже раза в" unit="дней" integer />
            </div>
            <div class="card__actions">
              <button
                type="button"
                class="button button--secondary"
                disabled={segments.length <= 1}
                onClick={() => update((d) => removeSegment(d, i))}
              >
                Удалить сегмент «{segment.name || segment.id}»
              </button>
            </div>
          </div>
        );
      })}
      <PathErrors path={['clients', 'segments']} />
      <button type="button" class="button button--secondary" onClick={() => update(addSegment)}>
        Добавить сегмент
      </button>
    </ListGroup>
  );
}

function Handover({ positions }: { positions: Option[] }) {
  const { draft, update } = useWizard();
  const handover = draft.clients?.handover;
  const rule = handover && typeof handover === 'object' ? handover : null;
  const segments = draft.clients?.segments ?? [];
  const base = ['clients', 'handover'] as const;
  const toggleId = 'handover-on';
  return (
    <fieldset class="group">
      <legend>Передача клиентов</legend>
      <Origin
        section={['clients', 'handover']}
        suggested={
          rule
            ? 'Предложено по составу отдела: после первой оплаты ключевого клиента менеджер по продажам передаёт его менеджеру по работе с ключевыми клиентами.'
            : 'Предложено: клиент остаётся у того, кто его привлёк, — в отделе нет одновременно менеджера по продажам и менеджера по работе с ключевыми клиентами.'
        }
        edited="Правило задано вами."
      />
      <div class="field">
        <label class="field__label" for={toggleId}>
          Передаётся ли клиент другой должности
        </label>
        <select
          id={toggleId}
          value={rule ? 'yes' : 'no'}
          onChange={(e) =>
            update((d) => (e.currentTarget.value === 'yes' ? startHandover(d) : editSelling(d, ['clients', 'handover'], false)))
          }
        >
          <option value="no">Нет: клиента ведёт тот, кто его привлёк</option>
          <option value="yes">Да: по правилу ниже</option>
        </select>
      </div>
      {rule ? (
        <>
          <div class="grid grid--2">
            <SelectField path={[...base, 'from']} label="Кто передаёт" options={positions} />
            <SelectField path={[...base, 'to']} label="Кто принимает и развивает" options={positions} />
          </div>
          <div class="grid grid--2">
            <SelectField
              path={[...base, 'when']}
              label="Когда"
              options={WHEN_OPTIONS}
              onValue={(value) =>
                update((d) =>
                  editSelling(
                    editSelling(d, [...base, 'when'], value),
                    [...base, 'afterMonths'],
                    value === 'after-months' ? HANDOVER_MONTHS : null,
                  ),
                )
              }
            />
            {rule.when === 'after-months' ? (
              <NumberField path={[...base, 'afterMonths']} label="Через сколько месяцев" unit="мес." integer />
            ) : null}
          </div>
          <fieldset class="subgroup" aria-describedby="handover-segments-hint">
            <legend class="field__label">Каких клиентов</legend>
            <p class="field__hint" id="handover-segments-hint">
              Ничего не отмечено — передаются клиенты всех сегментов.
            </p>
            <div class="choices choices--2">
              {segments.map((segment) => {
                const id = `handover-segment-${segment.id}`;
                const listed = Array.isArray(rule.segments) ? rule.segments : [];
                return (
                  <label class="choice choice--check" for={id} key={segment.id}>
                    <input
                      id={id}
                      type="checkbox"
                      checked={listed.includes(segment.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        const next = segments.map((s) => s.id).filter((s) => (s === segment.id ? on : listed.includes(s)));
                        update((d) => editSelling(d, [...base, 'segments'], next.length > 0 ? next : null));
                      }}
                    />
                    <span class="choice__label">{segment.name || segment.id}</span>
                  </label>
                );
              })}
            </div>
            <PathErrors path={[...base, 'segments']} />
          </fieldset>
        </>
      ) : null}
    </fieldset>
  );
}

function Policy({ positions }: { positions: Option[] }) {
  const { draft, update } = useWizard();
  const policy = draft.clients?.commercialPolicy;
  const discounts = policy?.discounts ?? [];
  const approvers = [...positions, { value: 'director', label: 'Руководитель компании' }];
  const base = ['clients', 'commercialPolicy'] as const;
  return (
    <fieldset class="group">
      <legend>Коммерческая политика</legend>
      <Origin
        section={['clients', 'commercialPolicy']}
        suggested="Предложено: менеджеры дают скидку до 5 %, руководитель отдела — до 10 %, больше — по решению руководителя компании."
        edited="Политика задана вами."
      />
      <ListGroup path={[...base, 'discounts']} legend="Скидки без согласования" nested>
        {discounts.map((_, i) => (
          <div class="grid grid--discount" key={i}>
            <SelectField path={[...base, 'discounts', i, 'position']} label="Кто" options={approvers} />
            <NumberField path={[...base, 'discounts', i, 'maxPct']} label="Скидка до" unit="%" grouping={false} />
            <button
              type="button"
              class="button button--secondary grid__action"
              disabled={discounts.length <= 1}
              aria-label={`Удалить предел скидки ${i + 1}`}
              onClick={() =>
                update((d) =>
                  editSelling(
                    d,
                    [...base, 'discounts'],
                    discounts.filter((_, j) => j !== i),
                  ),
                )
              }
            >
              Удалить
            </button>
          </div>
        ))}
        <p class="field__hint">Скидку больше наибольшего предела согласует руководитель компании.</p>
        <PathErrors path={[...base, 'discounts']} />
        <button
          type="button"
          class="button button--secondary"
          onClick={() => update((d) => editSelling(d, [...base, 'discounts'], [...discounts, { position: 'director', maxPct: 15 }]))}
        >
          Добавить предел
        </button>
      </ListGroup>
      <div class="grid grid--3">
        <SelectField path={[...base, 'paymentTerms']} label="Условия оплаты" options={PAYMENT_OPTIONS} />
        <NumberField path={[...base, 'maxDeferralDays']} label="Наибольшая отсрочка" unit="дней" integer />
        <SelectField
          path={[...base, 'creditApprover']}
          label="Кто согласует отсрочку"
          hint="Та же должность согласует кредитный лимит клиента."
          options={approvers}
        />
      </div>
    </fieldset>
  );
}

export function SellingStep() {
  const api = useWizard();
  // The fields read the draft with the defaults filled in and write through editSelling, so the
  // first edit of a section writes out what the user saw.
  const shown = useMemo(() => withDefaults(api.draft), [api.draft]);
  const inner: WizardApi = {
    ...api,
    draft: shown,
    set: (path, value) => api.update((d) => editSelling(d, path, value)),
  };
  const positions: Option[] = (api.draft.department?.positions ?? []).map((p) => ({ value: p.id, label: p.title || p.id }));
  return (
    <RawDraft.Provider value={api.draft}>
      <WizardContext.Provider value={inner}>
        <OfferingChoice />
        <Channels positions={positions} />
        <Units />
        <Segments positions={positions} />
        <Handover positions={positions} />
        <Policy positions={positions} />
      </WizardContext.Provider>
    </RawDraft.Provider>
  );
}
