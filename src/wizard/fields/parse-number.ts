/**
 * Numbers as owners type them: «35 000», «35 000 руб.», «1,5 млн», «120 млн ₽», «1.5 тыс», «15 %».
 * A currency word or sign and a percent sign are dropped (the field's unit already says what the
 * number is); «тыс», «млн», «млрд» multiply. Anything else stays text, and the wizard says that a
 * number is expected.
 */

const MULTIPLIERS: ReadonlyArray<[RegExp, number]> = [
  [/^(тыс|тысяч[аи]?|тыщ|т|k|к)$/, 1e3],
  [/^(млн|миллион(а|ов)?|мл|m|м)$/, 1e6],
  [/^(млрд|миллиард(а|ов)?)$/, 1e9],
];

/** Units that say nothing the field does not: currencies, percent, and the count words of the form. */
const NOISE =
  /(₽|₸|₴|\$|€|%|(?<!\p{L})(руб(л(ь|я|ей))?|р|тенге|тг|грн|гривен|br|долл(ар(ов|а)?)?|usd|eur|евро|rub|kzt|byn|uah|шт|чел|дн(ей|я)?|мес)(?!\p{L})\.?)/gu;

/** «1,5 млн» → 1 500 000; a number typed plainly is returned as it is; null when it is not a number. */
export function readAmount(text: string): number | null {
  let rest = text
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
  if (rest === '') return null;
  rest = rest.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
  // The number: digits in groups of three split by spaces, a decimal comma or point.
  const match = /^(-|−)?\s*(\d{1,3}(?: \d{3})+|\d+)(?:[.,](\d+))?\s*(.*)$/u.exec(rest);
  if (!match) return null;
  const [, minus, whole = '', fraction, tail = ''] = match;
  const word = tail.replace(/\.$/, '').trim();
  let factor = 1;
  if (word !== '') {
    const found = MULTIPLIERS.find(([pattern]) => pattern.test(word));
    if (!found) return null;
    factor = found[1];
  }
  const digits = `${whole.replace(/ /g, '')}${fraction === undefined ? '' : `.${fraction}`}`;
  // toPrecision drops the binary noise of 1.1 × 1000 = 1100.0000000000002.
  const value = Number((Number(digits) * factor).toPrecision(15));
  if (!Number.isFinite(value)) return null;
  return minus ? -value : value;
}

/** What an input's text becomes in the draft: a number, '' for an empty input, or the text itself. */
export function parseNumber(text: string): number | string {
  if (text.trim() === '') return '';
  return readAmount(text) ?? text;
}

/** «1 500 000»: digits grouped with a plain space (an input shows it), up to six decimals. */
export function groupedNumber(value: number, grouping = true): string {
  return new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 6, useGrouping: grouping }).format(value).replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * «= 1 500 000 ₽» under an input whose text is not the plain number it means (a multiplier, a
 * currency word, a decimal point): the owner sees what was understood. Null when there is nothing
 * to add (the text is the number as the field shows it) or the text is not a number.
 */
export function understood(text: string, unit: string | undefined, grouping = true): string | null {
  const value = readAmount(text);
  if (value === null) return null;
  const shown = groupedNumber(value, grouping);
  const compact = (s: string) => s.replace(/[\s\u00a0\u202f]/g, '');
  if (compact(text) === compact(shown)) return null;
  return `= ${shown}${unit ? ` ${unit}` : ''}`;
}
