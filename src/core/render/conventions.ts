/**
 * Print conventions the DOCX and the HTML renderers share with the PDF: list markers, list and
 * approval-block geometry, the signature rule. Pure constants and functions, no renderer deps.
 */

/** Distance between a list marker and its text, and the step per nesting level. */
export const LIST_HANG_MM = 7;

/** The approval block («гриф утверждения») is at most this wide, at the right margin. */
export const APPROVAL_WIDTH_MM = 80;

/** The rule a signature goes on. */
export const SIGNATURE_LINE = '_'.repeat(16);

/** A long name shortens the signature rule next to it, never below this many characters. */
export const MIN_SIGNATURE_RULE = 8;

export const BULLET = '\u2013';

/** Letters for lettered lists: ГОСТ 2.105 leaves out ё з й о ч ъ ы ь (the PDF uses the same). */
export const LIST_LETTERS = 'абвгдежиклмнпрстуфхцшщэюя';

/** Lettered lists longer than the alphabet go on with numbers, as the PDF does. */
export function listLetter(n: number): string {
  return LIST_LETTERS[n - 1] ?? String(n);
}

/** Ordered lists are numbered "1)" at even depths and lettered "а)" at odd ones. */
export const isLettered = (ordered: boolean, depth: number): boolean => ordered && depth % 2 === 1;

/** The marker of item `n` (from 1) of a list: "–", "1)" or "а)". */
export function listMarker(ordered: boolean, depth: number, n: number): string {
  if (!ordered) return BULLET;
  return isLettered(ordered, depth) ? `${listLetter(n)})` : `${n})`;
}
