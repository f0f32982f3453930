import { describe, expect, test } from 'vitest';
import {
  BLANK_DATE,
  addDays,
  formatDateQuoted,
  formatMoney,
  formatNumber,
  formatPercent,
  roundHalfAway,
} from '../../src/core/text/format.ts';
import { NOUNS, pluralForm } from '../../src/core/text/plural.ts';
import { initialsAndSurname, joinAnd, lowerFirst, quote } from '../../src/core/text/names.ts';
import { inflectTitle, titleCases } from '../../src/core/text/inflect.ts';

const NB = '\u00a0';

describe('numbers and money', () => {
  test('groups thousands with no-break spaces and puts the sign after', () => {
    expect(formatMoney(1234567, 'RUB')).toBe(`1${NB}234${NB}567${NB}₽`);
    expect(formatMoney(58333.5, 'KZT')).toBe(`58${NB}334${NB}₸`);
    expect(formatMoney(12000, 'UAH')).toBe(`12${NB}000${NB}₴`);
    expect(formatMoney(500, 'BYN')).toBe(`500${NB}Br`);
  });
  test('rounds half away from zero', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(58333.333)).toBe(58333);
  });
  test('percent with a decimal comma and a no-break space', () => {
    expect(formatPercent(87.5)).toBe(`87,5${NB}%`);
    expect(formatPercent(14.107)).toBe(`14,1${NB}%`);
    expect(formatNumber(2.5, 1)).toBe('2,5');
  });
});

describe('dates', () => {
  test('approval date in the quoted form, blank line without a date', () => {
    expect(formatDateQuoted('2027-01-15')).toBe(`«15»${NB}января${NB}2027${NB}г.`);
    expect(BLANK_DATE).toContain('«____»');
    expect(addDays('2027-01-15', 21)).toBe('2027-02-05');
  });
});

describe('plurals', () => {
  test.each([
    [1, 'менеджер'],
    [2, 'менеджера'],
    [4, 'менеджера'],
    [5, 'менеджеров'],
    [11, 'менеджеров'],
    [21, 'менеджер'],
    [22, 'менеджера'],
    [1.5, 'менеджера'],
  ])('%d %s', (n, form) => {
    expect(pluralForm(n, NOUNS.manager)).toBe(form);
  });
});

describe('names', () => {
  test('initials before the surname, joined by a no-break space', () => {
    expect(initialsAndSurname('Петров Андрей Викторович')).toBe(`А.В.${NB}Петров`);
    expect(initialsAndSurname('Ёлкин Дмитрий')).toBe(`Д.${NB}Ёлкин`);
    expect(initialsAndSurname('Петров А. В.')).toBe(`А.В.${NB}Петров`);
  });
  test('quotes nest', () => {
    expect(quote('ТехноСнаб')).toBe('«ТехноСнаб»');
    expect(quote('Завод «Прогресс»')).toBe('«Завод „Прогресс“»');
  });
  test('lowerFirst keeps abbreviations', () => {
    expect(lowerFirst('Руководитель отдела продаж')).toBe('руководитель отдела продаж');
    expect(lowerFirst('РОП')).toBe('РОП');
    expect(lowerFirst('CRM-менеджер')).toBe('CRM-менеджер');
  });
  test('joinAnd', () => {
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b и c');
  });
});

describe('title inflection by rule', () => {
  test.each([
    ['Руководитель отдела продаж', 'gen', 'Руководителя отдела продаж'],
    ['Руководитель отдела продаж', 'dat', 'Руководителю отдела продаж'],
    ['Руководитель отдела продаж', 'ins', 'Руководителем отдела продаж'],
    ['Менеджер по продажам', 'gen', 'Менеджера по продажам'],
    ['Коммерческий директор', 'dat', 'Коммерческому директору'],
    ['Генеральный директор', 'gen', 'Генерального директора'],
    ['Ведущий менеджер по работе с ключевыми клиентами', 'ins', 'Ведущим менеджером по работе с ключевыми клиентами'],
    ['Старший продавец-консультант', 'gen', 'Старшего продавца-консультанта'],
    ['Аккаунт-менеджер', 'dat', 'Аккаунт-менеджеру'],
    ['Отдел продаж', 'pre', 'Отделе продаж'],
    ['Коммерческий отдел', 'pre', 'Коммерческом отделе'],
  ] as const)('%s → %s', (title, c, expected) => {
    expect(inflectTitle(title, c)).toBe(expected);
  });
  test('given forms win over the rules', () => {
    expect(titleCases('Директор', { gen: 'Директрисы' }).gen).toBe('Директрисы');
  });
});

import { fullOrganizationNameGenitive, shortOrganizationName, surnameGenitiveWithInitials } from '../../src/core/law/organization.ts';

describe('organisation names', () => {
  test('short names', () => {
    expect(shortOrganizationName('ООО', 'ТехноСнаб')).toBe('ООО «ТехноСнаб»');
    expect(shortOrganizationName('ИП', 'Карпов')).toBe('ИП Карпов');
    expect(shortOrganizationName('ИП', 'ИП Карпов')).toBe('ИП Карпов');
  });
  test('full names in the genitive', () => {
    expect(fullOrganizationNameGenitive('ООО', 'ТехноСнаб', 'x', null, null)).toBe('Общества с ограниченной ответственностью «ТехноСнаб»');
    expect(fullOrganizationNameGenitive('ТОО', 'Дала', 'x', null, null)).toBe('Товарищества с ограниченной ответственностью «Дала»');
    expect(fullOrganizationNameGenitive('GmbH', 'Nord', 'x', null, null)).toBe('организации GmbH «Nord»');
    expect(fullOrganizationNameGenitive('ИП', 'ИП Карпов', 'Карпов Игорь Сергеевич', null, 'male')).toBe(
      `индивидуального предпринимателя Карпова${NB}И.С.`,
    );
  });
  test.each([
    ['Карпов Игорь Сергеевич', 'male', 'Карпова'],
    ['Иванова Анна Петровна', 'female', 'Ивановой'],
    ['Шевченко Олег', 'male', 'Шевченко'],
    ['Черных Олег', 'male', 'Черных'],
    ['Троцкий Лев', 'male', 'Троцкого'],
    ['Шмидт Анна', 'female', 'Шмидт'],
  ] as const)('%s → %s', (name, gender, surname) => {
    expect(surnameGenitiveWithInitials(name, gender).split(NB)[0]).toBe(surname);
  });
});

import { GENITIVE_NOUNS, countNoun } from '../../src/core/text/plural.ts';

describe('counts after a preposition take the genitive', () => {
  test.each([
    [1, 'минуты'],
    [15, 'минут'],
    [21, 'минуты'],
    [22, 'минут'],
    [1.5, 'минуты'],
  ] as const)('в течение %d %s', (n, form) => {
    expect(countNoun(n, GENITIVE_NOUNS.minute).split('\u00a0')[1]).toBe(form);
  });
});
