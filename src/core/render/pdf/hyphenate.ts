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

/** Indices (UTF-16) of `word` before which a hyphen may be inserted. */
export const russianHyphenation: Hyphenator = (word) => {
  let points = cache.get(word);
  if (points === undefined) {
    points = [];
    const marked = hyphenator()(word.replaceAll(MARK, ''));
    let index = 0;
    for (const ch of marked) {
      if (ch === MARK) points.push(index);
      else index += ch.length;
    }
    cache.set(word, points);
  }
  return points;
};
