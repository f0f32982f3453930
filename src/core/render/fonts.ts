/**
 * Font bytes the PDF renderer embeds. The core does no I/O: the CLI reads the prepared files from
 * fonts/ (src/node/fonts.ts), the site serves the same files and the browser fetches them
 * (src/browser/fonts.ts, URLs from the Vite plugin `fontUrls`); both hand the stored bytes to
 * readFontSet, which inflates them. FONT_FILES is the one list of them.
 */
import { inflateSync } from 'fflate';
import type { FontFamily } from './theme.ts';

export interface FontFaces {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

/** The main family's four faces plus a fallback face for glyphs the main font lacks (₸, ₴ ...). */
export interface FontSet {
  family: FontFamily;
  faces: FontFaces;
  /** DejaVu Serif (or Sans): wide Unicode coverage, used glyph by glyph where the main font has none. */
  fallback: Uint8Array;
}

/**
 * A font file the renderer embeds: `name`, the prepared file in fonts/ (a subset of the font,
 * deflated: src/node/font-prep.ts, written by scripts/build-fonts.ts), and `source`, the original
 * in node_modules it is made from.
 */
export interface FontFile {
  name: string;
  source: string;
}

export interface FontFiles {
  faces: Record<keyof FontFaces, FontFile>;
  fallback: FontFile;
}

/** The one list of the fonts: each family's faces and fallback. */
export const FONT_FILES: Record<FontFamily, FontFiles> = {
  'Times New Roman': {
    faces: {
      regular: { name: 'Tinos-Regular.ttf.deflate', source: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf' },
      bold: { name: 'Tinos-Bold.ttf.deflate', source: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf' },
      italic: { name: 'Tinos-Italic.ttf.deflate', source: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf' },
      boldItalic: { name: 'Tinos-BoldItalic.ttf.deflate', source: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf' },
    },
    fallback: { name: 'DejaVuSerif-fallback.ttf.deflate', source: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf' },
  },
  Arial: {
    faces: {
      regular: { name: 'Arimo-Regular.ttf.deflate', source: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf' },
      bold: { name: 'Arimo-Bold.ttf.deflate', source: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf' },
      italic: { name: 'Arimo-Italic.ttf.deflate', source: '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf' },
      boldItalic: { name: 'Arimo-BoldItalic.ttf.deflate', source: '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf' },
    },
    fallback: { name: 'DejaVuSans-fallback.ttf.deflate', source: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
  },
};

/** Every prepared file name of FONT_FILES once, in a fixed order (what a site has to serve). */
export const ALL_FONT_FILES: readonly string[] = [
  ...new Set(
    Object.values(FONT_FILES).flatMap((files) => [
      files.faces.regular.name,
      files.faces.bold.name,
      files.faces.italic.name,
      files.faces.boldItalic.name,
      files.fallback.name,
    ]),
  ),
];

/** A prepared file's TrueType bytes: the files are stored deflated (raw DEFLATE, no header). */
export function inflateFont(stored: Uint8Array): Uint8Array {
  return inflateSync(stored);
}

/**
 * A family's font set: each prepared file of FONT_FILES read by the caller's `read` (from disk,
 * over HTTP …), by its name, and inflated here, so every side embeds the same bytes.
 */
export async function readFontSet(family: FontFamily, read: (name: string) => Promise<Uint8Array>): Promise<FontSet> {
  const files = FONT_FILES[family];
  const [regular, bold, italic, boldItalic, fallback] = await Promise.all(
    [files.faces.regular, files.faces.bold, files.faces.italic, files.faces.boldItalic, files.fallback].map(async (f) =>
      inflateFont(await read(f.name)),
    ),
  );
  return { family, faces: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! }, fallback: fallback! };
}
