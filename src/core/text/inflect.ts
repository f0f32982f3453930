/**
 * Grammatical cases of job titles. Catalog roles carry their cases as data and a profile may
 * give its own; this rule set covers the rest: titles built as [adjectives] head-noun
 * [dependent words], e.g. «Ведущий менеджер по работе с клиентами» or «Коммерческий директор».
 * Only the adjectives before the head noun and the head noun change; the tail never does.
 */

export const CASES = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'] as const;
export type GrammaticalCase = (typeof CASES)[number];
export type CaseForms = Record<GrammaticalCase, string>;

type Endings = Record<Exclude<GrammaticalCase, 'nom'>, string>;

// Job titles name people, so the accusative equals the genitive (animate nouns).
const ADJ_HARD: Endings = { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'ым', pre: 'ом' };
const ADJ_VELAR: Endings = { gen: 'ого', dat: 'ому', acc: 'ого', ins: 'им', pre: 'ом' };
const ADJ_SOFT: Endings = { gen: 'его', dat: 'ему', acc: 'его', ins: 'им', pre: 'ем' };

/** Nouns that take case endings when they stand first in a hyphenated compound (менеджер-аналитик). */
const DECLINABLE_FIRST_PARTS = new Set([
  'менеджер',
  'продавец',
  'специалист',
  'инженер',
  'оператор',
  'консультант',
  'эксперт',
  'экономист',
  'аналитик',
]);

function inflectAdjective(word: string, c: Exclude<GrammaticalCase, 'nom'>): string | null {
  const lower = word.toLocaleLowerCase('ru-RU');
  if (lower.endsWith('ый') || lower.endsWith('ой')) return word.slice(0, -2) + ADJ_HARD[c];
  if (lower.endsWith('ий')) {
    const before = lower.at(-3) ?? '';
    if ('кгх'.includes(before)) return word.slice(0, -2) + ADJ_VELAR[c];
    return word.slice(0, -2) + ADJ_SOFT[c];
  }
  return null;
}

function inflectNoun(word: string, c: Exclude<GrammaticalCase, 'nom'>): string {
  const lower = word.toLocaleLowerCase('ru-RU');
  const last = lower.at(-1) ?? '';
  if (last === 'ь') {
    const stem = word.slice(0, -1);
    return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }[c];
  }
  if (last === 'й') {
    const stem = word.slice(0, -1);
    return stem + { gen: 'я', dat: 'ю', acc: 'я', ins: 'ем', pre: 'е' }[c];
  }
  if (last === 'а' || last === 'я') {
    const stem = word.slice(0, -1);
    const soft = last === 'я' || 'кгхжшчщ'.includes(lower.at(-2) ?? '');
    const gen = soft ? (last === 'я' ? 'и' : 'и') : 'ы';
    const ins = last === 'я' ? 'ей' : 'жшчщц'.includes(lower.at(-2) ?? '') ? 'ей' : 'ой';
    return stem + { gen, dat: 'е', acc: last === 'я' ? 'ю' : 'у', ins, pre: 'е' }[c];
  }
  if (lower.endsWith('ец') && lower.length > 3) {
    // Fleeting vowel: продавец → продавца.
    const stem = word.slice(0, -2) + word.slice(-1);
    return stem + { gen: 'а', dat: 'у', acc: 'а', ins: 'ом', pre: 'е' }[c];
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(lower)) {
    const ins = 'жшчщц'.includes(last) ? 'ем' : 'ом';
    return word + { gen: 'а', dat: 'у', acc: 'а', ins, pre: 'е' }[c];
  }
  // Indeclinable or foreign (e.g. Latin script): leave as it is.
  return word;
}

function inflectHead(word: string, c: Exclude<GrammaticalCase, 'nom'>): string {
  const parts = word.split('-');
  if (parts.length === 1) return inflectNoun(word, c);
  const first = (parts[0] ?? '').toLocaleLowerCase('ru-RU');
  if (DECLINABLE_FIRST_PARTS.has(first)) return parts.map((p) => inflectNoun(p, c)).join('-');
  return [...parts.slice(0, -1), inflectNoun(parts[parts.length - 1] ?? '', c)].join('-');
}

// Views ask for the same few titles' cases thousands of times per pack.
const inflected = new Map<string, string>();
const MAX_INFLECTED = 4096;

/** One case of a title by rule. */
export function inflectTitle(title: string, c: GrammaticalCase): string {
  if (c === 'nom') return title;
  const key = `${c}\u0000${title}`;
  let known = inflected.get(key);
  if (known === undefined) {
    known = inflectByRule(title, c);
    if (inflected.size >= MAX_INFLECTED) inflected.clear();
    inflected.set(key, known);
  }
  return known;
}

function inflectByRule(title: string, c: Exclude<GrammaticalCase, 'nom'>): string {
  const words = title.split(' ');
  const out: string[] = [];
  let headDone = false;
  for (const word of words) {
    if (headDone || !/[а-яё]/i.test(word)) {
      out.push(word);
      continue;
    }
    const adjective = inflectAdjective(word, c);
    if (adjective !== null) {
      out.push(adjective);
      continue;
    }
    out.push(inflectHead(word, c));
    headDone = true;
  }
  return out.join(' ');
}

/** All cases of a title by rule, with any given forms taking precedence. */
export function titleCases(title: string, given: Partial<CaseForms> = {}): CaseForms {
  const forms = {} as CaseForms;
  for (const c of CASES) forms[c] = given[c] ?? inflectTitle(title, c);
  return forms;
}
