/**
 * Text measuring from glyph advance widths, cached per face and per word. Widths are plain
 * advance sums without kerning, because pdf-lib draws glyphs at their advances: the measured
 * width is exactly the drawn width, which right alignment and justification rely on.
 */
import type { ParsedFont, ParsedFontSet } from './fonts.ts';
import type { FaceId, FontStyle, Measurer } from './types.ts';

/** A stretch of text drawn with one face. */
export interface FaceRun {
  face: FaceId;
  text: string;
}

const MISSING = -1;

class FaceWidths {
  readonly #font: ParsedFont;
  readonly #scale: number;
  readonly #advances = new Map<number, number>();
  /** Advance of glyph 0, drawn for characters no face has. */
  readonly notdef: number;

  constructor(font: ParsedFont) {
    this.#font = font;
    this.#scale = 1 / font.unitsPerEm;
    this.notdef = font.getGlyph(0).advanceWidth * this.#scale;
  }

  /** Advance in em, or MISSING when the face has no glyph for the code point. */
  advance(cp: number): number {
    let width = this.#advances.get(cp);
    if (width === undefined) {
      width = this.#font.hasGlyphForCodePoint(cp) ? this.#font.glyphForCodePoint(cp).advanceWidth * this.#scale : MISSING;
      this.#advances.set(cp, width);
    }
    return width;
  }
}

export class FontMetrics implements Measurer {
  /** Ascender and descender of the regular face, em (positive numbers). */
  readonly ascent: number;
  readonly descent: number;
  readonly #faces: Record<FaceId, FaceWidths>;
  readonly #words = new Map<FontStyle, Map<string, number>>();
  readonly #runs = new Map<FontStyle, Map<string, FaceRun[]>>();

  constructor(parsed: ParsedFontSet) {
    const f = parsed.fonts;
    this.#faces = {
      regular: new FaceWidths(f.regular),
      bold: new FaceWidths(f.bold),
      italic: new FaceWidths(f.italic),
      boldItalic: new FaceWidths(f.boldItalic),
      fallback: new FaceWidths(f.fallback),
    };
    this.ascent = f.regular.ascent / f.regular.unitsPerEm;
    this.descent = Math.abs(f.regular.descent) / f.regular.unitsPerEm;
    for (const style of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      this.#words.set(style, new Map());
      this.#runs.set(style, new Map());
    }
  }

  width(text: string, style: FontStyle): number {
    const cache = this.#words.get(style)!;
    let width = cache.get(text);
    if (width === undefined) {
      width = 0;
      for (const ch of text) width += this.#advance(ch.codePointAt(0)!, style).width;
      cache.set(text, width);
    }
    return width;
  }

  /** The text split where it switches between its style's face and the fallback face. */
  faceRuns(text: string, style: FontStyle): FaceRun[] {
    const cache = this.#runs.get(style)!;
    let runs = cache.get(text);
    if (runs === undefined) {
      runs = [];
      let current: FaceRun | undefined;
      for (const ch of text) {
        const face = this.#advance(ch.codePointAt(0)!, style).face;
        if (current && current.face === face) current.text += ch;
        else {
          current = { face, text: ch };
          runs.push(current);
        }
      }
      cache.set(text, runs);
    }
    return runs;
  }

  #advance(cp: number, style: FontStyle): { face: FaceId; width: number } {
    const own = this.#faces[style].advance(cp);
    if (own !== MISSING) return { face: style, width: own };
    const fallback = this.#faces.fallback.advance(cp);
    if (fallback !== MISSING) return { face: 'fallback', width: fallback };
    // Neither face has it: the style's .notdef box is drawn.
    return { face: style, width: this.#faces[style].notdef };
  }
}
