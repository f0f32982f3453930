/**
 * fast-check generators: valid profiles (a fixture of each shape with its names, sums, dates,
 * meetings, CRM and formatting varied within what validation accepts), mutations of valid
 * profiles (a part replaced by a value of another type, dropped, or made huge, extreme, of any
 * script, or full of control characters), and hostile YAML texts.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { PROFILE_FILES, profilePath } from '../support/profiles.ts';
import { DOUBLED_PUNCTUATION } from '../../src/core/text/punctuation.ts';
import { LEAKS } from '../support/leaks.ts';

type Raw = Record<string, unknown>;

/** Every valid profile the repository has, parsed: the shapes the generator varies. */
export const BASES: ReadonlyArray<{ file: string; profile: Raw }> = PROFILE_FILES.filter((f) => /\.ya?ml$/.test(f)).map((file) => ({
  file,
  profile: parse(readFileSync(profilePath(file), 'utf8')) as Raw,
}));

const LETTERS = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const MARKS = ' -.,&«»"\'()№+<>{}*_#/\\:;!?%@`~|[]=ÀéüÇñßøŁŞĞİəӘҚҢӨҮҰҺІЎЄЇҐ';

/**
 * A name as people type one: letters of the profile's languages, digits and punctuation. No
 * currency sign: the pack's unit check reads «$» in a name as a second currency (exit 1).
 */
const nameText = (max: number) =>
  fc
    .string({ unit: fc.constantFrom(...LETTERS, ...LETTERS, ...'ABCXYZabcxyz0123456789', ...MARKS), minLength: 1, maxLength: max })
    .map((s) => s.replace(/\s+/g, ' ').trim())
    // What validation refuses: doubled or edge punctuation (a full stop may end a name: «СХ.»).
    .filter((s) => /\p{L}/u.test(s) && !LEAKS.test(s) && !DOUBLED_PUNCTUATION.test(s) && !/^[,;:.]|[,;:]$/.test(s));

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'среду', 'пятница'];

function clone<T>(value: T): T {
  return structuredClone(value);
}

function section(profile: Raw, key: string): Raw {
  const value = profile[key];
  if (typeof value === 'object' && value !== null) return value as Raw;
  const fresh: Raw = {};
  profile[key] = fresh;
  return fresh;
}

/** A valid profile: a base with its free parts varied, plus where it came from. */
export const validProfile = fc
  .record({
    base: fc.constantFrom(...BASES),
    name: nameText(120),
    city: fc.option(nameText(40), { nil: null }),
    department: nameText(80),
    director: nameText(60),
    crm: fc.option(nameText(30), { nil: null, freq: 3 }),
    weekly: fc.oneof(fc.constantFrom(...WEEKDAYS), fc.constant(false)),
    daily: fc.boolean(),
    monthly: fc.boolean(),
    currency: fc.constantFrom('RUB', 'KZT', 'BYN', 'UAH', 'USD', 'EUR'),
    font: fc.constantFrom('Times New Roman', 'Arial'),
    fontSize: fc.constantFrom(12, 13, 14),
    approvalDay: fc.option(fc.integer({ min: 0, max: 105 }), { nil: null }),
    salaryFactor: fc.double({ min: 0.5, max: 3, noNaN: true }),
    revenueFactor: fc.double({ min: 0.5, max: 2, noNaN: true }),
  })
  .map((v) => {
    const profile = clone(v.base.profile);
    const company = section(profile, 'company');
    company['name'] = v.name;
    company['city'] = v.city;
    company['fullName'] = null;
    const director = section(company, 'director');
    if (director['fullName'] !== undefined && director['fullName'] !== null) director['fullName'] = `${v.director} Иванович`;
    profile['currency'] = v.currency;
    section(profile, 'department')['name'] = v.department;
    const processes = section(profile, 'processes');
    // A profile written for a CRM names it in its own texts (KPI sources, duties): only its name varies.
    if (processes['crm'] !== null && processes['crm'] !== undefined) processes['crm'] = v.crm ?? processes['crm'];
    processes['meetings'] = { daily: v.daily, weekly: v.weekly, monthly: v.monthly };
    const plan = section(profile, 'plan');
    const year = typeof plan['year'] === 'number' ? plan['year'] : 2027;
    if (typeof plan['revenue'] === 'number') plan['revenue'] = Math.round(plan['revenue'] * v.revenueFactor);
    const positions = (section(profile, 'department')['positions'] ?? []) as Raw[];
    for (const p of positions) if (typeof p['salary'] === 'number') p['salary'] = Math.round(p['salary'] * v.salaryFactor);
    // Approved in the last quarter before the plan year or in its first two weeks, as packs are:
    // a later date puts the plan's own deadlines before the approval, which the pack refuses.
    const approval =
      v.approvalDay === null ? null : new Date(Date.UTC(year - 1, 9, 1) + v.approvalDay * 86_400_000).toISOString().slice(0, 10);
    const documents = section(profile, 'documents');
    documents['font'] = v.font;
    documents['fontSize'] = v.fontSize;
    documents['approvalDate'] = approval;
    return { file: v.base.file, profile };
  });

/** Every path to a value of a profile, as key lists. */
export function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return [];
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])]);
}

function replaceAt(root: unknown, path: ReadonlyArray<string | number>, value: unknown, drop: boolean): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(root)) {
    if (drop && rest.length === 0) return root.filter((_, i) => i !== head);
    return root.map((v, i) => (i === head ? replaceAt(v, rest, value, drop) : v));
  }
  if (typeof root === 'object' && root !== null) {
    const copy: Raw = { ...(root as Raw) };
    if (drop && rest.length === 0) delete copy[String(head)];
    else copy[String(head)] = replaceAt(copy[String(head)], rest, value, drop);
    return copy;
  }
  return root;
}

/** Text of every script, astral characters and lone surrogates included, and control characters. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\u0000', '\u001b', '\u0007', '\r', '\u202e', '\u200b', '\ufeff', '\u0085', '\t', '\n'),
    maxLength: 20,
  }),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    '{{company.name}}',
    '<script>alert(1)</script>',
    '**жирный**',
    '../../etc/passwd',
    '\u001b[2K\r\u001b[32mok',
  ),
);

const hugeText = fc
  .tuple(fc.constantFrom('ж', 'a', 'электроснабжение', ' ', '🚀', '\u200b', 'аб вг '), fc.integer({ min: 201, max: 200_000 }))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)));

const extremeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 1e300, -1e300, Number.MAX_SAFE_INTEGER, 2 ** 53 + 1, 1e15, 1e-300, 0.1 + 0.2, Infinity, -Infinity, Number.NaN),
  fc.double(),
  fc.integer(),
  fc.integer({ min: 9_000, max: 1_000_000 }),
);

const hugeList = fc
  .tuple(fc.jsonValue({ maxDepth: 1 }), fc.integer({ min: 150, max: 150_000 }))
  .map(([item, n]) => Array.from({ length: n }, () => item));

const deep = fc.integer({ min: 10, max: 5000 }).map((n) => {
  let value: unknown = 'дно';
  for (let i = 0; i < n; i++) value = i % 2 ? [value] : { a: value };
  return value;
});

const hostileValue = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  { arbitrary: anyText, weight: 3 },
  { arbitrary: hugeText, weight: 2 },
  { arbitrary: extremeNumber, weight: 3 },
  { arbitrary: hugeList, weight: 1 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }), weight: 1 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}), weight: 1 },
);

/** A valid profile with one to three parts replaced by a hostile value or dropped. */
export const mutatedProfile = fc
  .tuple(validProfile, fc.array(fc.tuple(fc.nat(), hostileValue, fc.boolean()), { minLength: 1, maxLength: 3 }))
  .map(([valid, edits]) => {
    let profile: unknown = valid.profile;
    const where = paths(profile);
    for (const [index, value, drop] of edits) {
      const path = where[index % where.length] ?? [];
      profile = replaceAt(profile, path, value, drop && index % 4 === 0);
    }
    return profile;
  });

/** Hostile YAML: bombs, depth, tags, keys, encodings, control characters, broken syntax. */
export const hostileYaml: fc.Arbitrary<string | Uint8Array> = fc.oneof(
  fc.integer({ min: 2, max: 12 }).map((levels) => {
    const lines = ['a0: &a0 ["x", "x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
    for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ')}]`);
    return `${lines.join('\n')}\n`;
  }),
  fc
    .tuple(fc.integer({ min: 50, max: 200_000 }), fc.constantFrom('[', '{a: ', '- ', '{"a": [', '  '))
    .map(([n, open]) => `a: ${open.repeat(n)}`),
  fc.constantFrom(
    'a: !!js/function "function () { return process.exit(3) }"',
    'a: !!js/regexp /x/',
    'a: !!python/object/apply:os.system ["ls"]',
    'a: !<tag:yaml.org,2002:js/undefined> ""',
    '--- !custom\na: 1',
    'a: !!binary aGVsbG8=',
    'a: !!set {x, y}',
    'a: !!omap [{x: 1}]',
    '<<: {schemaVersion: 2}\n<<: {currency: RUB}',
    'a: 1\na: 2',
    '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}',
    '%YAML 1.1\n---\na: 1',
    '--- 1\n--- 2',
    '? [a, b]\n: c',
    '"\\u0000\\u001b[2K": 1',
    'schemaVersion: 2\ncompany: {name: "\\u202eабв", legalForm: ООО}',
  ),
  fc.uint8Array({ maxLength: 4000 }),
  fc.string({ unit: 'binary', maxLength: 3000 }),
  fc.tuple(fc.constantFrom(...BASES), fc.constantFrom('utf16le', 'utf16be', 'cr', 'crlf', 'nul', 'bom', 'truncate')).map(([base, how]) => {
    const text = readFileSync(profilePath(base.file), 'utf8');
    switch (how) {
      case 'utf16le':
        return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
      case 'utf16be':
        return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
      case 'cr':
        return text.replaceAll('\n', '\r');
      case 'crlf':
        return text.replaceAll('\n', '\r\n');
      case 'nul':
        return text.replace('company:', 'company:\u0000');
      case 'bom':
        return `\ufeff${text}`;
      default:
        return text.slice(0, Math.floor(text.length / 2));
    }
  }),
);
