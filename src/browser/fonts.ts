/**
 * The document fonts as the site serves them: the prepared (subset, deflated) files of FONT_FILES
 * (src/core/render/fonts.ts), emitted by Vite into the build (fontUrls in vite-plugins.ts) and
 * fetched from the site itself (nothing leaves the origin), once per worker and family;
 * readFontSet inflates them as the CLI does.
 */
import FONT_URLS from 'virtual:opkit/font-urls';
import { readFontSet, type FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

const cache = new Map<FontFamily, Promise<FontSet>>();

async function fetchFile(file: string): Promise<Uint8Array> {
  const url = FONT_URLS[file];
  if (url === undefined) throw new Error(`font ${file}: not in the build`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFontSet(family: FontFamily): Promise<FontSet> {
  let set = cache.get(family);
  if (!set) {
    set = readFontSet(family, fetchFile);
    // A failed fetch must not stick: the next attempt tries again.
    set.catch(() => cache.delete(family));
    cache.set(family, set);
  }
  return set;
}
