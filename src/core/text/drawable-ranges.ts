/**
 * Which characters the bundled fonts can draw, as code point ranges: the computation shared by
 * the generator (scripts/build-font-coverage.ts) and its test, so the generated table cannot
 * drift from the fonts.
 */

/** A face's characters: the code points its character map gives a glyph. */
export interface CharacterSource {
  characterSet: readonly number[];
}

/**
 * Right-to-left scripts: the PDF lays text out left to right without shaping, so Arabic and
 * Hebrew would come out reversed and unjoined even where the fallback font has the glyphs.
 */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * Code points every family draws in every style: a character of a face or of the family's
 * fallback, for each of the four faces of each family.
 */
export function drawableRanges(families: ReadonlyArray<{ faces: CharacterSource[]; fallback: CharacterSource }>): Array<[number, number]> {
  let common: number[] | null = null;
  for (const family of families) {
    const fallback = family.fallback.characterSet;
    for (const face of family.faces) {
      const here = new Set<number>([...face.characterSet, ...fallback]);
      common = (common ?? [...here]).filter((cp) => here.has(cp));
    }
  }
  const points = (common ?? [])
    .filter((cp) => cp >= 0x20 && !(cp >= 0x7f && cp <= 0x9f) && !RIGHT_TO_LEFT.test(String.fromCodePoint(cp)))
    .sort((a, b) => a - b);
  const ranges: Array<[number, number]> = [];
  for (const cp of points) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

/** The ranges as the generated module stores them: «start-end» in hex, comma-separated. */
export function encodeRanges(ranges: ReadonlyArray<[number, number]>): string {
  return ranges.map(([a, b]) => (a === b ? a.toString(16) : `${a.toString(16)}-${b.toString(16)}`)).join(',');
}
