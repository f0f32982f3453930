/**
 * One cold run of what `opkit generate --format docx,pdf` does, timed phase by phase, for
 * bench/run.ts: the bench spawns this file in a fresh process and reads the one JSON line it
 * prints. Only node: built-ins are imported statically, so the import phase is the CLI's own
 * module graph. Like the CLI it starts the render worker early, passes native zlib, renders the
 * PDFs on the worker and the DOCX files here, the worker taking some once its PDFs are done.
 *
 *   node bench/cold.ts PROFILE
 */
import module from 'node:module';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/** From process start to this line: Node's boot and loading this file. */
const boot = performance.now();

// As bin/opkit.js does.
module.enableCompileCache?.();

const file = process.argv[2];
if (!file) throw new Error('usage: node bench/cold.ts PROFILE');

let mark = performance.now();
const lap = (): number => {
  const now = performance.now();
  const elapsed = now - mark;
  mark = now;
  return elapsed;
};

// What bin/opkit.js and the `generate` command load before they do anything.
await import('../src/cli/main.ts');
await import('../src/cli/io.ts');
const { startRenderWorker } = await import('../src/node/render-worker-client.ts');
const worker = startRenderWorker();
await import('../src/cli/generate.ts');
await import('../src/cli/generate-packs.ts');
const { checkProfileText } = await import('../src/core/check.ts');
const { generatePack } = await import('../src/core/pack/generate.ts');
const { packTimestamp } = await import('../src/core/pack/timestamp.ts');
const { workerPackOptions } = await import('../src/node/worker-pack-options.ts');
const { loadDefinitions } = await import('../src/documents/registry.ts');
const importMs = lap();

const check = checkProfileText(await readFile(file, 'utf8'), path.basename(file));
if (!check.ok) throw new Error(`${file}: the profile does not validate`);
worker.prepare(check.profile.documents.font);
const checkMs = lap();

await import('../src/documents/templates.ts');
await loadDefinitions();
const loadMs = lap();

const formats = ['docx', 'pdf'] as const;
const timestamp = packTimestamp(check.profile.documents.approvalDate, process.env.SOURCE_DATE_EPOCH, () => new Date());
await generatePack(check.profile, check.warnings, { formats, fonts: null, timestamp, ...(await workerPackOptions(worker, formats)) });
const firstPackMs = lap();
await generatePack(check.profile, check.warnings, { formats, fonts: null, timestamp, ...(await workerPackOptions(worker, formats)) });
const secondPackMs = lap();
await worker.close();

process.stdout.write(`${JSON.stringify({ boot, importMs, checkMs, loadMs, firstPackMs, secondPackMs })}\n`);
