/**
 * Russian messages for every kind of zod issue. Passed to `safeParse` as the error map, so the
 * schema itself stays free of wording and rules that write their own message keep it.
 */
import * as z from 'zod';
import { pluralForm, type PluralForms } from '../text/plural.ts';
import { closest, describeValue, listValues, num } from './say.ts';

const EXPECTED: Record<string, string> = {
  string: 'текст',
  number: 'число',
  int: 'целое число',
  boolean: 'true или false',
  array: 'список',
  tuple: 'список',
  object: 'набор полей (объект)',
  record: 'набор полей (объект)',
  date: 'дата',
  null: 'null',
};

const ELEMENTS: PluralForms = { one: 'элемент', few: 'элемента', many: 'элементов' };

// After «не меньше / не больше / не длиннее N» the count is in the genitive: «не меньше трёх
// элементов», «не больше одного элемента»; only «ровно N» counts like a plain number.
const ELEMENTS_GEN = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'элемента' : 'элементов');
const CHARS_GEN = (n: number) => (n % 10 === 1 && n % 100 !== 11 ? 'символа' : 'символов');

type RawIssue = z.core.$ZodRawIssue;

/** The zod error map producing the profile's Russian messages. */
export const profileErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'обязательное поле не заполнено';
      return `ожидается ${EXPECTED[issue.expected] ?? issue.expected}, получено: ${describeValue(issue.input)}${numberHint(issue.expected, issue.input)}`;
    case 'too_small':
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive === true, issue.exact === true, issue.input);
    case 'too_big':
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive === true, issue.exact === true, issue.input);
    case 'invalid_value':
      if (issue.values.length === 1) return `должно быть ${listValues(issue.values)}, указано: ${describeValue(issue.input)}`;
      return invalidChoice(issue.input, issue.values);
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, knownKeys(issue));
    case 'invalid_union':
      if (typeof issue.discriminator === 'string' && Array.isArray(issue.options)) {
        const options: unknown[] = issue.options;
        const input: unknown = issue.input;
        const value = isRecord(input) ? input[issue.discriminator] : input;
        if (value === undefined) return `обязательное поле не заполнено; допустимы: ${listValues(options)}`;
        return invalidChoice(value, options);
      }
      return `значение не подходит ни под один допустимый вариант, указано: ${describeValue(issue.input)}`;
    case 'invalid_format':
      return `неверный формат, указано: ${describeValue(issue.input)}`;
    case 'not_multiple_of':
      return `должно быть кратно ${num(issue.divisor)}, указано: ${describeValue(issue.input)}`;
    case 'invalid_key':
      return 'недопустимое имя поля';
    case 'invalid_element':
      return 'недопустимый элемент';
    case 'custom':
      return 'недопустимое значение';
    default:
      return undefined;
  }
};

// «240 000 000» and «28,5» are how people write numbers, and YAML reads both as text.
function numberHint(expected: string, input: unknown): string {
  if ((expected !== 'number' && expected !== 'int') || typeof input !== 'string') return '';
  if (!/^-?[\d\s\u00a0]+([.,]\d+)?$/.test(input.trim())) return '';
  const fixed = input.replace(/[\s\u00a0]/g, '').replace(',', '.');
  return ` (число пишется без пробелов и кавычек, дробная часть — через точку: ${fixed})`;
}

function tooSmall(origin: string, min: number, inclusive: boolean, exact: boolean, input: unknown): string {
  if (origin === 'array' || origin === 'set') {
    if (exact) return `список должен содержать ровно ${min} ${pluralForm(min, ELEMENTS)}`;
    if (min <= 1) return 'список не должен быть пустым';
    return `список должен содержать не меньше ${min} ${ELEMENTS_GEN(min)}`;
  }
  if (origin === 'string') {
    if (min <= 1) return 'поле не должно быть пустым';
    return `текст должен быть не короче ${min} ${CHARS_GEN(min)}`;
  }
  const bound = inclusive ? `не меньше ${num(min)}` : `больше ${num(min)}`;
  return `должно быть ${bound}, указано: ${describeValue(input)}`;
}

function tooBig(origin: string, max: number, inclusive: boolean, exact: boolean, input: unknown): string {
  if (origin === 'array' || origin === 'set') {
    if (exact) return `список должен содержать ровно ${max} ${pluralForm(max, ELEMENTS)}`;
    return `список должен содержать не больше ${max} ${ELEMENTS_GEN(max)}`;
  }
  if (origin === 'string') return `текст должен быть не длиннее ${max} ${CHARS_GEN(max)}`;
  const bound = inclusive ? `не больше ${num(max)}` : `меньше ${num(max)}`;
  return `должно быть ${bound}, указано: ${describeValue(input)}`;
}

function invalidChoice(input: unknown, allowed: ReadonlyArray<unknown>): string {
  const shown = typeof input === 'string' ? `"${input}"` : typeof input === 'number' ? num(input) : describeValue(input);
  const hint = typeof input === 'string' ? closest(input, allowed.map(String)) : null;
  const guess = hint === null ? '' : ` (возможно, имелось в виду "${hint}")`;
  return `недопустимое значение ${shown}${guess}; допустимы: ${listValues(allowed)}`;
}

function unknownKeys(keys: ReadonlyArray<string>, known: ReadonlyArray<string>): string {
  const parts = keys.map((key) => {
    const hint = closest(key, known);
    return hint === null ? `"${key}"` : `"${key}" (возможно, опечатка в "${hint}")`;
  });
  const noun = keys.length === 1 ? 'неизвестное поле' : 'неизвестные поля';
  const anyHint = keys.some((key) => closest(key, known) !== null);
  const tail = anyHint || known.length === 0 ? '' : `; допустимые поля: ${known.join(', ')}`;
  return `${noun} ${parts.join(', ')}${anyHint ? '' : ' (возможно, опечатка)'}${tail}`;
}

// The object schema that found the keys knows which keys it accepts; zod passes it as `inst`.
function knownKeys(issue: RawIssue): string[] {
  return issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
