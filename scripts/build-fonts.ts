/**
 * `node scripts/build-fonts.ts`: writes fonts/, the document fonts the CLI and the site embed,
 * cut to the characters documents use and deflated (src/node/font-prep.ts), from the originals in
 * node_modules. Run it after changing SUBSET_RANGES or a font package, then
 * `node scripts/build-font-coverage.ts` and `node scripts/build-text-widths.ts`;
 * tests/pdf/prepared-fonts.test.ts checks the files against the originals.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { prepareFonts } from '../src/node/font-prep.ts';

const OUT = new URL('../fonts/', import.meta.url);
mkdirSync(OUT, { recursive: true });
for (const [name, bytes] of await prepareFonts()) {
  writeFileSync(new URL(name, OUT), bytes);
  console.log(`${name.padEnd(36)} ${(bytes.length / 1024).toFixed(1)} KB`);
}
