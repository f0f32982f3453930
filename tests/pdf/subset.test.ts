/**
 * The TrueType subsetter: the subset must parse, and every kept glyph must have the outline
 * and advance of the original (the bug it replaces left most Tinos glyphs unreadable).
 */
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { TrueTypeFont, TrueTypeSubset } from '../../src/core/render/pdf/truetype-subset.ts';
import { loadFontSet } from '../../src/node/fonts.ts';

/** A glyph's outline as SVG path data. */
function outline(font: ReturnType<typeof fontkit.create>, id: number): string {
  return font.getGlyph(id).path.toSVG();
}

describe('TrueTypeSubset', () => {
  it('keeps outlines (simple and composite) and advances of the glyphs it includes', async () => {
    const fonts = await loadFontSet('Times New Roman');
    for (const bytes of [fonts.faces.regular, fonts.faces.boldItalic, fonts.fallback]) {
      const original = fontkit.create(bytes);
      const subset = new TrueTypeSubset(TrueTypeFont.parse(bytes)!);
      // Cyrillic letters in Tinos are mostly composites of Latin ones; "й" and "ё" carry marks.
      // The fallback is cut to what Tinos lacks: its own first characters stand in.
      const text = `Отдел продаж: ёжик, йод, 1 234 567 ₸ № «CRM»${String.fromCodePoint(...original.characterSet.slice(0, 30))}`;
      const ids = new Map<number, number>();
      for (const ch of text) {
        const glyph = original.glyphForCodePoint(ch.codePointAt(0)!);
        ids.set(glyph.id, subset.includeGlyph(glyph));
      }
      const parsed = fontkit.create(subset.encode());
      expect(parsed.numGlyphs).toBeGreaterThanOrEqual(ids.size + 1);
      expect(parsed.unitsPerEm).toBe(original.unitsPerEm);
      for (const [id, newId] of ids) {
        expect(outline(parsed, newId), `glyph ${id}`).toBe(outline(original, id));
        expect(parsed.getGlyph(newId).advanceWidth).toBe(original.getGlyph(id).advanceWidth);
      }
      // Glyph 0 (.notdef) stays glyph 0.
      expect(outline(parsed, 0)).toBe(outline(original, 0));
    }
  });

  it('streams the font the way pdf-lib reads it', async () => {
    const fonts = await loadFontSet('Times New Roman');
    const subset = new TrueTypeSubset(TrueTypeFont.parse(fonts.faces.regular)!);
    subset.includeGlyph(3);
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve) => {
      subset
        .encodeStream()
        .on('data', (d) => chunks.push(d))
        .on('end', () => resolve());
    });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]).toEqual(subset.encode());
  });
});
