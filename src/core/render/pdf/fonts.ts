/**
 * Font parsing (once per font set) and embedding (once per document). pdf-lib parses a font on
 * every embedFont call through the "fontkit" it is given; ours returns the faces parsed here
 * (truetype-face.ts, in place of @pdf-lib/fontkit), so a pack of documents shares one parse per face.
 */
import type { PDFDocument, PDFFont } from 'pdf-lib';
import type { FontSet } from '../fonts.ts';
import { TrueTypeFace } from './truetype-face.ts';
import type { FaceId } from './types.ts';

type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];
export type ParsedFont = TrueTypeFace;

const FACE_IDS: readonly FaceId[] = ['regular', 'bold', 'italic', 'boldItalic', 'fallback'];

export interface ParsedFontSet {
  fonts: Record<FaceId, ParsedFont>;
  bytes: Record<FaceId, Uint8Array>;
  /** Given to pdf-lib: returns the parsed face for known bytes instead of parsing again. */
  fontkit: Fontkit;
}

/**
 * A glyph remembers the code points of the first character that asked for it, and pdf-lib
 * writes those into the ToUnicode map. Tinos draws U+0020 and U+00A0 (and "-" and U+00AD)
 * with one glyph, so whichever came first would decide how every space extracts. Asking for
 * ASCII first makes spaces and hyphens always extract as ASCII.
 */
function claimAsciiGlyphs(font: ParsedFont): void {
  for (let cp = 0x20; cp < 0x7f; cp++) {
    if (font.hasGlyphForCodePoint(cp)) font.glyphForCodePoint(cp);
  }
}

export function parseFontSet(set: FontSet): ParsedFontSet {
  const bytes: Record<FaceId, Uint8Array> = { ...set.faces, fallback: set.fallback };
  const byBytes = new Map<Uint8Array, ParsedFont>();
  const fonts = {} as Record<FaceId, ParsedFont>;
  for (const id of FACE_IDS) {
    const data = bytes[id];
    let font = byBytes.get(data);
    if (!font) {
      font = TrueTypeFace.parse(data);
      claimAsciiGlyphs(font);
      byBytes.set(data, font);
    }
    fonts[id] = font;
  }
  // pdf-lib types its fontkit's fonts with fontkit's whole surface; the embedder reads only
  // what TrueTypeFace has (see truetype-face.ts), hence the cast.
  const shared = {
    create: (buffer: Uint8Array) => byBytes.get(buffer) ?? TrueTypeFace.parse(buffer),
  } as unknown as Fontkit;
  return { fonts, bytes, fontkit: shared };
}

/**
 * The fonts of one PDF document: embeds the faces it uses as subsets and encodes text into
 * glyph ids. Each face's distinct characters are encoded in one encodeText call (which also
 * registers their glyphs for the subset); words are assembled from the per-character codes
 * and cached.
 */
export class DocumentFonts {
  readonly #fonts = new Map<FaceId, PDFFont>();
  readonly #chars = new Map<FaceId, Map<string, string>>();
  readonly #words = new Map<FaceId, Map<string, string>>();

  /** `usage` maps each face to the characters drawn with it. */
  static async embed(doc: PDFDocument, parsed: ParsedFontSet, usage: Map<FaceId, Set<string>>): Promise<DocumentFonts> {
    doc.registerFontkit(parsed.fontkit);
    const result = new DocumentFonts();
    for (const [face, chars] of usage) {
      const font = await doc.embedFont(parsed.bytes[face], {
        subset: true,
        customName: `${subsetTag(chars)}+${parsed.fonts[face].postscriptName ?? face}`,
      });
      result.#fonts.set(face, font);
      result.#chars.set(face, encodeChars(font, [...chars]));
      result.#words.set(face, new Map());
    }
    return result;
  }

  font(face: FaceId): PDFFont {
    const font = this.#fonts.get(face);
    if (!font) throw new Error(`PDF font face "${face}" was not embedded`);
    return font;
  }

  /**
   * The text as a PDF literal string of two-byte glyph ids («(\0\x12\0:)» as characters 0–255),
   * which the content stream writes as bytes: half the size of hex, so half the deflating.
   */
  encode(face: FaceId, text: string): string {
    const words = this.#words.get(face);
    const chars = this.#chars.get(face);
    if (!words || !chars) throw new Error(`PDF font face "${face}" was not embedded`);
    let literal = words.get(text);
    if (literal === undefined) {
      literal = '(';
      for (const ch of text) {
        let code = chars.get(ch);
        if (code === undefined) {
          code = literalCodes(this.font(face).encodeText(ch).toString().slice(1, -1));
          chars.set(ch, code);
        }
        literal += code;
      }
      literal += ')';
      words.set(text, literal);
    }
    return literal;
  }
}

/**
 * Hex glyph codes as the bytes of a literal string. Parentheses and the backslash are escaped;
 * so are CR and LF, which a reader would otherwise take for an end of line and read as LF.
 */
function literalCodes(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 2) {
    const byte = Number.parseInt(hex.slice(i, i + 2), 16);
    out += LITERAL_ESCAPES.get(byte) ?? String.fromCharCode(byte);
  }
  return out;
}

const LITERAL_ESCAPES = new Map<number, string>([
  [0x28, '\\('],
  [0x29, '\\)'],
  [0x5c, '\\\\'],
  [0x0d, '\\r'],
  [0x0a, '\\n'],
]);

/**
 * The six-letter prefix that marks a subset font's name ("ABCDEF+Tinos-Regular"). Derived
 * from the characters, so equal subsets get equal names and different ones differ, and the
 * output does not change from run to run.
 */
function subsetTag(chars: Set<string>): string {
  // FNV-1a over the sorted code points; its six lowest base-26 digits as letters.
  let hash = 0x811c9dc5;
  for (const cp of [...chars].map((ch) => ch.codePointAt(0)!).sort((a, b) => a - b)) {
    hash = Math.imul(hash ^ cp, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  return tag;
}

/** Literal-string glyph codes per character, from one encodeText call (one glyph per character). */
function encodeChars(font: PDFFont, chars: string[]): Map<string, string> {
  const codes = new Map<string, string>();
  if (chars.length === 0) return codes;
  const hex = font.encodeText(chars.join('')).toString().slice(1, -1);
  if (hex.length !== chars.length * 4) throw new Error('PDF font encoding is not one glyph per character');
  chars.forEach((ch, i) => codes.set(ch, literalCodes(hex.slice(i * 4, i * 4 + 4))));
  return codes;
}
