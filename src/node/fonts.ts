/** Node-side font loading: reads the shipped font files from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { FONT_FILES, type FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

const require = createRequire(import.meta.url);
const cache = new Map<FontFamily, Promise<FontSet>>();

async function read(spec: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(require.resolve(spec)));
}

async function load(family: FontFamily): Promise<FontSet> {
  const files = FONT_FILES[family];
  const [regular, bold, italic, boldItalic, fallback] = await Promise.all([
    read(files.faces.regular),
    read(files.faces.bold),
    read(files.faces.italic),
    read(files.faces.boldItalic),
    read(files.fallback),
  ]);
  return { family, faces: { regular, bold, italic, boldItalic }, fallback };
}

/** The font set of a family, read once per process. */
export function loadFontSet(family: FontFamily): Promise<FontSet> {
  let set = cache.get(family);
  if (!set) {
    set = load(family);
    cache.set(family, set);
  }
  return set;
}
