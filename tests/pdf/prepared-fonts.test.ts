/**
 * The prepared fonts (fonts/, scripts/build-fonts.ts): the committed files are what the script
 * makes from the fonts in node_modules, they draw every character the documents' own text uses,
 * and our TrueType reader (truetype-face.ts, which replaced @pdf-lib/fontkit in the renderer)
 * reads them as fontkit does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fontkit from '@pdf-lib/fontkit';
import { describe, expect, test } from 'vitest';
import { ALL_FONT_FILES } from '../../src/core/render/fonts.ts';
import { TrueTypeFace } from '../../src/core/render/pdf/truetype-face.ts';
import { undrawableChars } from '../../src/core/text/drawable.ts';
import { prepareFonts } from '../../src/node/font-prep.ts';
import { FONTS_DIR, readPreparedFont } from '../../src/node/fonts.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the prepared fonts', () => {
  test('fonts/ holds exactly what scripts/build-fonts.ts makes from node_modules', { timeout: 60_000 }, async () => {
    const made = await prepareFonts();
    expect([...made.keys()].sort()).toEqual([...ALL_FONT_FILES].sort());
    expect(readdirSync(FONTS_DIR).sort()).toEqual([...ALL_FONT_FILES].sort());
    for (const [name, bytes] of made) {
      expect(Buffer.compare(readFileSync(new URL(name, FONTS_DIR)), Buffer.from(bytes)), `${name}: run node scripts/build-fonts.ts`).toBe(
        0,
      );
    }
  });

  test('every character of the templates and catalogs is drawable', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.(md\.hbs|yaml|ts)$/.test(entry.name) && !entry.name.endsWith('.generated.ts')) files.push(full);
      }
    };
    for (const dir of ['src/documents', 'content']) walk(path.join(ROOT, dir));
    expect(files.length).toBeGreaterThan(50);
    const missing = new Map<string, string>();
    for (const file of files) {
      for (const ch of undrawableChars(readFileSync(file, 'utf8'))) if (!missing.has(ch)) missing.set(ch, path.relative(ROOT, file));
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });
});

describe('TrueTypeFace reads a face as fontkit does', () => {
  test.each(ALL_FONT_FILES)('%s', (name) => {
    const bytes = readPreparedFont(name);
    const ours = TrueTypeFace.parse(bytes);
    const theirs = fontkit.create(bytes);
    expect(ours.postscriptName).toBe(theirs.postscriptName);
    for (const key of ['unitsPerEm', 'ascent', 'descent', 'capHeight', 'xHeight', 'italicAngle', 'numGlyphs'] as const) {
      expect(ours[key], key).toBe(theirs[key]);
    }
    const { minX, minY, maxX, maxY } = theirs.bbox;
    expect(ours.bbox).toMatchObject({ minX, minY, maxX, maxY });
    expect(ours.head.macStyle.italic).toBe(theirs.head.macStyle.italic);
    expect(ours.post.isFixedPitch).toBe(Boolean(theirs.post.isFixedPitch));
    expect(ours['OS/2']?.sFamilyClass).toBe(theirs['OS/2'].sFamilyClass);
    // fontkit lists every code point of a cmap segment, mapped or not; ours only the mapped ones.
    const mapped = theirs.characterSet.filter((cp: number) => theirs.glyphForCodePoint(cp).id !== 0);
    expect(ours.characterSet).toEqual(mapped);
    const metrics = (theirs as unknown as { hmtx: { metrics: { length: number; get(i: number): unknown } } }).hmtx.metrics;
    for (const cp of mapped) {
      const id = theirs.glyphForCodePoint(cp).id;
      expect(ours.glyphForCodePoint(cp).id, `U+${cp.toString(16)}`).toBe(id);
      // fontkit's advanceWidth also decodes the outline, which throws for an empty last glyph; hmtx is the source.
      const advance = (metrics.get(Math.min(id, metrics.length - 1)) as { advance: number }).advance;
      expect(ours.glyphForCodePoint(cp).advanceWidth, `U+${cp.toString(16)}`).toBe(advance);
    }
    expect(ours.hasGlyphForCodePoint(0x4e00)).toBe(false);
    expect(ours.glyphForCodePoint(0x4e00).id).toBe(0);
  });
});
