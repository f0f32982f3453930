/** Node-side font loading: reads the prepared font files (FONT_FILES) from fonts/ in the package. */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ALL_FONT_FILES, inflateFont, readFontSet, type FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

/**
 * fonts/ at the package root, where scripts/build-fonts.ts writes the prepared files: the nearest
 * one above this module. Searched rather than fixed, because the site build bundles this module
 * into another folder (its sample pages render PDFs at build time).
 */
function findFontsDir(): URL {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'fonts');
    if (existsSync(path.join(candidate, ALL_FONT_FILES[0]!))) return pathToFileURL(`${candidate}/`);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`fonts/ with ${ALL_FONT_FILES[0]} not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

export const FONTS_DIR: URL = findFontsDir();

const cache = new Map<FontFamily, Promise<FontSet>>();

async function read(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(new URL(name, FONTS_DIR)));
}

/** The font set of a family, read once per process. */
export function loadFontSet(family: FontFamily): Promise<FontSet> {
  let set = cache.get(family);
  if (!set) {
    set = readFontSet(family, read);
    cache.set(family, set);
  }
  return set;
}

/** One prepared file's TrueType bytes, read at once (for the generators and tests that inspect the fonts). */
export function readPreparedFont(name: string): Uint8Array {
  return inflateFont(new Uint8Array(readFileSync(new URL(name, FONTS_DIR))));
}
