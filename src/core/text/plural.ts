/** Russian plural forms by number: 1 менеджер, 2 менеджера, 5 менеджеров, 1,5 месяца. */

const rules = new Intl.PluralRules('ru-RU');

/** The three word forms a Russian noun needs after a number. */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  /** Fractions («1,5 …»); defaults to `few`, which is right for the nominative. */
  other?: string;
}

/** The form of a noun that agrees with `n`. Fractions take the genitive singular («1,5 месяца»). */
export function pluralForm(n: number, forms: PluralForms): string {
  const category = rules.select(n);
  if (category === 'one') return forms.one;
  if (category === 'other') return forms.other ?? forms.few;
  if (category === 'few') return forms.few;
  return forms.many;
}

/** Frequently needed nouns, so templates and code share one spelling. */
export const NOUNS = {
  employee: { one: 'сотрудник', few: 'сотрудника', many: 'сотрудников' },
  position: { one: 'должность', few: 'должности', many: 'должностей' },
  unit: { one: 'штатная единица', few: 'штатные единицы', many: 'штатных единиц' },
  minute: { one: 'минута', few: 'минуты', many: 'минут' },
  minuteAcc: { one: 'минуту', few: 'минуты', many: 'минут' },
  day: { one: 'день', few: 'дня', many: 'дней' },
  hour: { one: 'час', few: 'часа', many: 'часов' },
  piece: { one: 'штука', few: 'штуки', many: 'штук' },
  workingDay: { one: 'рабочий день', few: 'рабочих дня', many: 'рабочих дней' },
  week: { one: 'неделя', few: 'недели', many: 'недель' },
  month: { one: 'месяц', few: 'месяца', many: 'месяцев' },
  client: { one: 'клиент', few: 'клиента', many: 'клиентов' },
  meeting: { one: 'встреча', few: 'встречи', many: 'встреч' },
  lead: { one: 'лид', few: 'лида', many: 'лидов' },
  deal: { one: 'сделка', few: 'сделки', many: 'сделок' },
  manager: { one: 'менеджер', few: 'менеджера', many: 'менеджеров' },
} as const satisfies Record<string, PluralForms>;

/** Counts after «в течение», «не позднее», «более», «не ниже»: the genitive («21 минуты», «15 минут», «1,5 минуты»). */
export const GENITIVE_NOUNS = {
  minute: { one: 'минуты', few: 'минут', many: 'минут', other: 'минуты' },
  day: { one: 'дня', few: 'дней', many: 'дней', other: 'дня' },
  hour: { one: 'часа', few: 'часов', many: 'часов', other: 'часа' },
  piece: { one: 'штуки', few: 'штук', many: 'штук', other: 'штуки' },
  client: { one: 'клиента', few: 'клиентов', many: 'клиентов', other: 'клиента' },
  meeting: { one: 'встречи', few: 'встреч', many: 'встреч', other: 'встречи' },
  lead: { one: 'лида', few: 'лидов', many: 'лидов', other: 'лида' },
  workingDay: { one: 'рабочего дня', few: 'рабочих дней', many: 'рабочих дней', other: 'рабочего дня' },
} as const satisfies Record<string, PluralForms>;

// A formatter costs far more to make than to use, and packs count nouns thousands of times.
const countFormats = new Map<number, Intl.NumberFormat>();
function countFormat(decimals: number): Intl.NumberFormat {
  let format = countFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: decimals });
    countFormats.set(decimals, format);
  }
  return format;
}

/** «8 штатных единиц», «2,5 клиента»: the number and its noun, joined by a no-break space. */
export function countNoun(n: number, forms: PluralForms, decimals = 1): string {
  const shown = countFormat(decimals)
    .format(n)
    .replace(/[\u202f ]/g, '\u00a0');
  return `${shown}\u00a0${pluralForm(n, forms)}`;
}
