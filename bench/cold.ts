/**
 * One cold run of what `opkit generate` does, timed phase by phase, for bench/run.ts: the
 * bench spawns this file in a fresh process and reads the one JSON line it prints. Only
 * node: built-ins are imported statically, so the import phase is the CLI's own module graph.
 *
 *   node bench/cold.ts PROFILE
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** From process start to this line: Node's boot and loading this file. */
const boot = performance.now();

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/cold.ts PROFILE');

let mark = performance.now();
const lap = (): number => {
  const now = performance.now();
  const elapsed = now - mark;
  mark = now;
  return elapsed;
};

// Everything bin/opkit.js loads before it runs a command.
await import('../src/cli/main.ts');
await import('../src/cli/io.ts');
const importMs = lap();

const { checkProfileText } = await import('../src/core/check.ts');
const { generatePack } = await import('../src/core/pack/generate.ts');
const { loadFontSet } = await import('../src/node/fonts.ts');
const { loadTemplates } = await import('../src/node/templates.ts');
lap(); // already loaded by main.ts: ~0

const check = checkProfileText(await readFile(file, 'utf8'), path.basename(file));
if (!check.ok) throw new Error(`${file}: the profile does not validate`);
const checkMs = lap();

const templates = await loadTemplates();
const fonts = await loadFontSet(check.profile.documents.font);
const loadMs = lap();

const options = { formats: ['docx', 'pdf'] as const, templates, fonts };
await generatePack(check.profile, check.warnings, options);
const firstPackMs = lap();
await generatePack(check.profile, check.warnings, options);
const secondPackMs = lap();

process.stdout.write(`${JSON.stringify({ boot, importMs, checkMs, loadMs, firstPackMs, secondPackMs })}\n`);
