/** Whether the PDF's fonts can draw a character (font-coverage.generated.ts). */
import { DRAWABLE } from './font-coverage.generated.ts';

let starts: number[] | null = null;
let ends: number[] = [];

function ranges(): number[] {
  if (starts === null) {
    starts = [];
    ends = [];
    for (const part of DRAWABLE.split(',')) {
      const [a, b] = part.split('-');
      starts.push(Number.parseInt(a ?? '', 16));
      ends.push(Number.parseInt(b ?? a ?? '', 16));
    }
  }
  return starts;
}

export function isDrawable(cp: number): boolean {
  const s = ranges();
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] as number) > cp) hi = mid - 1;
    else if ((ends[mid] as number) < cp) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Line breaks and tabs are layout, not glyphs. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d]);

/** The distinct characters of `text` no bundled font draws, in order of appearance. */
export function undrawableChars(text: string): string[] {
  const found = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (cp < 0x7f && cp >= 0x20) continue;
    if (!LAYOUT.has(cp) && !isDrawable(cp)) found.add(ch);
  }
  return [...found];
}

/** Zero-width characters: invisible, yet a PDF line measured with them could differ from what is drawn. */
export const ZERO_WIDTH = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** Text without zero-width characters. */
export function withoutZeroWidth(text: string): string {
  return text.replace(ZERO_WIDTH, '');
}
