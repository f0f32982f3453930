/**
 * Build-time only (scripts/build-fonts.ts and its test; subset-font is a devDependency): the
 * document fonts cut down to the characters documents and profiles use, then deflated. The CLI
 * and the site both read these prepared files (fonts/ in the repository) and inflate them, so
 * their PDFs embed the same bytes; the site's first download is ~10 × lighter than the full TTFs.
 *
 * What is dropped: glyphs outside SUBSET_RANGES, hinting (the PDF subsetter drops it anyway, see
 * render/pdf/truetype-subset.ts) and the OpenType layout tables (the PDF maps one character to
 * one glyph at its advance: render/pdf/fonts.ts). Advance widths and outlines stay as they were.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { deflateSync } from 'fflate';
import subsetFont from 'subset-font';
import { FONT_FILES, type FontFiles } from '../core/render/fonts.ts';
import { TrueTypeFace } from '../core/render/pdf/truetype-face.ts';
import type { FontFamily } from '../core/render/theme.ts';

const require = createRequire(import.meta.url);

/**
 * The characters kept, generous on purpose: a profile character outside them is refused at
 * validation (core/profile/glyphs.ts reads the coverage generated from these files).
 */
export const SUBSET_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1, Latin Extended-A and -B (Azerbaijani Ə, Romanian ș …)
  [0x259, 0x259], // Azerbaijani ə (the rest of the IPA block is left out)
  [0x2b0, 0x2ff], // spacing modifiers (Uzbek oʻ gʻ, ˚ ˇ)
  [0x300, 0x36f], // combining marks (the stress mark in Russian)
  [0x370, 0x3ff], // Greek
  [0x400, 0x52f], // Cyrillic and Cyrillic Supplement (Kazakh, Ukrainian, Belarusian, Uzbek, Tatar …)
  [0x1d62, 0x1d6a], // subscript letters (xᵢ in the motivation's formulas)
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese names)
  [0x2000, 0x206f], // general punctuation (dashes, quotes, …, ‰, ›)
  [0x2070, 0x209f], // superscripts and subscripts
  [0x20a0, 0x20cf], // currency signs (₽ ₸ ₴ € ₼ ₾)
  [0x2103, 0x2103], // ℃ (the rest of the letterlike symbols would cost ~10 KB per face)
  [0x2105, 0x2105], // ℅
  [0x2113, 0x2113], // ℓ
  [0x2116, 0x2117], // № ℗
  [0x2120, 0x2122], // ℠ ℡ ™
  [0x2126, 0x2126], // Ω
  [0x212e, 0x212e], // ℮
  [0x2150, 0x218f], // number forms (⅓ Ⅻ)
  [0x2190, 0x21ff], // arrows
  [0x2200, 0x22ff], // mathematical operators
  [0x2300, 0x2300], // ⌀
  [0x2318, 0x2318], // ⌘ (keyboard shortcuts in instructions)
  [0x25a0, 0x25ff], // geometric shapes (■ □ ● ○, bullets pasted from other documents)
  [0x2605, 0x2606], // ★ ☆
  [0x2610, 0x2612], // ☐ ☑ ☒
  [0x2713, 0x2718], // ✓ ✔ ✕ ✖ ✗ ✘
  [0xfb00, 0xfb06], // ﬁ ﬂ ligatures pasted from PDFs
  [0xfffd, 0xfffd], // the replacement character
];

/** Tables nothing downstream reads: OpenType layout, kerning, device metrics, signatures. */
const DROPPED_TABLES = [
  'GSUB',
  'GPOS',
  'GDEF',
  'BASE',
  'JSTF',
  'kern',
  'hdmx',
  'LTSH',
  'VDMX',
  'gasp',
  'DSIG',
  'PCLT',
  'vhea',
  'vmtx',
  'morx',
  'feat',
];

const text = (codePoints: Iterable<number>): string => String.fromCodePoint(...codePoints);

function rangePoints(): number[] {
  const points: number[] = [];
  for (const [a, b] of SUBSET_RANGES) for (let cp = a; cp <= b; cp++) points.push(cp);
  return points;
}

async function subset(source: string, codePoints: Iterable<number>): Promise<Uint8Array> {
  const original = await readFile(require.resolve(source));
  const cut = await subsetFont(original, text(codePoints), { targetFormat: 'truetype', noHinting: true, dropTables: DROPPED_TABLES });
  return new Uint8Array(cut);
}

/** Deflate at the highest level: fflate's output is the same bytes on every machine. */
const pack = (ttf: Uint8Array): Uint8Array => deflateSync(ttf, { level: 9, mem: 12 });

/**
 * One family's prepared files, by file name: the four faces cut to SUBSET_RANGES, and the
 * fallback cut to what the ranges ask for and some face of the family lacks (the PDF draws a
 * character with the fallback only where the face has no glyph).
 */
async function prepareFamily(files: FontFiles): Promise<Map<string, Uint8Array>> {
  const wanted = rangePoints();
  const out = new Map<string, Uint8Array>();
  const faces = await Promise.all(Object.values(files.faces).map((f) => subset(f.source, wanted)));
  Object.values(files.faces).forEach((f, i) => out.set(f.name, pack(faces[i]!)));
  const covered = faces.map((bytes) => new Set(TrueTypeFace.parse(bytes).characterSet));
  const missing = wanted.filter((cp) => covered.some((set) => !set.has(cp)));
  out.set(files.fallback.name, pack(await subset(files.fallback.source, missing)));
  return out;
}

/** Every prepared file of FONT_FILES, by file name (what scripts/build-fonts.ts writes to fonts/). */
export async function prepareFonts(): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const family of Object.keys(FONT_FILES) as FontFamily[]) {
    for (const [name, bytes] of await prepareFamily(FONT_FILES[family])) out.set(name, bytes);
  }
  return out;
}
