/**
 * The Handlebars environment templates run in: strict (a missing variable fails the document
 * with its name and line), no HTML escaping (the output is Markdown, and user strings are
 * already protected as literal tokens), and a few helpers for conditions and grammar. There
 * is no arithmetic helper on purpose: numbers come from tested code in the view.
 */
import { HandlebarsRuntime, type HandlebarsEnvironment } from './runtime.ts';
import { pluralForm } from '../text/plural.ts';
import { joinAnd } from '../text/names.ts';
import type { LiteralTable } from './literal.ts';

export type HelperContext = { literals: LiteralTable | null };

/** Mutable slot for the literal table of the render under way (rendering is synchronous). */
export const helperContext: HelperContext = { literals: null };

function plain(value: unknown): unknown {
  if (typeof value === 'string' && helperContext.literals) return helperContext.literals.resolve(value);
  return value;
}

function args(list: unknown[]): unknown[] {
  // Handlebars passes its options object last.
  return list.slice(0, -1).map(plain);
}

function literal(text: string): string {
  return helperContext.literals ? helperContext.literals.token(text) : text;
}

function createEnvironment(): HandlebarsEnvironment {
  const hb = HandlebarsRuntime.create();
  hb.registerHelper('eq', (...a: unknown[]) => {
    const [x, y] = args(a);
    return x === y;
  });
  hb.registerHelper('ne', (...a: unknown[]) => {
    const [x, y] = args(a);
    return x !== y;
  });
  hb.registerHelper('gt', (...a: unknown[]) => {
    const [x, y] = args(a);
    return Number(x) > Number(y);
  });
  hb.registerHelper('and', (...a: unknown[]) => args(a).every(Boolean));
  hb.registerHelper('or', (...a: unknown[]) => args(a).some(Boolean));
  hb.registerHelper('not', (...a: unknown[]) => !args(a)[0]);
  /** {{plural n "менеджер" "менеджера" "менеджеров"}} → the form that agrees with n. */
  hb.registerHelper('plural', (...a: unknown[]) => {
    const [n, one, few, many] = args(a);
    return pluralForm(Number(n), { one: String(one), few: String(few), many: String(many) });
  });
  /** {{join list}} → "a, b и c"; {{join list "или"}} → "a, b или c". */
  hb.registerHelper('join', (...a: unknown[]) => {
    const [list, conjunction] = args(a);
    if (!Array.isArray(list)) return '';
    const items = list.map((item) => String(plain(item)));
    return literal(joinAnd(items, typeof conjunction === 'string' ? conjunction : 'и'));
  });
  /** {{inc @index}} → 1-based counter for tables. */
  hb.registerHelper('inc', (...a: unknown[]) => Number(args(a)[0]) + 1);
  /** {{lower x}} / {{upper x}} keep the result literal. */
  hb.registerHelper('upper', (...a: unknown[]) => literal(String(args(a)[0] ?? '').toLocaleUpperCase('ru-RU')));
  return hb;
}

export const handlebars = createEnvironment();
