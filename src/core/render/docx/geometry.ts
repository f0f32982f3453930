/**
 * Page geometry in Word units (twips), derived from the theme so every block handler places
 * things on the same grid.
 */
import { LIST_HANG_MM } from '../conventions.ts';
import { mmToTwip, type Theme } from '../theme.ts';

export const textWidthMm = (theme: Theme): number => theme.page.widthMm - theme.marginsMm.left - theme.marginsMm.right;

export const textWidthTwip = (theme: Theme): number => mmToTwip(textWidthMm(theme));

/**
 * Where a list item's marker and its text start, measured from the left margin. The marker of
 * a top-level list sits at the paragraph indent, like a clause number; each level moves in by
 * one hang so a nested marker lines up with its parent's text.
 */
export function listIndentTwip(theme: Theme, depth: number): { marker: number; text: number } {
  const markerMm = theme.paragraphIndentMm + depth * LIST_HANG_MM;
  return { marker: mmToTwip(markerMm), text: mmToTwip(markerMm + LIST_HANG_MM) };
}

/**
 * Splits the text width over columns in proportion to their relative widths. The last column
 * takes the rounding remainder so the grid adds up to the text width exactly.
 */
export function columnWidthsTwip(relative: readonly number[], totalTwip: number): number[] {
  const weights = relative.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / sum) * totalTwip));
  const used = widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1]! += totalTwip - used;
  return widths;
}
