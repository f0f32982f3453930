/**
 * The site's own web fonts: Arimo (text) and Tinos (headings) — the families the documents are set
 * in — cut to Latin, Cyrillic and the punctuation the pages use, as WOFF2 in src/styles/fonts/ (global.css refers to them, and the build hashes them into the site's assets). The
 * files are committed (the site build needs no font tooling); run this again after changing the
 * character set or the faces: `node scripts/build-web-fonts.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

/** Every character a page may show: ASCII, Latin-1, Cyrillic, and the typographic marks of Russian text. */
function characters(): string {
  const ranges: Array<[number, number]> = [
    [0x20, 0x7e],
    [0xa0, 0xff],
    [0x400, 0x45f],
    [0x2010, 0x2027],
    [0x2030, 0x203a],
    [0x2116, 0x2116],
    [0x20bd, 0x20bd],
    [0x2190, 0x2193],
    [0x2212, 0x2212],
    [0x2713, 0x2717],
    [0x26a0, 0x26a0],
  ];
  return ranges.map(([from, to]) => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, i) => from + i))).join('');
}

const FACES = [
  { pkg: '@expo-google-fonts/arimo', file: '400Regular/Arimo_400Regular.ttf', out: 'arimo-400.woff2' },
  { pkg: '@expo-google-fonts/arimo', file: '700Bold/Arimo_700Bold.ttf', out: 'arimo-700.woff2' },
  { pkg: '@expo-google-fonts/tinos', file: '700Bold/Tinos_700Bold.ttf', out: 'tinos-700.woff2' },
] as const;

const text = characters();
for (const face of FACES) {
  const source = path.join(path.dirname(require.resolve(`${face.pkg}/package.json`)), face.file);
  const woff2 = await subsetFont(readFileSync(source), text, { targetFormat: 'woff2', noHinting: true });
  writeFileSync(path.join(ROOT, 'src', 'styles', 'fonts', face.out), woff2);
  console.log(`${face.out}: ${woff2.length} B`);
}
