/**
 * The profile's messages in the owner's words. The core words its messages for a consultant who
 * edits a YAML file (field names, types, ids); the wizard shows a form, so every message it shows
 * passes through here: what is wrong and what to do, in the form's words, never a field name, a
 * type or an id. A message that would still carry a Latin word falls back to a plain sentence.
 */
import type { Issue } from '../../core/profile/issues.ts';
import type { Draft } from './draft.ts';
import { getAt, type PathPart } from './paths.ts';

type Rewrite = (issue: Issue, context: Context) => string | null;

interface Context {
  draft: Draft;
  /** The path's last key: `salary`, `name`, `plan`. */
  field: string;
  value: unknown;
}

const NUMBER = /-?\d[\d\s\u00a0]*(?:,\d+)?/;
const firstNumber = (text: string): string | null => NUMBER.exec(text)?.[0]?.trim() ?? null;

/** «kpis[1].items[0].weight» → ['kpis', 1, 'items', 0, 'weight']. */
function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else parts.push(m[1] ?? m[3] ?? '');
  }
  return parts;
}

const CHARS = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'знака' : 'знаков');

function invalidType(issue: Issue, { value }: Context): string {
  if (value === undefined || value === null || value === '') return 'Заполните это поле.';
  if (/ожидается целое число/.test(issue.message)) return 'Введите целое число цифрами, например «12».';
  if (/ожидается число/.test(issue.message)) return 'Введите число цифрами, например «35 000», «1,5 млн» или «12,5».';
  if (/ожидается текст/.test(issue.message)) return 'Введите текст.';
  return 'Значение не подходит для этого поля: введите его заново.';
}

function tooSmall(issue: Issue): string {
  const m = issue.message;
  if (/список не должен быть пустым/.test(m)) return 'Добавьте хотя бы одну строку.';
  if (/список должен содержать/.test(m)) return `Добавьте строки: нужно не меньше ${firstNumber(m) ?? 'указанного числа'}.`;
  if (/поле не должно быть пустым/.test(m)) return 'Заполните это поле.';
  if (/текст должен быть не короче/.test(m))
    return `Текст слишком короткий: нужно не меньше ${firstNumber(m)} ${CHARS(Number(firstNumber(m)))}.`;
  const bound = /должно быть (не меньше|больше) (-?\d+(?:,\d+)?)/.exec(m);
  if (bound) {
    if (bound[1] === 'больше' && bound[2] === '0') return 'Нужно число больше нуля.';
    return `Нужно число ${bound[1]} ${bound[2]}.`;
  }
  return 'Значение слишком маленькое: увеличьте его.';
}

function tooBig(issue: Issue, { value }: Context): string {
  const m = issue.message;
  const text = /текст должен быть не длиннее (\d+)/.exec(m);
  if (text) {
    const max = Number(text[1]);
    const now = typeof value === 'string' ? ` (сейчас ${value.trim().length.toLocaleString('ru-RU')})` : '';
    return `Слишком длинный текст: не больше ${max.toLocaleString('ru-RU')} ${CHARS(max)}${now}. Сократите его.`;
  }
  if (/список должен содержать/.test(m)) return `Слишком много строк: не больше ${firstNumber(m)}. Удалите лишние.`;
  const bound = /должно быть (не больше|меньше) (-?\d+(?:,\d+)?)/.exec(m);
  if (bound) return `Слишком большое число: нужно ${bound[1]} ${(bound[2] ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}.`;
  return 'Значение слишком большое: уменьшите его.';
}

const CHOOSE_POSITION = 'Выберите должность из списка.';

/** Rewrites by the issue's code; null keeps the core's message (cleaned below). */
const BY_CODE: Readonly<Record<string, Rewrite>> = {
  invalid_type: invalidType,
  too_small: (issue) => tooSmall(issue),
  too_big: tooBig,
  invalid_value: () => 'Выберите значение из списка.',
  invalid_union: () => 'Выберите значение из списка.',
  invalid_format: () => 'Значение записано не так, как нужно: проверьте его.',
  not_multiple_of: () => 'Введите целое число.',
  invalid_key: () => 'Значение не подходит: введите его заново.',
  invalid_element: () => 'Значение не подходит: введите его заново.',
  custom: () => null,
  'unknown-field': () =>
    'В профиле есть данные, которых мастер не знает. Сохраните профиль в файл и покажите его тому, кто его составлял, или начните заново.',
  'revenue-share-total': (issue) =>
    `Доли плана выручки по должностям в сумме ${firstNumber(issue.message) ?? 'больше 100'} %, а больше 100 % быть не может: уменьшите доли.`,
  'revenue-share-leftover': () =>
    'Личный план выручки этой должности не из чего рассчитать: доли плана выручки других должностей уже составляют 100 %. Уменьшите их или укажите план вручную.',
  'kpi-duplicate': () => 'Такой показатель с тем же периодом уже есть у этой должности: удалите повтор или выберите другой период.',
  'custom-kpi-incomplete': (_issue, { field }) =>
    field === 'unit'
      ? 'Выберите единицу измерения показателя.'
      : field === 'name'
        ? 'Укажите название показателя.'
        : 'Укажите план показателя.',
  'catalog-kpi-override': () => 'У этого показателя единица измерения и направление берутся из справочника: оставьте поле пустым.',
  'kpi-plan-missing': () => 'Укажите план на одного сотрудника за период: для этого показателя он не рассчитывается из плана отдела.',
  'kpi-plan-underivable': (issue) =>
    /leadsPerMonth/.test(issue.message)
      ? 'План этого показателя рассчитывается из числа заявок в месяц, а там 0: укажите заявки на шаге «План и воронка» или план показателя вручную.'
      : /newClients/.test(issue.message)
        ? 'План этого показателя рассчитывается из плана новых клиентов, а там 0: укажите новых клиентов на шаге «План и воронка» или план показателя вручную.'
        : 'Личный план выручки этой должности не из чего рассчитать: доли плана выручки других должностей уже составляют 100 %. Уменьшите их или укажите план вручную.',
  'kpi-unit-implausible': (issue) =>
    /похоже на процент/.test(issue.message)
      ? 'План слишком мал для суммы денег: похоже, это процент. Для доли в процентах выберите показатель в процентах.'
      : 'План больше 100 % для показателя в процентах: похоже, это сумма. Для суммы выберите денежный показатель.',
  'scheme-needs-kpis': () => 'Для премии по KPI у должности нужны показатели: добавьте их на шаге «KPI» или выберите другую схему оплаты.',
  'scheme-needs-revenue-kpi': () =>
    'Процент от выручки считается от плана выручки, а у должности нет показателя «Выручка»: добавьте его на шаге «KPI» или выберите другую схему оплаты.',
  'position-unknown': () => CHOOSE_POSITION,
  'reports-to-unknown': () => 'Выберите руководителя из списка.',
  'channel-owner-unknown': () => CHOOSE_POSITION,
  'segment-owner-unknown': () => CHOOSE_POSITION,
  'handover-position-unknown': () => CHOOSE_POSITION,
  'policy-position-unknown': () => CHOOSE_POSITION,
  'activity-norm-position-unknown': () => CHOOSE_POSITION,
  'inn-format': (issue) => {
    const m = /^(.+?) для страны \S+ состоит из ([\d ]+(?:или [\d]+)?) цифр, указано (\d+)/.exec(issue.message);
    return m ? `${m[1]} состоит из ${m[2]} цифр, а введено ${m[3]}: проверьте номер.` : null;
  },
  'handover-segment-unknown': () => 'Выберите сегмент клиентов из списка.',
  'handover-months-missing': () => 'Укажите, через сколько месяцев клиент передаётся.',
  'position-id-duplicate': () => 'Две должности записаны под одним именем: удалите одну из них и добавьте заново.',
  'position-id-reserved': () => 'Должность записана под служебным именем: удалите её и добавьте заново.',
  'reporting-cycle': () => 'Подчинение замкнулось в круг: должность подчиняется своему же подчинённому. Выберите другого руководителя.',
  'kpi-entry-duplicate': () => 'У должности две карточки показателей: удалите лишнюю.',
  'motivation-entry-duplicate': () => 'У должности две схемы оплаты: удалите лишнюю.',
  'employees-over-headcount': (issue) =>
    `Сотрудников в списке больше, чем штатная численность (${firstNumber(issue.message.replace(/^[^:]*: \d+/, '')) ?? ''}): увеличьте численность или уберите лишние имена.`,
  'channel-duplicate': () => 'Этот канал продаж указан дважды: объедините доли в одной строке.',
  'group-scope-outside-team-lead': () =>
    'План группы бывает только у должности, которой подчиняются менеджеры: выберите в поле «Чей план» другой вариант.',
  'team-lead-without-group': () =>
    'Руководитель группы никем не руководит: укажите его в поле «Кому подчиняется» у менеджеров его группы или выберите другую роль.',
  'offering-defaulted': () =>
    'Не указано, что продаёт компания: тексты написаны для поставок товаров. Выберите вариант на шаге «Как вы продаёте».',
  'kpi-count-fractional': (issue) =>
    issue.message
      .replace(/: поставьте period: (\w+)/, (_m, period: string) => `: выберите период «${PERIOD_NAME[period] ?? period}»`)
      .replace('укажите целый план в поле plan', 'укажите целый план вручную'),
  'kpi-unit-migrated': () => null,
  'motivation-missing': (issue, { draft }) => {
    const id = /"([^"]+)"/.exec(issue.message)?.[1];
    return `У должности «${positionTitle(draft, id)}» нет схемы премии: сотрудники получат только оклад.`;
  },
  'revenue-share-unused': (issue, { draft }) => {
    const id = /"([^"]+)"/.exec(issue.message)?.[1];
    return `Доля плана выручки у должности «${positionTitle(draft, id)}» ни на что не влияет: у неё нет личного показателя «Выручка», рассчитанного из плана.`;
  },
};

const PERIOD_NAME: Readonly<Record<string, string>> = { month: 'месяц', quarter: 'квартал', year: 'год' };

function positionTitle(draft: Draft, id: string | undefined): string {
  if (id === 'director') return 'Руководитель компании';
  const position = draft.department?.positions?.find((p) => p?.id === id);
  return typeof position?.title === 'string' && position.title !== '' ? position.title : 'без названия';
}

/** `"manager"` → «Менеджер по продажам» wherever a message names a position by its id. */
function namePositions(text: string, draft: Draft): string {
  const ids = new Set((draft.department?.positions ?? []).map((p) => p?.id).filter((id): id is string => typeof id === 'string'));
  return text.replace(/"([a-z][a-z0-9-]*)"/g, (whole, id: string) =>
    ids.has(id) || id === 'director' ? `«${positionTitle(draft, id)}»` : whole,
  );
}

/** Text outside «…» (the owner's own words, which may be Latin) has a Latin letter: a field, a type or an id. */
export function hasLatinIdentifier(message: string): boolean {
  const outside = message.replace(/«[^»]*»/g, '');
  // KPI, CRM, B2B and the like are words of the form; a lower-case Latin letter is not.
  return /[a-z]/.test(outside);
}

const sentence = (text: string): string => {
  const trimmed = text.trim();
  const capital = trimmed.charAt(0).toLocaleUpperCase('ru-RU') + trimmed.slice(1);
  return /[.!?…]$/.test(capital) ? capital : `${capital}.`;
};

const FALLBACK = {
  error: 'Значение не подходит: проверьте это поле.',
  warning: 'Проверьте это значение: документы соберутся, но стоит посмотреть.',
} as const;

/** The message the wizard shows for an issue. */
export function ownerMessage(issue: Issue, draft: Draft): string {
  const path = parsePath(issue.path);
  const last = path[path.length - 1];
  const context: Context = { draft, field: typeof last === 'string' ? last : '', value: getAt(draft, path) };
  const rewritten = BY_CODE[issue.code]?.(issue, context) ?? null;
  const text = sentence(namePositions(rewritten ?? issue.message, draft).replace(/\s*\((salary-only|kpi: custom)\)/g, ''));
  return hasLatinIdentifier(text) ? FALLBACK[issue.severity] : text;
}
