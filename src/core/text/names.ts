/** Personal names and quotation as Russian documents print them. */
import { NBSP } from './format.ts';

/**
 * "Петров Андрей Викторович" → "А.В. Петров" (the signature form: initials before the
 * surname, joined by a no-break space so a line never separates them). A single word is
 * returned as it is; a name already in initials form is kept.
 */
export function initialsAndSurname(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  if (parts.length < 2) return parts[0] ?? '';
  const [surname, ...given] = parts as [string, ...string[]];
  if (given.every((g) => /^[\p{Lu}]\.?$/u.test(g) || /^([\p{Lu}]\.)+$/u.test(g))) {
    const initials = given.map((g) => (g.endsWith('.') ? g : `${g}.`)).join('');
    return `${initials}${NBSP}${surname}`;
  }
  const initials = given.map((g) => `${[...g][0]?.toLocaleUpperCase('ru-RU') ?? ''}.`).join('');
  return `${initials}${NBSP}${surname}`;
}

/** Wrap in «ёлочки»; quotes inside become „лапки“ so nesting stays readable. */
export function quote(text: string): string {
  return `«${text.replace(/«/g, '„').replace(/»/g, '“')}»`;
}

/** Upper-case the first letter only. */
export function capitalize(text: string): string {
  const first = firstChar(text);
  return first === '' ? '' : first.toLocaleUpperCase('ru-RU') + text.slice(first.length);
}

/** The first character, a whole code point (an astral one is two UTF-16 units). */
function firstChar(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * Lower-case the first letter unless the first word is an abbreviation («РОП», «CRM») or a
 * proper name in Latin script, which keep their case inside a sentence.
 */
export function lowerFirst(text: string): string {
  const firstWord = /^[^\s-]*/.exec(text)?.[0] ?? '';
  if (firstWord.length > 1 && firstWord === firstWord.toLocaleUpperCase('ru-RU')) return text;
  if (/^[A-Za-z]/.test(firstWord)) return text;
  const first = firstChar(text);
  return first === '' ? '' : first.toLocaleLowerCase('ru-RU') + text.slice(first.length);
}

/** "a", "a и b", "a, b и c". */
export function joinAnd(items: readonly string[], conjunction = 'и'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
