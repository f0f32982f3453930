/**
 * A TrueType face read directly from its tables: the character map, advance widths and the few
 * header values a PDF font descriptor needs. It stands in for @pdf-lib/fontkit, whose bundle
 * (~330 KB gzipped, with OpenType shaping, WOFF2 and CFF we never use) was the largest part of the
 * site's PDF worker. It offers exactly what pdf-lib's CustomFontSubsetEmbedder and our measurer
 * read of a fontkit font, with fontkit's values: a glyph remembers the code point that first asked
 * for it (see claimAsciiGlyphs in fonts.ts), an unmapped character gets glyph 0, text is laid out
 * one glyph per character at its advance, and subsets come from truetype-subset.ts.
 */
import { TrueTypeFont, TrueTypeSubset } from './truetype-subset.ts';

export interface FaceGlyph {
  id: number;
  /** The code points pdf-lib writes into the ToUnicode map for this glyph. */
  codePoints: number[];
  advanceWidth: number;
}

export interface FaceBBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  width: number;
  height: number;
}

/** cmap subtables in fontkit's order of preference: Unicode full repertoire first, then BMP. */
const CMAP_PREFERENCE: ReadonlyArray<readonly [number, number]> = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0],
];

/** Code point → glyph id from a format 4 or 12 subtable (the formats TrueType text fonts carry). */
function readCmap(view: DataView, cmapAt: number): Map<number, number> {
  const count = view.getUint16(cmapAt + 2);
  const subtables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const at = cmapAt + 4 + i * 8;
    subtables.set(`${view.getUint16(at)},${view.getUint16(at + 2)}`, cmapAt + view.getUint32(at + 4));
  }
  const map = new Map<number, number>();
  for (const [platform, encoding] of CMAP_PREFERENCE) {
    const at = subtables.get(`${platform},${encoding}`);
    if (at === undefined) continue;
    const format = view.getUint16(at);
    if (format === 4) {
      const segments = view.getUint16(at + 6) / 2;
      const ends = at + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const offsets = deltas + segments * 2;
      for (let s = 0; s < segments; s++) {
        const start = view.getUint16(starts + s * 2);
        const end = view.getUint16(ends + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        const rangeOffset = view.getUint16(offsets + s * 2);
        for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
          let gid: number;
          if (rangeOffset === 0) gid = (cp + delta) & 0xffff;
          else {
            gid = view.getUint16(offsets + s * 2 + rangeOffset + (cp - start) * 2);
            if (gid !== 0) gid = (gid + delta) & 0xffff;
          }
          if (gid !== 0) map.set(cp, gid);
        }
      }
      return map;
    }
    if (format === 12) {
      const groups = view.getUint32(at + 12);
      for (let g = 0; g < groups; g++) {
        const gAt = at + 16 + g * 12;
        const start = view.getUint32(gAt);
        const end = view.getUint32(gAt + 4);
        const first = view.getUint32(gAt + 8);
        for (let cp = start; cp <= end; cp++) if (first + cp - start !== 0) map.set(cp, first + cp - start);
      }
      return map;
    }
  }
  return map;
}

/** The PostScript name (name id 6): Windows UTF-16BE record first, else a Macintosh Roman one. */
function readPostscriptName(data: Uint8Array, view: DataView, nameAt: number): string | null {
  const count = view.getUint16(nameAt + 2);
  const strings = nameAt + view.getUint16(nameAt + 4);
  let mac: string | null = null;
  for (let i = 0; i < count; i++) {
    const at = nameAt + 6 + i * 12;
    if (view.getUint16(at + 6) !== 6) continue;
    const platform = view.getUint16(at);
    const length = view.getUint16(at + 8);
    const offset = strings + view.getUint16(at + 10);
    if (platform === 3) {
      let name = '';
      for (let c = 0; c + 1 < length; c += 2) name += String.fromCharCode(view.getUint16(offset + c));
      return name;
    }
    if (platform === 1 && mac === null) mac = String.fromCharCode(...data.subarray(offset, offset + length));
  }
  return mac;
}

export class TrueTypeFace {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  /** Undefined, as in fontkit, for an OS/2 table older than version 2 (pdf-lib then uses the ascender). */
  readonly capHeight: number | undefined;
  readonly xHeight: number | undefined;
  readonly italicAngle: number;
  readonly bbox: FaceBBox;
  readonly postscriptName: string | null;
  readonly numGlyphs: number;
  /** Every code point the face maps to a glyph, ascending. */
  readonly characterSet: number[];
  /** pdf-lib reads these three for the font descriptor's flags. */
  readonly post: { isFixedPitch: boolean };
  readonly 'OS/2': { sFamilyClass: number } | undefined;
  readonly head: { macStyle: { italic: boolean } };
  /** A TrueType face has no CFF outlines (pdf-lib then writes a CIDFontType2). */
  readonly cff = undefined;

  readonly #font: TrueTypeFont;
  readonly #cmap: Map<number, number>;
  readonly #glyphs = new Map<number, FaceGlyph>();

  /** The face in `data`, or an error for a font without TrueType outlines (the fonts shipped all have them). */
  static parse(data: Uint8Array): TrueTypeFace {
    const font = TrueTypeFont.parse(data);
    if (!font) throw new Error('font: not a TrueType font with glyf outlines');
    return new TrueTypeFace(font);
  }

  private constructor(font: TrueTypeFont) {
    this.#font = font;
    const { view, tables, data } = font;
    const at = (tag: string): number | undefined => tables.get(tag)?.offset;
    const head = at('head')!;
    const hhea = at('hhea')!;
    this.unitsPerEm = view.getUint16(head + 18);
    const [minX, minY, maxX, maxY] = [36, 38, 40, 42].map((o) => view.getInt16(head + o)) as [number, number, number, number];
    this.bbox = { minX, minY, maxX, maxY, width: maxX - minX, height: maxY - minY };
    this.head = { macStyle: { italic: (view.getUint16(head + 44) & 2) !== 0 } };
    this.ascent = view.getInt16(hhea + 4);
    this.descent = view.getInt16(hhea + 6);
    const os2 = at('OS/2');
    this['OS/2'] = os2 === undefined ? undefined : { sFamilyClass: view.getInt16(os2 + 30) };
    // As fontkit: OS/2 version 2 and later carry the cap and x heights; without OS/2, the ascender.
    const modern = os2 !== undefined && view.getUint16(os2) >= 2;
    this.capHeight = os2 === undefined ? this.ascent : modern ? view.getInt16(os2 + 88) : undefined;
    this.xHeight = os2 === undefined ? 0 : modern ? view.getInt16(os2 + 86) : undefined;
    const post = at('post');
    this.italicAngle = post === undefined ? 0 : view.getInt32(post + 4) / 65536;
    this.post = { isFixedPitch: post !== undefined && view.getUint32(post + 12) !== 0 };
    const name = at('name');
    this.postscriptName = name === undefined ? null : readPostscriptName(data, view, name);
    const cmap = at('cmap');
    this.#cmap = cmap === undefined ? new Map() : readCmap(view, cmap);
    this.characterSet = [...this.#cmap.keys()].sort((a, b) => a - b);
    this.numGlyphs = font.numGlyphs;
  }

  hasGlyphForCodePoint(cp: number): boolean {
    return this.#cmap.has(cp);
  }

  /** The glyph with this id; its code points are those of the first request for it. */
  getGlyph(id: number, codePoints: number[] = []): FaceGlyph {
    let glyph = this.#glyphs.get(id);
    if (!glyph) {
      glyph = { id, codePoints, advanceWidth: this.#font.metrics(id)[0] };
      this.#glyphs.set(id, glyph);
    }
    return glyph;
  }

  glyphForCodePoint(cp: number): FaceGlyph {
    return this.getGlyph(this.#cmap.get(cp) ?? 0, [cp]);
  }

  /**
   * One glyph per character at its advance: no ligatures, no kerning (pdf-lib would not draw
   * kerning anyway), so drawing matches the measured widths by construction.
   */
  layout(text: string): {
    glyphs: FaceGlyph[];
    positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>;
    advanceWidth: number;
  } {
    const glyphs = Array.from(text, (ch) => this.glyphForCodePoint(ch.codePointAt(0)!));
    const positions = glyphs.map((g) => ({ xAdvance: g.advanceWidth, yAdvance: 0, xOffset: 0, yOffset: 0 }));
    return { glyphs, positions, advanceWidth: positions.reduce((sum, p) => sum + p.xAdvance, 0) };
  }

  createSubset(): TrueTypeSubset {
    return new TrueTypeSubset(this.#font);
  }
}
