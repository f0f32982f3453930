/**
 * Text width without a font at hand: advance widths of the characters Russian documents use,
 * taken from the fonts the PDF embeds (metric twins of the DOCX's Times New Roman and Arial).
 * The DOCX renderer sizes table columns with it. Estimates err wide: each width is the widest
 * of the upright and italic faces, and a character outside the table counts a full em.
 */
import type { FontFamily } from './theme.ts';
import { TEXT_WIDTH_CHARS } from './text-width-chars.ts';
import { TEXT_WIDTHS } from './text-widths.generated.ts';

const UNKNOWN_EM = 1;

type Weights = Record<'regular' | 'bold', Map<string, number>>;
const tables = new Map<FontFamily, Weights>();

function tableOf(family: FontFamily): Weights {
  let table = tables.get(family);
  if (!table) {
    const chars = [...TEXT_WIDTH_CHARS];
    const map = (list: string): Map<string, number> => {
      const widths = list.split(',').map(Number);
      return new Map(chars.map((ch, i) => [ch, (widths[i] ?? UNKNOWN_EM * 1000) / 1000]));
    };
    table = { regular: map(TEXT_WIDTHS[family].regular), bold: map(TEXT_WIDTHS[family].bold) };
    tables.set(family, table);
  }
  return table;
}

/** Width of `text` in points at `sizePt`, an upper estimate. */
export function estimateTextWidthPt(text: string, family: FontFamily, bold: boolean, sizePt: number): number {
  const widths = tableOf(family)[bold ? 'bold' : 'regular'];
  let em = 0;
  for (const ch of text) em += widths.get(ch) ?? UNKNOWN_EM;
  return em * sizePt;
}
