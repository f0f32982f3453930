/** Renders the sample model to a file and prints timings: `node tests/pdf/bench-sample.ts [out.pdf]`. */
import { writeFile } from 'node:fs/promises';
import { createPdfRenderer } from '../../src/core/render/pdf/index.ts';
import { DEFAULT_THEME } from '../../src/core/render/theme.ts';
import { loadFontSet } from '../../src/node/fonts.ts';
import { sampleModel } from '../fixtures/sample-model.ts';
import { TIMESTAMP } from '../support/timestamp.ts';

const out = process.argv[2] ?? '/tmp/opkit-sample.pdf';
const fonts = await loadFontSet('Times New Roman');
let t = performance.now();
const renderer = createPdfRenderer(fonts);
const bytes = await renderer.render(sampleModel, DEFAULT_THEME, TIMESTAMP);
console.log(`cold: ${(performance.now() - t).toFixed(1)} ms`);
const runs = 30;
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  t = performance.now();
  await renderer.render(sampleModel, DEFAULT_THEME, TIMESTAMP);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(`warm: median ${times[runs >> 1]!.toFixed(1)} ms, min ${times[0]!.toFixed(1)} ms`);
await writeFile(out, bytes);
console.log(`${out}: ${bytes.length} bytes`);
