/// <reference types="vite/client" />
/**
 * The document fonts as the site serves them: same files as FONT_FILES in src/core/render/fonts.ts,
 * emitted by Vite into the build and fetched from the site itself (nothing leaves the origin), once
 * per worker and family.
 */
import type { FontSet } from '../core/render/fonts.ts';
import type { FontFamily } from '../core/render/theme.ts';

import tinosRegular from '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf?url';
import tinosBold from '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf?url';
import tinosItalic from '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf?url';
import tinosBoldItalic from '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf?url';
import arimoRegular from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import arimoBold from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import arimoItalic from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import arimoBoldItalic from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import dejavuSerif from 'dejavu-fonts-ttf/ttf/DejaVuSerif.ttf?url';
import dejavuSans from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

const FONT_URLS: Record<FontFamily, { regular: string; bold: string; italic: string; boldItalic: string; fallback: string }> = {
  'Times New Roman': { regular: tinosRegular, bold: tinosBold, italic: tinosItalic, boldItalic: tinosBoldItalic, fallback: dejavuSerif },
  Arial: { regular: arimoRegular, bold: arimoBold, italic: arimoItalic, boldItalic: arimoBoldItalic, fallback: dejavuSans },
};

const cache = new Map<FontFamily, Promise<FontSet>>();

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function loadFontSet(family: FontFamily): Promise<FontSet> {
  let set = cache.get(family);
  if (!set) {
    const urls = FONT_URLS[family];
    set = Promise.all([urls.regular, urls.bold, urls.italic, urls.boldItalic, urls.fallback].map(fetchBytes)).then(
      ([regular, bold, italic, boldItalic, fallback]) => ({ family, faces: { regular: regular!, bold: bold!, italic: italic!, boldItalic: boldItalic! }, fallback: fallback! }),
    );
    // A failed fetch must not stick: the next attempt tries again.
    set.catch(() => cache.delete(family));
    cache.set(family, set);
  }
  return set;
}
