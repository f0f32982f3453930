/**
 * Where the page header and footer of a firm's branding go, shared by the DOCX and the PDF so
 * both print them in the same place. The page number keeps its ГОСТ place (centred, 10 mm from
 * the top edge); the header's picture sits at the left margin around it, its text at the right.
 */

/** The header picture's top edge and its largest height and width, mm. */
export const HEADER_IMAGE = { topMm: 6, maxHeightMm: 9, maxWidthMm: 40 } as const;

/** The header's and footer's text: smaller than the body and grey, so it reads as a frame, not as content. */
export const BAND_TEXT = { sizePt: 9, color: '555555' } as const;

/** The footer's first baseline from the page's bottom edge, mm. */
export const FOOTER_FROM_BOTTOM_MM = 10;

/** A picture's size in a box of at most `maxWidth` × `maxHeight`, aspect ratio kept. */
export function fitImage(
  widthPx: number,
  heightPx: number,
  maxWidthMm: number,
  maxHeightMm: number,
): { widthMm: number; heightMm: number } {
  const scale = Math.min(maxWidthMm / widthPx, maxHeightMm / heightPx);
  return { widthMm: widthPx * scale, heightMm: heightPx * scale };
}
