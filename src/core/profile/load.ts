/**
 * Profile text (YAML, or JSON, which is YAML too) to a raw object, with errors a person can act
 * on: where the syntax breaks, and what the file should have been. Never throws for bad input.
 */
import { isCollection, isNode, isPair, LineCounter, parseDocument, visit, type YAMLError } from 'yaml';
import { DECODE_CODES, sizeProblem } from '../input/decode.ts';
import { CODES } from './codes.ts';
import { issue, type Issue } from './issues.ts';
import { validateProfile, type ValidateOptions, type ValidationResult } from './validate.ts';

export type ParseResult = { ok: true; data: Record<string, unknown> } | { ok: false; errors: Issue[] };

const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'неверный отступ',
  TAB_AS_INDENT: 'для отступов использована табуляция, нужны пробелы',
  DUPLICATE_KEY: 'поле указано дважды',
  MISSING_CHAR: 'не хватает закрывающей кавычки или скобки',
  BLOCK_AS_IMPLICIT_KEY: 'неверный отступ или пропущено двоеточие после имени поля',
  MULTILINE_IMPLICIT_KEY: 'неверный отступ или пропущено двоеточие после имени поля',
  UNEXPECTED_TOKEN: 'неожиданный символ',
  BAD_SCALAR_START: 'значение не может начинаться с этого символа: заключите его в кавычки',
  MULTIPLE_DOCS: 'в файле несколько документов (разделитель ---), а профиль должен быть один',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в тексте в двойных кавычках',
  BAD_ALIAS: 'ссылка (*имя) на несуществующий якорь',
  KEY_OVER_1024_CHARS: 'слишком длинное имя поля',
  BAD_DIRECTIVE: 'неизвестная директива (строка, начинающаяся с %)',
  BAD_SEQ_ITEM: 'элемент списка с «-» не на своём месте',
  BAD_PROP_ORDER: 'метка или якорь не на своём месте',
  BLOCK_IN_FLOW: 'многострочное значение внутри [ ] или { }',
  DUPLICATE_KEY_IN_FLOW: 'поле указано дважды',
  FLOW_IN_BLOCK: 'неверная запись списка или набора полей',
  IMPOSSIBLE: 'нарушена разметка',
  MISSING_ANCHOR: 'ссылка (*имя) на несуществующий якорь',
  NON_STRING_KEY: 'имя поля должно быть текстом, а не списком или набором полей',
  TAB_AS_INDENT_IN_FLOW: 'табуляция внутри [ ] или { }',
  TAG_RESOLVE_FAILED: 'метки типов (!!js/function, !тег) не допускаются: уберите метку и оставьте только значение',
  UNEXPECTED_END: 'файл обрывается: не хватает закрывающей скобки или кавычки',
};

/** Nesting deep enough to exhaust the YAML library's recursion: the message must not be the engine's. */
const TOO_DEEP = 'слишком глубокая вложенность списков и наборов полей';
/** Issues of one kind shown for a broken file: the first ones say where to look. */
const MAX_SYNTAX_ISSUES = 20;

const JSON_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/^Unexpected end of JSON input/, 'файл обрывается: не хватает закрывающей скобки или кавычки'],
  [/^Expected double-quoted property name/, 'имя поля должно быть в двойных кавычках (или перед } стоит лишняя запятая)'],
  [/^Expected ',' or '}'/, 'пропущена запятая или закрывающая }'],
  [/^Expected ',' or ']'/, 'пропущена запятая или закрывающая ]'],
  [/^Bad control character/, 'в тексте в кавычках недопустимый символ (табуляция или перевод строки)'],
  [/^Unexpected (token|non-whitespace)/, 'неожиданный символ'],
];

const KIND: ReadonlyArray<[(v: unknown) => boolean, string]> = [
  [Array.isArray, 'списком'],
  [(v) => typeof v === 'string', 'строкой'],
  [(v) => typeof v === 'number', 'числом'],
  [(v) => typeof v === 'boolean', 'логическим значением'],
];

/** Parses profile text. A `.json` file name selects strict JSON and JSON wording in errors. */
export function parseProfileText(text: string, fileName?: string): ParseResult {
  const big = sizeProblem(utf8Length(text));
  if (big !== null) return fail(DECODE_CODES.tooBig, big);
  // Old Mac editors end lines with CR alone; YAML would read the whole file as one line.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (source.trim() === '') return fail(CODES.fileEmpty, 'файл пуст');
  const parsed = fileName?.toLowerCase().endsWith('.json') ? parseJson(source) : parseYaml(source);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (value === null || value === undefined) return fail(CODES.fileEmpty, 'файл пуст: в нём только комментарии');
  if (typeof value === 'object' && !Array.isArray(value)) return { ok: true, data: value as Record<string, unknown> };
  const kind = KIND.find(([test]) => test(value))?.[1] ?? 'простым значением';
  return fail(CODES.notMapping, `профиль должен быть объектом (набором полей «имя: значение»), а не ${kind}`);
}

/** Text to a validated profile in one call: parse, migrate, validate. */
export function loadProfile(text: string, fileName?: string, options?: ValidateOptions): ValidationResult {
  const parsed = parseProfileText(text, fileName);
  if (!parsed.ok) return { ok: false, errors: parsed.errors, warnings: [] };
  return validateProfile(parsed.data, options);
}

type Parsed = { ok: true; value: unknown } | { ok: false; errors: Issue[] };

function parseYaml(source: string): Parsed {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.some((e) => isStackOverflow(e.message))) {
    return { ok: false, errors: [issue('error', CODES.yamlSyntax, '', `ошибка YAML: ${TOO_DEEP}`)] };
  }
  // A tag the core schema does not know (`!!js/function`, `!custom`) is only a warning to the
  // library, which then keeps the value as text; the user meant something else, so it is an error.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length > 0) return { ok: false, errors: yamlIssues(problems, lineCounter).slice(0, MAX_SYNTAX_ISSUES) };
  const tagged = explicitTags(doc, lineCounter);
  if (tagged.length > 0) return { ok: false, errors: tagged.slice(0, MAX_SYNTAX_ISSUES) };
  try {
    // Alias expansion is capped so that a hostile file cannot blow up memory.
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (e) {
    const message = errorText(e);
    const why = isStackOverflow(message)
      ? TOO_DEEP
      : /excessive alias/i.test(message)
        ? 'слишком много ссылок на якоря (*имя): файл раскрывается в огромный объём данных'
        : /alias/i.test(message)
          ? YAML_HINTS['BAD_ALIAS']
          : 'файл не удалось прочитать';
    return { ok: false, errors: [issue('error', CODES.yamlSyntax, '', `ошибка YAML: ${why}`)] };
  }
}

/** Tags that only restate what a plain value already is; any other tag changes the value's kind. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/**
 * Tags the library resolves into something other than text, numbers and lists (`!!binary`,
 * `!!set`, `!!timestamp`): a profile has no use for them, and a value of an unexpected kind
 * would only confuse the messages that follow.
 */
function explicitTags(doc: ReturnType<typeof parseDocument>, lineCounter: LineCounter): Issue[] {
  const found: Issue[] = [];
  const at = (offset: number, hint: string | undefined): void => {
    const { line, col } = lineCounter.linePos(offset);
    found.push(issue('error', CODES.yamlSyntax, '', `ошибка синтаксиса YAML в строке ${line}, столбец ${col}: ${hint}`));
  };
  visit(doc, (_key, node) => {
    // A list or a map as a key (`? [a, b]`) has no place in a profile, and the library would
    // print an English warning of its own while reading it.
    if (isPair(node) && isCollection(node.key)) at(node.key.range?.[0] ?? 0, YAML_HINTS['NON_STRING_KEY']);
    if (!isNode(node) || node.tag === undefined || PLAIN_TAGS.has(node.tag)) return;
    at(node.range?.[0] ?? 0, YAML_HINTS['TAG_RESOLVE_FAILED']);
  });
  return found;
}

function isStackOverflow(message: string): boolean {
  return /Maximum call stack|too much recursion/i.test(message);
}

// The parser often reports one mistake twice from the same place (a bad indent is both a
// nested and a multi-line key); one message per place, with the widest span of lines.
function yamlIssues(errors: ReadonlyArray<YAMLError>, lineCounter: LineCounter): Issue[] {
  const byStart = new Map<number, { first: YAMLError; end: number }>();
  for (const e of errors) {
    const seen = byStart.get(e.pos[0]);
    if (seen === undefined) byStart.set(e.pos[0], { first: e, end: e.pos[1] });
    else seen.end = Math.max(seen.end, e.pos[1]);
  }
  return [...byStart.entries()].map(([start, { first, end }]) => {
    const { line, col } = lineCounter.linePos(start);
    const endLine = lineCounter.linePos(Math.max(start, end - 1)).line;
    const hint = YAML_HINTS[first.code] ?? 'нарушена разметка YAML';
    const span = endLine > line ? ` (проверьте строки ${line}–${endLine})` : '';
    return issue('error', CODES.yamlSyntax, '', `ошибка синтаксиса YAML в строке ${line}, столбец ${col}: ${hint}${span}`);
  });
}

function parseJson(source: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const message = errorText(e);
    if (isStackOverflow(message)) return { ok: false, errors: [issue('error', CODES.jsonSyntax, '', TOO_DEEP)] };
    const hint = JSON_HINTS.find(([re]) => re.test(message))?.[1] ?? 'нарушен синтаксис';
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : message.startsWith('Unexpected end') ? source.length : null;
    const where = offset === null ? '' : ` в ${lineAndColumn(source, offset)}`;
    return { ok: false, errors: [issue('error', CODES.jsonSyntax, '', `ошибка синтаксиса JSON${where}: ${hint}`)] };
  }
}

function lineAndColumn(source: string, offset: number): string {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `строке ${line}, столбец ${col}`;
}

/** UTF-8 bytes of a text, counted without allocating them. */
function utf8Length(text: string): number {
  // Each UTF-16 unit is at least one byte: a text longer than the limit in units is over it anyway.
  if (text.length > 4 * 1024 * 1024) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function fail(code: string, message: string): ParseResult {
  return { ok: false, errors: [issue('error', code, '', message)] };
}
