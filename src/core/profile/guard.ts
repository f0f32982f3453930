/**
 * The shape limits every parsed input passes before its schema sees it: no list or map longer
 * than LIMITS.listItems, no text longer than LIMITS.comment, no nesting deeper than
 * LIMITS.depth, no more than MAX_NODES values in all. The schema then checks each field's own
 * limit with its own words. Running first keeps the schema's work small (zod collects issues
 * with `push(...spread)`, which overflows the stack for a list of 150 000 wrong items) and the
 * walk is iterative, so no input can exhaust the stack here either.
 */
import { issue, type Issue } from './issues.ts';
import { grouped, LIMITS } from '../input/limits.ts';
import { pluralForm } from '../text/plural.ts';

export const GUARD_CODES = {
  listTooLong: 'list-too-long',
  textTooLong: 'text-too-long',
  tooDeep: 'too-deep',
  tooLarge: 'input-too-large',
} as const;

/** Values in one input: a full profile holds about 2 000. */
const MAX_NODES = 50_000;
/** Issues the guard reports before it stops looking: the first ones say what is wrong. */
const MAX_ISSUES = 100;

const ITEMS = { one: 'элемент', few: 'элемента', many: 'элементов' };
const KEYS = { one: 'поле', few: 'поля', many: 'полей' };
const CHARS = { one: 'символ', few: 'символа', many: 'символов' };

interface Frame {
  value: unknown;
  path: ReadonlyArray<string | number>;
}

/** Every shape limit the value breaks (at most MAX_ISSUES); empty when it keeps them all. */
export function shapeIssues(root: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: Frame[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0 && issues.length < MAX_ISSUES) {
    const { value, path } = stack.pop() as Frame;
    nodes++;
    if (nodes > MAX_NODES) {
      issues.push(
        issue('error', GUARD_CODES.tooLarge, '', `в файле больше ${grouped(MAX_NODES)} значений: это не профиль, а что-то другое`),
      );
      break;
    }
    if (typeof value === 'string') {
      if (value.length > LIMITS.comment) {
        issues.push(
          issue(
            'error',
            GUARD_CODES.textTooLong,
            path,
            `текст длиной ${grouped(value.length)} ${pluralForm(value.length, CHARS)}, допускается не больше ${grouped(LIMITS.comment)}`,
          ),
        );
      }
      continue;
    }
    if (typeof value !== 'object' || value === null || value instanceof Date) continue;
    const depth = path.length;
    if (depth >= LIMITS.depth) {
      issues.push(
        issue('error', GUARD_CODES.tooDeep, path, `слишком глубокая вложенность: больше ${LIMITS.depth} уровней списков и наборов полей`),
      );
      continue;
    }
    // A list's items and a map's fields are walked alike: a map is its [key, value] entries.
    const list = Array.isArray(value);
    const keys = list ? null : Object.keys(value);
    const size = keys ? keys.length : (value as unknown[]).length;
    if (size > LIMITS.listItems) {
      const [where, nouns] = list ? ['списке', ITEMS] : ['наборе', KEYS];
      const count = `${grouped(size)} ${pluralForm(size, nouns)}`;
      issues.push(issue('error', GUARD_CODES.listTooLong, path, `в ${where} ${count}, допускается не больше ${grouped(LIMITS.listItems)}`));
      continue;
    }
    for (let i = size - 1; i >= 0; i--) {
      const key = keys ? (keys[i] as string) : i;
      const child = (value as Record<string | number, unknown>)[key];
      if (typeof key === 'string' && key.length > LIMITS.name) {
        issues.push(
          issue(
            'error',
            GUARD_CODES.textTooLong,
            path,
            `имя поля длиной ${grouped(key.length)} ${pluralForm(key.length, CHARS)}: такого поля нет`,
          ),
        );
        continue;
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return issues;
}
