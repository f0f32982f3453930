/**
 * Russian hyphenation points (Liang patterns from `hyphen`), used only for words wider than
 * their line, which in practice means narrow table cells. The patterns are compiled on first
 * use, so documents that never need them do not pay for it.
 */
import createHyphenator from 'hyphen';
import ruPatterns from 'hyphen/patterns/ru.js';
import type { Hyphenator } from './types.ts';

const MARK = '\u00ad';
let hyphenateRu: ((text: string) => string) | undefined;
const cache = new Map<string, number[]>();

function hyphenator(): (text: string) => string {
  if (!hyphenateRu) {
    const fn = createHyphenator(ruPatterns, { hyphenChar: MARK });
    hyphenateRu = (text) => {
      const out = fn(text);
      if (typeof out !== 'string') throw new Error('hyphen returned an async hyphenator');
      return out;
    };
  }
  return hyphenateRu;
}

/**
 * The library's slicer is quadratic in the word's length (a 1 MB «word» takes minutes). No
 * Russian word is longer than this; a longer run of letters is cut into pieces of this size,
 * each hyphenated alone, and may also break between the pieces.
 */
const LONGEST_WORD = 48;
/** Words remembered; a document repeats a few hundred long words at most. */
const CACHE_SIZE = 2000;

function points(word: string): number[] {
  const found: number[] = [];
  const marked = hyphenator()(word);
  let index = 0;
  for (const ch of marked) {
    if (ch === MARK) found.push(index);
    else index += ch.length;
  }
  return found;
}

/** Indices (UTF-16) of `word` before which a hyphen may be inserted. */
export const russianHyphenation: Hyphenator = (word) => {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const plain = word.replaceAll(MARK, '');
  let found: number[];
  if (plain.length <= LONGEST_WORD) found = points(plain);
  else {
    found = [];
    for (let start = 0; start < plain.length; start += LONGEST_WORD) {
      // Never cut a surrogate pair: a piece ends before a high surrogate.
      let end = Math.min(plain.length, start + LONGEST_WORD);
      if (end < plain.length && /[\ud800-\udbff]/.test(plain[end - 1] ?? '')) end--;
      if (start > 0) found.push(start);
      for (const p of points(plain.slice(start, end))) found.push(start + p);
      start = end - LONGEST_WORD;
    }
  }
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(word, found);
  return found;
};
