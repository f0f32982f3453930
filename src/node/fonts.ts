/** Node-side font loading: reads the shipped font files (FONT_FILES) from node_modules. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFontSet, type FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

const require = createRequire(import.meta.url);
const cache = new Map<FontFamily, Promise<FontSet>>();

async function read(spec: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(require.resolve(spec)));
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
