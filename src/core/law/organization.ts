/** Names of the organisation as documents print them, from the legal form and short name. */
import { initialsAndSurname, quote } from '../text/names.ts';
import { NBSP } from '../text/format.ts';
import { table } from '../input/lookup.ts';

/** Full names of the legal forms we know; anything else is printed as the user wrote it. */
const LEGAL_FORMS = table<string>({
  ООО: 'Общество с ограниченной ответственностью',
  АО: 'Акционерное общество',
  ПАО: 'Публичное акционерное общество',
  НАО: 'Непубличное акционерное общество',
  ЗАО: 'Закрытое акционерное общество',
  ОАО: 'Открытое акционерное общество',
  ТОО: 'Товарищество с ограниченной ответственностью',
  ТОВ: 'Общество с ограниченной ответственностью',
  ОДО: 'Общество с дополнительной ответственностью',
  ЧУП: 'Частное унитарное предприятие',
  ЧП: 'Частное предприятие',
});

/** The same names in the genitive («положение … Общества с ограниченной ответственностью …»). */
const LEGAL_FORMS_GENITIVE = table<string>({
  ООО: 'Общества с ограниченной ответственностью',
  АО: 'Акционерного общества',
  ПАО: 'Публичного акционерного общества',
  НАО: 'Непубличного акционерного общества',
  ЗАО: 'Закрытого акционерного общества',
  ОАО: 'Открытого акционерного общества',
  ТОО: 'Товарищества с ограниченной ответственностью',
  ТОВ: 'Общества с ограниченной ответственностью',
  ОДО: 'Общества с дополнительной ответственностью',
  ЧУП: 'Частного унитарного предприятия',
  ЧП: 'Частного предприятия',
});

/** Legal forms of individual entrepreneurs: no quotes, no charter (устав). */
const ENTREPRENEUR_FORMS = new Set(['ИП', 'ФЛП', 'ФОП']);

export function isEntrepreneur(legalForm: string): boolean {
  return ENTREPRENEUR_FORMS.has(legalForm.trim().toUpperCase());
}

/** «ООО «ТехноСнаб»», or «ИП Карпов» for an entrepreneur; a name that already has its form is kept. */
export function shortOrganizationName(legalForm: string, name: string): string {
  const form = legalForm.trim();
  if (name.toLocaleUpperCase('ru-RU').startsWith(`${form.toLocaleUpperCase('ru-RU')} `)) return name;
  if (isEntrepreneur(legalForm)) return `${form} ${name}`;
  return `${legalForm} ${quote(name)}`;
}

/** «Общество с ограниченной ответственностью «ТехноСнаб»»; the profile's fullName wins. */
export function fullOrganizationName(legalForm: string, name: string, directorFullName: string, given: string | null): string {
  if (given) return given;
  if (isEntrepreneur(legalForm)) return `Индивидуальный предприниматель ${directorFullName}`;
  const full = LEGAL_FORMS[legalForm.trim().toUpperCase()];
  return full ? `${full} ${quote(name)}` : `${legalForm} ${quote(name)}`;
}

/**
 * The organisation's full name in the genitive. Known legal forms are inflected from the table;
 * a full name the user wrote that starts with a known form is inflected the same way; anything
 * else is introduced by «организации», which needs no inflection of the name itself.
 */
export function fullOrganizationNameGenitive(
  legalForm: string,
  name: string,
  directorFullName: string,
  given: string | null,
  gender: 'male' | 'female' | null,
): string {
  const form = legalForm.trim().toUpperCase();
  if (isEntrepreneur(legalForm)) return `индивидуального предпринимателя ${surnameGenitiveWithInitials(directorFullName, gender)}`;
  const full = LEGAL_FORMS[form];
  const genitive = LEGAL_FORMS_GENITIVE[form];
  if (full && genitive) {
    const nominative = given ?? `${full} ${quote(name)}`;
    if (nominative.startsWith(full)) return genitive + nominative.slice(full.length);
  }
  return `организации ${given ?? fullOrganizationName(legalForm, name, directorFullName, null)}`;
}

/**
 * «Карпов Игорь Сергеевич» → «Карпова И.С.»: the surname in the genitive by the common
 * Russian patterns (-ов/-ев/-ин and consonant endings for men, -ова/-ева/-ина/-ая for women),
 * unchanged where it does not decline (-ко, -их, -ых, foreign vowel endings).
 */
export function surnameGenitiveWithInitials(fullName: string, gender: 'male' | 'female' | null): string {
  const short = initialsAndSurname(fullName);
  const [initials, surname] = short.includes(NBSP) ? (short.split(NBSP) as [string, string]) : ['', short];
  const lower = surname.toLocaleLowerCase('ru-RU');
  let genitive = surname;
  const female = gender === 'female' || (gender === null && /(ова|ева|ёва|ина|ына|ая)$/.test(lower));
  if (female) {
    if (/(ова|ева|ёва|ина|ына)$/.test(lower)) genitive = `${surname.slice(0, -1)}ой`;
    else if (lower.endsWith('ая')) genitive = `${surname.slice(0, -2)}ой`;
  } else if (/(ий|ый|ой)$/.test(lower)) {
    genitive = `${surname.slice(0, -2)}${lower.endsWith('ий') && /[кгхжшчщ]ий$/.test(lower) === false ? 'его' : 'ого'}`;
  } else if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower) && !/(их|ых)$/.test(lower)) {
    genitive = `${surname}а`;
  }
  return initials ? `${genitive}${NBSP}${initials}` : genitive;
}
