/**
 * Font bytes the PDF renderer embeds. The core does no I/O: the CLI reads these files from
 * node_modules (src/node/fonts.ts), the site serves the same files and the browser fetches them
 * (src/browser/fonts.ts, URLs from the Vite plugin `fontUrls`), and both pass the bytes in.
 * FONT_FILES is the one list of them.
 */
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

/** Where each family's files live inside node_modules (relative paths; loaders resolve them). */
export const FONT_FILES: Record<FontFamily, { faces: Record<keyof FontFaces, string>; fallback: string }> = {
  'Times New Roman': {
    faces: {
      regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
      bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
      italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
      boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
    },
    fallback: 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf',
  },
  Arial: {
    faces: {
      regular: '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
      bold: '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
      italic: '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf',
      boldItalic: '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf',
    },
    fallback: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  },
};

/** Every file of FONT_FILES once, in a fixed order (what a site has to serve). */
export const ALL_FONT_FILES: readonly string[] = [
  ...new Set(
    Object.values(FONT_FILES).flatMap((files) => [
      files.faces.regular,
      files.faces.bold,
      files.faces.italic,
      files.faces.boldItalic,
      files.fallback,
    ]),
  ),
];

/** A family's font set, each of its FONT_FILES read by the caller's `read` (from disk, over HTTP …). */
export async function readFontSet(family: FontFamily, read: (file: string) => Promise<Uint8Array>): Promise<FontSet> {
  const files = FONT_FILES[family];
  const [regular, bold, italic, boldItalic, fallback] = await Promise.all(
    [files.faces.regular, files.faces.bold, files.faces.italic, files.faces.boldItalic, files.fallback].map(read),
  );
  return { family, faces: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! }, fallback: fallback! };
}
