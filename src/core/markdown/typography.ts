/**
 * Russian typesetting rules applied to template text (user strings are still tokens at this
 * point, so they pass through untouched): a dash never starts a line, «№» never parts from
 * its number.
 */
import { NBSP } from '../text/format.ts';

export function typography(text: string): string {
  return text
    .replace(/ (—|–) /g, `${NBSP}$1 `)
    .replace(/№ /g, `№${NBSP}`)
    .replace(/ ?(\d) %/g, (m) => m.replace(' %', `${NBSP}%`));
}
